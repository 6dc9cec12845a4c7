import dayjs from 'dayjs';
import { i18n } from '../i18n/index.ts';

/** 22/11/2026 14:05 in Vietnamese, 2026-11-22 14:05 in English. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  return dayjs(value).format(i18n.t('format.dateTime'));
}

/** Empty strings from form fields become null, so optional values are cleared rather than sent blank. */
export function blankToNull<T extends object>(values: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    out[key] = typeof value === 'string' && value.trim() === '' ? null : value;
  }
  return out as T;
}

/** Lower case without Vietnamese diacritics, for filtering lists held in the browser. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}
