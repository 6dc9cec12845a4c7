import { useTranslation } from 'react-i18next';
import { ActiveToggleButton } from '../../shared/ActiveToggleButton.tsx';
import { useActionMutation } from '../../shared/useActionMutation.ts';
import { agencyApi } from './api.ts';
import { useInvalidateAgencies } from './queries.ts';
import type { AgencyDetail } from './types.ts';

/** Deactivate an agency (it leaves the directory) or bring it back. */
export function AgencyActiveButton({ agency }: { agency: AgencyDetail }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateAgencies();
  const toggle = useActionMutation({
    mutationFn: (isActive: boolean) => agencyApi.update(agency.id, { isActive }),
    onSuccess: () => void invalidate(),
    success: (next) => (next.isActive ? t('agencies.activated') : t('agencies.deactivated')),
  });
  return (
    <ActiveToggleButton
      active={agency.isActive}
      disable={{ label: t('agencies.deactivate'), confirm: t('agencies.deactivateConfirm') }}
      enable={{ label: t('agencies.activate'), confirm: t('agencies.activateConfirm') }}
      onChange={toggle.mutateAsync}
    />
  );
}
