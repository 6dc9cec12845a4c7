import { useMutation } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useFormProblem } from './useFormProblem.ts';

/**
 * A form whose values go to the server: `onFinish` sends them, `pending` while they travel; field errors
 * land under their fields and the rest is the `problem` to show above the form. `rename` maps a request
 * field to the form field showing it when they differ.
 */
export function useFormSubmit<Values, Result>(
  form: FormInstance<Values>,
  {
    submit,
    onDone,
    rename,
  }: {
    submit: (values: Values) => Promise<Result>;
    onDone: (result: Result) => unknown;
    rename?: Record<string, (string | number)[]> | undefined;
  },
) {
  const { problem, report, clear } = useFormProblem(form, rename);
  const mutation = useMutation({ mutationFn: submit, onSuccess: onDone, onError: report });
  return {
    problem,
    pending: mutation.isPending,
    onFinish: (values: Values) => {
      clear();
      mutation.mutate(values);
    },
  };
}
