/**
 * Vietnamese names: the sexagenary cycle (can chi), lunar month names and the printed form of lunar dates.
 */
import { type SolarDate, toDayNumber, weekdayOfDay } from './civil.ts';
import type { LunarDate } from './lunar.ts';

/** The ten heavenly stems (thiên can). */
export const CAN = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'] as const;
/** The twelve earthly branches (địa chi); Vietnam has the Cat (Mão) where China has the Rabbit. */
export const CHI = [
  'Tý',
  'Sửu',
  'Dần',
  'Mão',
  'Thìn',
  'Tỵ',
  'Ngọ',
  'Mùi',
  'Thân',
  'Dậu',
  'Tuất',
  'Hợi',
] as const;

/** Names of lunar months: tháng Giêng (1) … tháng Chạp (12). */
export const LUNAR_MONTH_NAMES = [
  'Giêng',
  'Hai',
  'Ba',
  'Tư',
  'Năm',
  'Sáu',
  'Bảy',
  'Tám',
  'Chín',
  'Mười',
  'Mười Một',
  'Chạp',
] as const;

/** Weekday names, index 0 = Sunday as in {@link weekdayOfDay}. */
export const WEEKDAY_NAMES = [
  'Chủ nhật',
  'Thứ Hai',
  'Thứ Ba',
  'Thứ Tư',
  'Thứ Năm',
  'Thứ Sáu',
  'Thứ Bảy',
] as const;

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

/** Can chi of a lunar year: 1984 → "Giáp Tý", 2026 → "Bính Ngọ". */
export function canChiOfYear(lunarYear: number): string {
  return `${CAN[mod(lunarYear + 6, 10)]} ${CHI[mod(lunarYear + 8, 12)]}`;
}

/**
 * Can chi of a lunar month. The branch is fixed (tháng Giêng is always Dần); the stem follows the year's
 * stem. A leap month is given the can chi of the ordinary month it repeats.
 */
export function canChiOfMonth(lunarYear: number, month: number): string {
  return `${CAN[mod(lunarYear * 12 + month + 3, 10)]} ${CHI[mod(month + 1, 12)]}`;
}

/** Can chi of a day (a continuous 60-day cycle): 2025-01-29 (Tết Ất Tỵ) → "Mậu Tuất". */
export function canChiOfDay(date: SolarDate | string): string {
  const julianDayNumber = toDayNumber(date) + 2_440_588;
  return `${CAN[mod(julianDayNumber + 9, 10)]} ${CHI[mod(julianDayNumber + 1, 12)]}`;
}

/** "Thứ Sáu" for 2025-01-24. */
export function weekdayName(date: SolarDate | string): string {
  return WEEKDAY_NAMES[weekdayOfDay(toDayNumber(date))]!;
}

export interface LunarFormatOptions {
  /** Month as a name ("tháng Giêng", "tháng Chạp") or as a number ("tháng 1"). Default 'name'. */
  month?: 'name' | 'number';
  /** Append "năm Bính Ngọ" (default), the year number "năm 2026", or nothing. */
  year?: 'can-chi' | 'number' | 'none';
}

/**
 * A lunar date in words: `{ year: 2026, month: 1, day: 1 }` → "Mùng 1 tháng Giêng năm Bính Ngọ";
 * days 1–10 are "Mùng 1" … "Mùng 10", later days "Ngày 15"; a leap month reads "tháng Sáu nhuận".
 */
export function formatLunarDate(date: LunarDate, options: LunarFormatOptions = {}): string {
  const dayText = date.day <= 10 ? `Mùng ${date.day}` : `Ngày ${date.day}`;
  const monthText =
    options.month === 'number'
      ? String(date.month)
      : (LUNAR_MONTH_NAMES[date.month - 1] ?? String(date.month));
  const leapText = date.leap ? ' nhuận' : '';
  const yearStyle = options.year ?? 'can-chi';
  const yearText =
    yearStyle === 'none' ? '' : ` năm ${yearStyle === 'number' ? date.year : canChiOfYear(date.year)}`;
  return `${dayText} tháng ${monthText}${leapText}${yearText}`;
}
