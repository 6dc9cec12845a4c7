import { i18n } from '../../i18n/index.ts';

const locale = () => (i18n.language === 'en' ? 'en-GB' : 'vi-VN');

/** 1.234 in Vietnamese, 1,234 in English. */
export const formatCount = (value: number) => value.toLocaleString(locale());

/** A share (0–1) as a percentage with one decimal: "54,5 %"; a dash when there is nothing to divide by. */
export function formatShare(value: number | null): string {
  if (value === null) return '—';
  return value.toLocaleString(locale(), {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

/** Days with one decimal, or a dash. */
export function formatDays(value: number | null): string {
  if (value === null) return '—';
  return value.toLocaleString(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
