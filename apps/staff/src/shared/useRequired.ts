import type { FormRule } from 'antd';
import { useTranslation } from 'react-i18next';

/** The rules that make a form field required, with messages that name the field. */
export function useRequired() {
  const { t } = useTranslation();
  return {
    /** a value to enter */
    field: (field: string): FormRule => ({ required: true, message: t('common.requiredField', { field }) }),
    /** a text to enter, where spaces alone do not count */
    text: (field: string): FormRule => ({
      required: true,
      whitespace: true,
      message: t('common.requiredField', { field }),
    }),
    /** a value to choose from a list or a tree */
    choice: (field: string): FormRule => ({ required: true, message: t('common.requiredChoice', { field }) }),
  };
}
