import { Card, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format.ts';
import { eventLabel } from '../labels.tsx';
import type { DocumentEvent } from '../types.ts';

/** Quá trình xử lý: every step, oldest first. */
export function HistoryCard({ events }: { events: DocumentEvent[] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('documents.history')}>
      <Timeline
        aria-label={t('documents.history')}
        items={events.map((e) => ({
          key: e.id,
          content: (
            <div data-testid="history-event">
              <Typography.Text strong>{eventLabel(t, e.kind)}</Typography.Text>
              {e.actorName ? <Typography.Text> – {e.actorName}</Typography.Text> : null}
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {formatDateTime(e.createdAt)}
              </Typography.Text>
              {e.detail ? (
                <Typography.Paragraph style={{ margin: 0 }}>{e.detail}</Typography.Paragraph>
              ) : null}
            </div>
          ),
        }))}
      />
    </Card>
  );
}
