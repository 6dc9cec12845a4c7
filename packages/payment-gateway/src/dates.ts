import { formatCompactVietnamTime, parseCompactVietnamTime } from '@congso/vn-calendar';

/**
 * Times as the protocol writes them (`vnp_CreateDate`, `vnp_ExpireDate`, `vnp_PayDate`): `yyyyMMddHHmmss`
 * in Vietnam's time (GMT+7, Asia/Ho_Chi_Minh, which has kept no daylight saving since 1975).
 */

/** `20261102153045` for 15:30:45 on 2 November 2026 in Vietnam. */
export const formatGatewayTime: (instant: Date) => string = formatCompactVietnamTime;

/** The instant a protocol time stands for, or undefined when it is not one (`20260231…`, `2026-11-02`). */
export const parseGatewayTime: (text: string) => Date | undefined = parseCompactVietnamTime;
