import type { IsoDate, IsoDateTime } from './model.ts';

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export type DateReading =
  | { ok: true; iso: string; standard: boolean; format: string }
  | { ok: false; impossible: boolean; reason: string };

function checkDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return `tháng ${month} không tồn tại`;
  if (year < 1) return `năm ${year} không hợp lệ`;
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `tháng ${month}/${year} chỉ có ${last} ngày (không có ngày ${day})`;
  return undefined;
}

const YMD = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/;
const DMY = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/;

/**
 * Reads a date as written in packages: `yyyy/MM/dd` is the standard; `dd/MM/yyyy` (some provincial systems),
 * `yyyy-MM-dd` and one-digit days or months are read too, with `standard: false`. A date that does not
 * exist (30 February) is `impossible`.
 */
export function readDate(text: string): DateReading {
  let y: number;
  let m: number;
  let d: number;
  let format: string;
  let match = YMD.exec(text);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    format = 'yyyy/MM/dd';
    const standard = /^\d{4}\/\d{2}\/\d{2}$/.test(text);
    const problem = checkDay(y, m, d);
    if (problem)
      return { ok: false, impossible: true, reason: `'${text}' không phải ngày có thật: ${problem}` };
    return { ok: true, iso: `${pad(y, 4)}-${pad(m)}-${pad(d)}`, standard, format: standard ? format : text };
  }
  match = DMY.exec(text);
  if (match) {
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
    format = 'dd/MM/yyyy';
    const problem = checkDay(y, m, d);
    if (problem)
      return { ok: false, impossible: true, reason: `'${text}' không phải ngày có thật: ${problem}` };
    return { ok: true, iso: `${pad(y, 4)}-${pad(m)}-${pad(d)}`, standard: false, format };
  }
  return { ok: false, impossible: false, reason: `'${text}' không phải ngày dạng yyyy/MM/dd` };
}

const TIME = /^(\d{1,2}):(\d{2}):(\d{2})$/;

/** Reads `yyyy/MM/dd HH:mm:ss` (standard) or `dd/MM/yyyy HH:mm:ss` (and `yyyy-MM-ddTHH:mm:ss`). */
export function readTimestamp(text: string): DateReading {
  const split = /^(\S+)[ T](\S+)$/.exec(text);
  if (!split)
    return {
      ok: false,
      impossible: false,
      reason: `'${text}' không phải thời điểm dạng yyyy/MM/dd HH:mm:ss`,
    };
  const date = readDate(split[1]!);
  if (!date.ok)
    return date.impossible
      ? { ...date, reason: date.reason }
      : { ok: false, impossible: false, reason: `'${text}' không phải thời điểm dạng yyyy/MM/dd HH:mm:ss` };
  const time = TIME.exec(split[2]!);
  if (!time) return { ok: false, impossible: false, reason: `'${text}' không có giờ dạng HH:mm:ss` };
  const [h, mi, s] = [Number(time[1]), Number(time[2]), Number(time[3])];
  if (h > 23 || mi > 59 || s > 59)
    return { ok: false, impossible: true, reason: `'${text}' không phải thời điểm có thật (${split[2]})` };
  const standard = date.standard && /^\d{2}:\d{2}:\d{2}$/.test(split[2]!) && text.includes(' ');
  return {
    ok: true,
    iso: `${date.iso}T${pad(h)}:${pad(mi)}:${pad(s)}`,
    standard,
    format: `${date.format} HH:mm:ss`,
  };
}

/** `YYYY-MM-DD` → `yyyy/MM/dd`, checking that the date exists. */
export function writeDate(iso: IsoDate): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || checkDay(Number(m[1]), Number(m[2]), Number(m[3]))) return undefined;
  return `${m[1]}/${m[2]}/${m[3]}`;
}

/** `YYYY-MM-DDTHH:mm:ss` → `yyyy/MM/dd HH:mm:ss`, checking that it exists. */
export function writeTimestamp(iso: IsoDateTime): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const date = writeDate(m[1]!);
  if (!date || Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4]) > 59) return undefined;
  return `${date} ${m[2]}:${m[3]}:${m[4]}`;
}

/** The current time in Vietnam (UTC+7) as `YYYY-MM-DDTHH:mm:ss`. */
export function vietnamNow(now: Date = new Date()): IsoDateTime {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 19);
}
