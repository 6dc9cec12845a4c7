import { Checkbox, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { EditableRows } from './EditableRows.tsx';
import { IsoDatePicker } from './IsoDatePicker.tsx';

/** The notices the year's schedule comes from: number, date, issuer, whether verified, title. */
export function NoticeRows() {
  const { t } = useTranslation();
  return (
    <EditableRows
      name="notices"
      testId="notice-row"
      className="congso-notice-row"
      columns={[
        {
          name: 'number',
          title: t('calendar.edit.noticeNumber'),
          span: { xs: 12, md: 6, lg: 5 },
          required: true,
          control: (label) => <Input maxLength={100} aria-label={label} placeholder="6150/TB-LĐTBXH" />,
        },
        {
          name: 'date',
          title: t('calendar.edit.noticeDate'),
          span: { xs: 12, md: 6, lg: 5 },
          control: (label) => <IsoDatePicker aria-label={label} />,
        },
        {
          name: 'issuer',
          title: t('calendar.edit.issuer'),
          span: { xs: 24, md: 12, lg: 8 },
          required: true,
          control: (label) => (
            <Input maxLength={300} aria-label={label} placeholder={t('calendar.edit.issuer')} />
          ),
        },
        {
          name: 'confirmed',
          title: t('calendar.edit.confirmed'),
          span: { xs: 22, md: 22, lg: 5 },
          header: false,
          valuePropName: 'checked',
          control: (label) => <Checkbox aria-label={label}>{t('calendar.edit.confirmed')}</Checkbox>,
        },
      ]}
      below={[
        {
          name: 'title',
          title: t('calendar.edit.noticeTitle'),
          control: (label) => (
            <Input.TextArea
              autoSize={{ minRows: 1, maxRows: 3 }}
              maxLength={1000}
              aria-label={label}
              placeholder={t('calendar.edit.noticeTitle')}
            />
          ),
        },
      ]}
      removeSpan={{ xs: 2, md: 2, lg: 1 }}
      newRow={{ number: '', date: null, issuer: '', confirmed: true }}
      rowName={(n) => t('calendar.edit.noticeRow', { n })}
      empty={t('calendar.noNotices')}
      addLabel={t('calendar.edit.addNotice')}
      removeLabel={(n) => t('calendar.edit.removeNotice', { n })}
    />
  );
}
