import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Which item a form dialog edits: one from the list, a new one, or none (closed). After a save the dialog
 * closes, a message says so (`created` for a new item, when given) and `onSaved` runs.
 */
export function useEditing<T extends object>({
  onSaved,
  created,
}: {
  onSaved: () => unknown;
  created?: string | undefined;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  return {
    open: editing !== null,
    /** the item edited; undefined for a new one */
    item: typeof editing === 'object' && editing !== null ? editing : undefined,
    create: () => setEditing('new'),
    edit: (item: T) => setEditing(item),
    close: () => setEditing(null),
    saved: () => {
      setEditing(null);
      void message.success(editing === 'new' && created ? created : t('common.saved'));
      void onSaved();
    },
  };
}
