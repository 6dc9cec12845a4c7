import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Keeps the browser tab title in the current language. */
export function DocumentTitle() {
  const { t } = useTranslation();
  const title = t('app.documentTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
