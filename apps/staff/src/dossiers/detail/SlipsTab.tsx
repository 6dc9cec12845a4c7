import { FilePdfOutlined } from '@ant-design/icons';
import { Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format.ts';
import { slipPdfUrl } from '../api.ts';
import { slipLabel } from '../labels.tsx';
import type { DossierDetail } from '../types.ts';

/** The slips given to the applicant (Mẫu 01–04), each to open as PDF and print again. */
export function SlipsTab({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  if (dossier.slips.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dossiers.noSlips')} />;
  return (
    <List
      dataSource={dossier.slips}
      renderItem={(slip) => (
        <List.Item
          actions={[
            <a key="pdf" href={slipPdfUrl(dossier.id, slip.id)} target="_blank" rel="noreferrer">
              <FilePdfOutlined aria-hidden /> {t('dossiers.openPdf')}
            </a>,
          ]}
        >
          <List.Item.Meta
            title={slipLabel(t, slip.form)}
            description={
              <>
                {formatDateTime(slip.issuedAt)}
                {slip.issuedBy ? ` – ${slip.issuedBy.name}` : ''}
                {slip.newAppointmentAt
                  ? ` · ${t('dossiers.newAppointment', { at: formatDateTime(slip.newAppointmentAt) })}`
                  : ''}
                {slip.items.length > 0 ? (
                  <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                    {slip.items.map((item) => (
                      <li key={item.name}>
                        {item.name}: {item.reason}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {slip.reason ? (
                  <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-line' }}>
                    {slip.reason}
                  </Typography.Paragraph>
                ) : null}
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
