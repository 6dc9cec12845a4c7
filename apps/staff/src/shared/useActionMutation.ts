import { useMutation } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemText } from '../api/problem.ts';

/**
 * The mutation behind an action button: on success `onSuccess`, then the `success` message; on failure
 * the server's words in an error message.
 */
export function useActionMutation<Variables = void, Result = unknown>({
  mutationFn,
  onSuccess,
  success,
}: {
  mutationFn: (variables: Variables) => Promise<Result>;
  onSuccess?: (result: Result) => unknown;
  success: string | ((result: Result) => string);
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return useMutation({
    mutationFn,
    onSuccess: (result) => {
      onSuccess?.(result);
      void message.success(typeof success === 'function' ? success(result) : success);
    },
    onError: (error) => void message.error(problemText(error, t('common.unexpectedError'))),
  });
}
