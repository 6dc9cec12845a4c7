import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useEditing } from '../../shared/useEditing.ts';
import { officialKeys } from './api.ts';
import { OfficialFormModal } from './OfficialFormModal.tsx';
import type { Official } from './types.ts';

/**
 * Adding an official (to the given agency by default) or editing one from a list: the form, then a
 * message and the lists of officials reloaded.
 */
export function useOfficialForm(agencyId: string | undefined) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const editor = useEditing<Official>({
    created: t('officials.created'),
    onSaved: () => queryClient.invalidateQueries({ queryKey: officialKeys.all }),
  });
  const element = editor.open ? (
    <OfficialFormModal
      official={editor.item}
      agencyId={agencyId}
      onClose={editor.close}
      onSaved={editor.saved}
    />
  ) : null;
  return { create: editor.create, edit: editor.edit, element };
}
