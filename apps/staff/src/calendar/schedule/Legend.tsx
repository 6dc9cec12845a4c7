import { useTranslation } from 'react-i18next';
import '../calendar.css';

const entries = [
  ['holiday', 'is-holiday'],
  ['compensatory', 'is-compensatory'],
  ['swap', 'is-swap'],
  ['other', 'is-other'],
  ['makeUp', 'is-makeup'],
] as const;

/** What the colours of the month grid mean. */
export function Legend() {
  const { t } = useTranslation();
  return (
    <ul className="congso-legend" aria-label={t('calendar.legend')}>
      {entries.map(([key, css]) => (
        <li key={key}>
          <span className={`congso-dot ${css}`} aria-hidden />
          {t(`calendar.kinds.${key}`)}
        </li>
      ))}
      <li>
        <span className="congso-dot" style={{ background: '#d9dde5' }} aria-hidden />
        {t('calendar.weekend')}
      </li>
    </ul>
  );
}
