import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormProblem } from './useFormProblem.ts';

/** The part of a server problem that no form field shows. */
export function ProblemAlert({ problem, onClose }: { problem: FormProblem | null; onClose?: () => void }) {
  const { t } = useTranslation();
  if (!problem) return null;
  const description = (
    <>
      {problem.detail ? <div>{problem.detail}</div> : null}
      {problem.items.length > 0 ? (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {problem.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : null}
      {problem.requestId ? (
        <div>
          {t('common.requestId')}: {problem.requestId}
        </div>
      ) : null}
    </>
  );
  const hasDescription = Boolean(problem.detail || problem.items.length || problem.requestId);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={problem.title}
      {...(hasDescription ? { description } : {})}
      {...(onClose ? { closable: { onClose } } : {})}
      style={{ marginBottom: 16 }}
    />
  );
}
