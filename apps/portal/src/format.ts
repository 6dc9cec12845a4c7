// Dates, times, sums and sizes as the portal writes them: Vietnam's time (UTC+7) whatever the server's zone.

const day = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const time = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const size = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** `09/03/2026`. */
export const formatDate = (instant: Date) => day.format(instant);

/** `08:00, 09/03/2026` (as the public lookup writes it). */
export const formatDateTime = (instant: Date) => `${time.format(instant)}, ${day.format(instant)}`;

/** `1.200.000 đồng`. */
export const formatMoney = (amount: number) => `${amount.toLocaleString('vi-VN')} đồng`;

/** A size in bytes as people read it: 2,5 MB, 64 KB. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1_048_576) return `${size.format(bytes / 1_048_576)} MB`;
  if (bytes >= 1024) return `${size.format(bytes / 1024)} KB`;
  return `${bytes} byte`;
}
