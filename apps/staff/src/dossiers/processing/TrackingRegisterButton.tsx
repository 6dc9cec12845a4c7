import { BookOutlined, FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PeriodPicker } from '../../shared/statistics/PeriodPicker.tsx';
import {
  type Period,
  type PeriodUnit,
  periodContaining,
  vietnamToday,
} from '../../shared/statistics/period.ts';
import { trackingRegisterUrl } from './api.ts';

/**
 * Sổ theo dõi hồ sơ (Mẫu 06) of the user's agency over a period, to print (PDF) or to work on (XLSX). The
 * server lets its counter and readers have it.
 */
export function TrackingRegisterButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [unit, setUnit] = useState<PeriodUnit>('month');
  const [period, setPeriod] = useState<Period>(() => periodContaining('month', vietnamToday()));
  return (
    <>
      <Button icon={<BookOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('dossierProcessing.trackingRegister')}
      </Button>
      {open ? (
        <Modal
          open
          title={t('dossierProcessing.trackingRegisterTitle')}
          onCancel={() => setOpen(false)}
          footer={
            <Flex gap={8} justify="end">
              <Button
                icon={<FileExcelOutlined aria-hidden />}
                href={trackingRegisterUrl('xlsx', period)}
                download
              >
                {t('dossierProcessing.downloadXlsx')}
              </Button>
              <Button
                type="primary"
                icon={<FilePdfOutlined aria-hidden />}
                href={trackingRegisterUrl('pdf', period)}
                target="_blank"
              >
                {t('dossierProcessing.openPdf')}
              </Button>
            </Flex>
          }
        >
          <Typography.Paragraph>{t('dossierProcessing.trackingRegisterIntro')}</Typography.Paragraph>
          <PeriodPicker
            unit={unit}
            period={period}
            onChange={(nextUnit, nextPeriod) => {
              setUnit(nextUnit);
              setPeriod(nextPeriod);
            }}
          />
        </Modal>
      ) : null}
    </>
  );
}
