import type { StepRole } from '@congso/one-stop/processing-steps';
import { useTranslation } from 'react-i18next';

/** The roles of a step in the user's language. */
export function useRoleNames(): Record<StepRole, string> {
  const { t } = useTranslation();
  return {
    receive: t('procedureSteps.roles.receive'),
    handle: t('procedureSteps.roles.handle'),
    approve: t('procedureSteps.roles.approve'),
    return: t('procedureSteps.roles.return'),
  };
}
