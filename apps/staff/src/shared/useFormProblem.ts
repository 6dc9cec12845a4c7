import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../api/form-errors.ts';
import { isApiError } from '../api/problem.ts';

export interface FormProblem {
  title: string;
  detail?: string;
  items: string[];
  requestId?: string;
}

/**
 * Turns a failed submit into what the user sees: field errors under their fields, and everything else
 * (or a problem without field errors) in an alert above the form.
 */
export function useFormProblem(form: FormInstance, rename?: Record<string, (string | number)[]>) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const report = useCallback(
    (error: unknown) => {
      if (!isApiError(error)) {
        setProblem({ title: t('common.unexpectedError'), items: [] });
        return;
      }
      const unmatched = applyFieldErrors(form, error, rename);
      const fieldErrors = error.problem.errors ?? [];
      if (fieldErrors.length > 0 && unmatched.length === 0) {
        setProblem(null);
        return;
      }
      setProblem({
        title: error.problem.title,
        ...(fieldErrors.length === 0 && error.problem.detail ? { detail: error.problem.detail } : {}),
        items: unmatched.map((u) => u.detail),
        ...(error.problem.requestId && error.status >= 500 ? { requestId: error.problem.requestId } : {}),
      });
    },
    [form, rename, t],
  );

  const clear = useCallback(() => setProblem(null), []);
  return { problem, report, clear };
}
