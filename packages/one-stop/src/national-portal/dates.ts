import { formatCompactVietnamTime, parseCompactVietnamTime } from '@congso/vn-calendar';

/**
 * Dates as the National Public Service Portal (Cổng DVCQG) reads them: `yyyyMMddHHmmss` in Vietnam's time
 * (Asia/Ho_Chi_Minh, UTC+7 all year), whatever the machine's zone. A missing date is the empty string, as the
 * portal's other clients send it.
 */

/** `yyyyMMddHHmmss` in Vietnam; '' for no date. Fractions of a second are dropped, never rounded up. */
export function formatPortalDate(instant: Date | null | undefined): string {
  return instant ? formatCompactVietnamTime(instant) : '';
}

/** The instant a portal date names (Vietnam's time), or undefined when it is not one. */
export const parsePortalDate: (text: string) => Date | undefined = parseCompactVietnamTime;
