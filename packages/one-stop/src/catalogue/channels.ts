import { distinctFees, firstFeeIndex, readFeeCell } from './fees.ts';
import { NO_INFO, withoutNoInfo } from './text.ts';
import type { Channel, ChannelKind, Fee } from './types.ts';

/**
 * Cách thức thực hiện, as the national export flattens its table: the header "Hình thức nộpThời gianPhí, lệ
 * phíMô tả", then per row the channel, the time ("60 Ngày làm việc", a bare "7", "8 Giờ", "Không có thông
 * tin"), the fee cell and a description, with nothing in between:
 * "Trực tuyến7Miễn phíDịch vụ bưu chính7Miễn phí(…)Trực tiếp7Miễn phí…".
 */

const HEADER = 'Hình thức nộpThời gianPhí, lệ phíMô tả';
const CHANNEL_NAMES: Record<string, ChannelKind> = {
  'Trực tiếp': 'counter',
  'Trực tuyến': 'online',
  'Dịch vụ bưu chính': 'post',
};
const CHANNEL = /Trực tiếp|Trực tuyến|Dịch vụ bưu chính/g;
/** A number and its unit; working days are the ones the law counts processing time in. */
const TIME = /^([0-9]+(?:[.,][0-9]+)?)\s*(Ngày làm việc|Ngày|Giờ làm việc|Giờ|Tháng|Năm|Tuần|Phút)?/;
const WORKING_DAYS = new Set(['Ngày làm việc', undefined]);
/** Most text kept of a description, and of a time given in words. */
const MAX_TEXT = 4000;

export interface ChannelRow extends Channel {
  /** The fee items of this channel (the record lists them once for all channels). */
  fees: Fee[];
}

/**
 * Where rows start: a channel's name at the start, or glued to the cell before it and followed by a time
 * cell (a digit or words starting with a capital). A channel named inside a description ("- Trực tuyến:
 * nộp qua…") has a space or a sign before it, or no time after it.
 */
function rowStarts(body: string): { index: number; name: string }[] {
  const starts: { index: number; name: string }[] = [];
  for (const match of body.matchAll(CHANNEL)) {
    const index = match.index;
    const before = body[index - 1];
    const after = body[index + match[0].length] ?? '';
    const glued = index === 0 || (before !== undefined && !/[\s(\-:+*"“'/,;]/.test(before));
    if (glued && (index === 0 || /[0-9\p{Lu}]/u.test(after))) starts.push({ index, name: match[0] });
  }
  return starts;
}

/**
 * "7 Ngày" is calendar days as the export's unit goes, but many descriptions say what was meant: "07 ngày
 * làm việc, kể từ ngày nhận đủ hồ sơ". The same number of working days there settles it.
 */
function saysWorkingDays(description: string, amount: string): boolean {
  if (!/^[0-9]+$/.test(amount)) return false;
  return new RegExp(`(?:^|[^0-9])0*${Number(amount)} ngày làm việc`, 'i').test(description);
}

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** One row after its channel's name: time, fee cell, description. */
function readRow(channel: ChannelKind, cells: string): ChannelRow {
  let days: number | null = null;
  let timeText = '';
  let at = 0;
  const time = TIME.exec(cells);
  if (time) {
    const unit = time[2];
    timeText = unit ? `${time[1]} ${unit}` : time[1]!;
    const value = Number(time[1]!.replace(',', '.'));
    if (WORKING_DAYS.has(unit) && Number.isFinite(value) && value <= 1000) days = value;
    at = time[0].length;
  } else if (cells.startsWith(NO_INFO)) {
    // the time is missing; the fee cell (which may say the same words) comes after
    at = NO_INFO.length;
  } else {
    // a time in words ("Không quy định", "Không phải trả kết quả…") up to the fee cell
    const fee = firstFeeIndex(cells);
    at = fee === -1 ? cells.length : fee;
    timeText = clip(cells.slice(0, at).replace(/\s+/g, ' ').trim());
  }
  const { fees, end } = readFeeCell(cells.slice(at));
  const description = clip(withoutNoInfo(cells.slice(at + end)));
  if (days === null && time?.[2] === 'Ngày' && saysWorkingDays(description, time[1]!)) days = Number(time[1]);
  return {
    channel,
    days,
    timeText,
    feeText: fees.map((f) => f.text).join('; '),
    description,
    fees,
  };
}

/** The rows of a cách thức thực hiện text, in the order published; none when it has no channel. */
export function parseChannels(text: string): ChannelRow[] {
  const body = text.normalize('NFC').startsWith(HEADER) ? text.normalize('NFC').slice(HEADER.length) : text;
  const starts = rowStarts(body);
  return starts.map((start, i) =>
    readRow(
      CHANNEL_NAMES[start.name]!,
      body.slice(start.index + start.name.length, starts[i + 1]?.index ?? body.length),
    ),
  );
}

/** The channels as stored, without their own fee lists. */
export function channelsOf(rows: ChannelRow[]): Channel[] {
  return rows.map(({ fees: _fees, ...channel }) => channel);
}

/** Each fee once, from all channels. */
export function feesOf(rows: ChannelRow[]): Fee[] {
  return distinctFees(rows.map((r) => r.fees));
}

/**
 * The legal processing time: the counter channel's (the one the one-stop shop receives at), else the first
 * channel's; in working days when the export gives working days, the published text always.
 */
export function processingTimeOf(channels: Channel[]): { days: number | null; text: string } {
  const chosen = channels.find((c) => c.channel === 'counter') ?? channels[0];
  if (!chosen) return { days: null, text: '' };
  const text = [chosen.timeText, chosen.description].filter((t) => t.length > 0).join(' — ');
  return { days: chosen.days, text: clip(text) };
}
