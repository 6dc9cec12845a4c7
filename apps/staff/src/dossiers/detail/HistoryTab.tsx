import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format.ts';
import { eventLabel, statusLabel } from '../labels.tsx';
import type { DossierEvent } from '../types.ts';

/** The history of the dossier, oldest first: what happened, who did it from which agency, what changed. */
export function HistoryTab({ events }: { events: DossierEvent[] }) {
  const { t } = useTranslation();
  return (
    <Timeline
      aria-label={t('dossiers.history')}
      items={events.map((e) => ({
        key: e.id,
        content: (
          <div data-testid="dossier-event">
            <Typography.Text strong>{eventLabel(t, e.kind)}</Typography.Text>
            {e.actor ? (
              <Typography.Text>
                {' '}
                – {e.actor.name}
                {e.actorAgency ? ` (${e.actorAgency.name})` : ''}
              </Typography.Text>
            ) : null}
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {formatDateTime(e.at)}
              {e.statusTo && e.statusTo !== e.statusFrom ? ` · ${statusLabel(t, e.statusTo)}` : ''}
            </Typography.Text>
            {e.note ? <Typography.Paragraph style={{ margin: 0 }}>{e.note}</Typography.Paragraph> : null}
          </div>
        ),
      }))}
    />
  );
}
