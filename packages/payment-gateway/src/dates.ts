/**
 * Times as the protocol writes them (`vnp_CreateDate`, `vnp_ExpireDate`, `vnp_PayDate`): `yyyyMMddHHmmss`
 * in Vietnam's time (GMT+7, Asia/Ho_Chi_Minh, which has kept no daylight saving since 1975).
 */

const VIETNAM_OFFSET_MS = 7 * 3600_000;
const PATTERN = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;

/** `20261102153045` for 15:30:45 on 2 November 2026 in Vietnam. */
export function formatGatewayTime(instant: Date): string {
  const local = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    String(local.getUTCFullYear()).padStart(4, '0') +
    two(local.getUTCMonth() + 1) +
    two(local.getUTCDate()) +
    two(local.getUTCHours()) +
    two(local.getUTCMinutes()) +
    two(local.getUTCSeconds())
  );
}

/** The instant a protocol time stands for, or undefined when it is not one (`20260231…`, `2026-11-02`). */
export function parseGatewayTime(text: string): Date | undefined {
  const match = PATTERN.exec(text);
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
  const instant = new Date(utc - VIETNAM_OFFSET_MS);
  // Date.UTC rolls 31 February over into March: only a time that reads back the same is one
  return formatGatewayTime(instant) === text ? instant : undefined;
}
