import type { RequestContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/database.ts';
import * as repo from './repository.ts';

/**
 * What each delivery status means to the sender (edXML status codes, QCVN 102:2016; 'waiting' and 'replaced'
 * are ours: the codes have none for a document replaced by another).
 */
export const deliveryStatusNames: Record<string, string> = {
  waiting: 'Chờ gửi qua trục liên thông',
  '01': 'Đã đến',
  '02': 'Từ chối tiếp nhận',
  '03': 'Đã tiếp nhận (vào sổ)',
  '04': 'Đã phân công',
  '05': 'Đang xử lý',
  '06': 'Đã xử lý xong',
  '13': 'Đã thu hồi',
  '15': 'Đồng ý thu hồi',
  '16': 'Từ chối thu hồi',
  replaced: 'Đã được thay thế',
};

export const deliveryStatusName = (status: string) => deliveryStatusNames[status] ?? status;

// 01 → 03 → 04 → 05 → 06 only move forward; 02 (rejected), 13 (recalled) and replaced end the delivery
const progress: Record<string, number> = { waiting: 0, '01': 1, '03': 3, '04': 4, '05': 5, '06': 6 };

/**
 * Tells the sender how far the recipient's copy `incomingId` has got, when it came over the platform: the
 * delivery's status moves forward (never back), and the sender's document gets a history line.
 */
export async function markDelivery(
  trx: Executor,
  ctx: RequestContext,
  incomingId: string,
  status: string,
  detail: string | null,
): Promise<void> {
  const delivery = await repo.deliveryOfCopy(trx, incomingId);
  if (!delivery) return;
  const from = progress[delivery.status];
  const to = progress[status];
  if (from === undefined) return;
  if (to !== undefined && to <= from) return;
  await repo.setDeliveryStatus(trx, delivery.id, status, detail);
  await repo.insertEvent(trx, {
    documentId: delivery.documentId,
    kind: 'delivery_status',
    actorUserId: ctx.actor?.userId ?? null,
    actorName: ctx.actor?.displayName ?? null,
    detail: `${deliveryStatusName(status)}${detail ? `: ${detail}` : ''}`,
    data: { deliveryId: delivery.id, status },
  });
}
