/**
 * Dates as the National Public Service Portal (Cổng DVCQG) reads them: `yyyyMMddHHmmss` in Vietnam's time
 * (Asia/Ho_Chi_Minh). Vietnam keeps UTC+7 all year (no daylight saving since 1975), so the local time is the
 * instant shifted by seven hours; no time-zone database is needed and the result does not depend on the
 * machine's zone. A missing date is the empty string, as the portal's other clients send it.
 */

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const SHAPE = /^([0-9]{4})([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{2})$/;

const two = (n: number) => String(n).padStart(2, '0');

/** `yyyyMMddHHmmss` in Vietnam; '' for no date. Fractions of a second are dropped, never rounded up. */
export function formatPortalDate(instant: Date | null | undefined): string {
  if (!instant) return '';
  const local = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  return (
    String(local.getUTCFullYear()).padStart(4, '0') +
    two(local.getUTCMonth() + 1) +
    two(local.getUTCDate()) +
    two(local.getUTCHours()) +
    two(local.getUTCMinutes()) +
    two(local.getUTCSeconds())
  );
}

/** The instant a portal date names (Vietnam's time), or undefined when it is not one. */
export function parsePortalDate(text: string): Date | undefined {
  const match = SHAPE.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(utc);
  // Date.UTC rolls 30 February over into March: a date that does not exist is not a date
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    return undefined;
  return new Date(utc - VIETNAM_OFFSET_MS);
}
