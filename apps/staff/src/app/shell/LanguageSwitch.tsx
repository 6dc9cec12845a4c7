import { GlobalOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language, setLanguage } from '../../i18n/index.ts';

/** Vietnamese / English; the choice is remembered in this browser. */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <Select<Language>
      aria-label={t('language.label')}
      value={currentLanguage()}
      onChange={(language) => void setLanguage(language)}
      prefix={compact ? undefined : <GlobalOutlined aria-hidden />}
      variant="borderless"
      popupMatchSelectWidth={false}
      options={[
        { value: 'vi', label: compact ? 'VI' : t('language.vi') },
        { value: 'en', label: compact ? 'EN' : t('language.en') },
      ]}
      style={{ minWidth: compact ? 64 : 130 }}
    />
  );
}
