import { EyeOutlined, PrinterOutlined } from '@ant-design/icons';
import { useNavigate } from '@tanstack/react-router';
import { Button, Card, Flex, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format.ts';
import { slipPdfUrl } from '../api.ts';
import { slipLabel } from '../labels.tsx';
import type { DossierDetail } from '../types.ts';

/**
 * After the counter's submit: the dossier's code to tell the applicant, the appointment (or the guidance
 * given), and the slip just issued — Mẫu 01 or Mẫu 02 — to print and hand over, and to look at on request
 * (a PDF viewer framed in the page takes the keyboard focus as it loads: it opens only when asked).
 */
export function ReceivedResult({ dossier, onNext }: { dossier: DossierDetail; onNext: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const slip = dossier.slips.at(-1);
  const received = dossier.receivedAt !== null;
  const pdf = slip ? slipPdfUrl(dossier.id, slip.id) : null;
  const [preview, setPreview] = useState(false);
  return (
    <Flex vertical gap={16}>
      <Card>
        <Result
          status={received ? 'success' : 'info'}
          title={
            <>
              {received ? t('dossiers.receive.received') : t('dossiers.receive.guided')}{' '}
              <Typography.Text copyable strong style={{ fontSize: 'inherit' }}>
                {dossier.code}
              </Typography.Text>
            </>
          }
          subTitle={
            received
              ? t('dossiers.receive.appointment', { at: formatDateTime(dossier.appointmentAt) })
              : t('dossiers.receive.guidedIntro')
          }
          extra={[
            pdf ? (
              <Button
                key="print"
                type="primary"
                icon={<PrinterOutlined aria-hidden />}
                href={pdf}
                target="_blank"
              >
                {t('dossiers.receive.print', { slip: slip ? slipLabel(t, slip.form) : '' })}
              </Button>
            ) : null,
            pdf ? (
              <Button
                key="preview"
                icon={<EyeOutlined aria-hidden />}
                aria-expanded={preview}
                onClick={() => setPreview(!preview)}
              >
                {preview ? t('dossiers.receive.hidePreview') : t('dossiers.receive.showPreview')}
              </Button>
            ) : null,
            <Button
              key="open"
              onClick={() => void navigate({ to: '/dossiers/$id', params: { id: dossier.id } })}
            >
              {t('dossiers.receive.openDossier')}
            </Button>,
            <Button key="next" onClick={onNext}>
              {t('dossiers.receive.next')}
            </Button>,
          ]}
        />
      </Card>
      {pdf && preview ? (
        <Card size="small" title={slip ? slipLabel(t, slip.form) : null}>
          <iframe
            title={t('dossiers.receive.slipPreview')}
            src={pdf}
            style={{ width: '100%', height: 640, border: 0 }}
          />
        </Card>
      ) : null}
    </Flex>
  );
}
