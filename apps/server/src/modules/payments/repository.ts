import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';

/** All the SQL of payments: the rows, the receipt numbers, and what they read of dossiers. */

export type PaymentStatus = 'pending' | 'paid' | 'failed' | 'cancelled';

export interface PaymentRow {
  id: string;
  dossierId: string;
  agencyId: string;
  amount: number;
  purpose: string;
  txnRef: string;
  status: PaymentStatus;
  payerUserId: string;
  payerName: string;
  sandbox: boolean;
  createdAt: Date;
  expiresAt: Date;
  responseCode: string | null;
  gatewayTransactionNo: string | null;
  bankCode: string | null;
  cardType: string | null;
  paidAt: Date | null;
  notifiedAt: Date | null;
  settledFee: boolean | null;
  receiptYear: number | null;
  receiptNumber: number | null;
}

const columns = [
  'id',
  'dossierId',
  'agencyId',
  'amount',
  'purpose',
  'txnRef',
  'status',
  'payerUserId',
  'payerName',
  'sandbox',
  'createdAt',
  'expiresAt',
  'responseCode',
  'gatewayTransactionNo',
  'bankCode',
  'cardType',
  'paidAt',
  'notifiedAt',
  'settledFee',
  'receiptYear',
  'receiptNumber',
] as const;

export interface NewPayment {
  dossierId: string;
  agencyId: string;
  amount: number;
  purpose: string;
  txnRef: string;
  payerUserId: string;
  payerName: string;
  sandbox: boolean;
  createdAt: Date;
  expiresAt: Date;
}

export async function insertPayment(trx: Executor, payment: NewPayment): Promise<string> {
  const row = await trx.insertInto('payments').values(payment).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function findPayment(db: Executor, id: string): Promise<PaymentRow | undefined> {
  return (await db.selectFrom('payments').select(columns).where('id', '=', id).executeTakeFirst()) as
    | PaymentRow
    | undefined;
}

/** The payment of a gateway reference (`lock`: FOR UPDATE, so concurrent notifications queue). */
export async function findPaymentByTxnRef(
  db: Executor,
  txnRef: string,
  lock = false,
): Promise<PaymentRow | undefined> {
  let query = db.selectFrom('payments').select(columns).where('txnRef', '=', txnRef);
  if (lock) query = query.forUpdate();
  return (await query.executeTakeFirst()) as PaymentRow | undefined;
}

/** The payments of a dossier, newest first. */
export async function paymentsOf(db: Executor, dossierId: string): Promise<PaymentRow[]> {
  return (await db
    .selectFrom('payments')
    .select(columns)
    .where('dossierId', '=', dossierId)
    .orderBy('createdAt', 'desc')
    .orderBy('id')
    .execute()) as PaymentRow[];
}

/** What a verified notification writes on a payment. */
export interface PaymentOutcome {
  status: Exclude<PaymentStatus, 'pending'>;
  responseCode: string;
  gatewayTransactionNo: string | null;
  bankCode: string | null;
  cardType: string | null;
  paidAt: Date | null;
  notifiedAt: Date;
  notification: Record<string, string>;
  settledFee: boolean | null;
  receiptYear: number | null;
  receiptNumber: number | null;
}

export async function recordOutcome(trx: Executor, id: string, outcome: PaymentOutcome): Promise<void> {
  await trx
    .updateTable('payments')
    .set({ ...outcome, notification: JSON.stringify(outcome.notification) })
    .where('id', '=', id)
    .execute();
}

/**
 * The next receipt number of the year for a receiving agency (1, 2, …). The row stays locked until the
 * caller's transaction ends, so concurrent payments queue and a payment that fails gives its number back.
 */
export async function nextReceiptNumber(trx: Executor, agencyId: string, year: number): Promise<number> {
  const { rows } = await sql<{ lastNumber: number }>`
    insert into payment_receipt_sequences (agency_id, year, last_number) values (${agencyId}, ${year}, 1)
    on conflict (agency_id, year) do update set last_number = payment_receipt_sequences.last_number + 1
    returning last_number`.execute(trx);
  return rows[0]!.lastNumber;
}

/** The fee the back office asked last (the `request_fee` line of the dossier's history), if any. */
export async function latestFeeRequest(
  db: Executor,
  dossierId: string,
): Promise<{ amount: unknown; purpose: unknown; at: Date } | undefined> {
  const row = await db
    .selectFrom('dossierEvents')
    .select(['data', 'at'])
    .where('dossierId', '=', dossierId)
    .where('kind', '=', 'request_fee')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return undefined;
  const data = (row.data ?? {}) as { amount?: unknown; purpose?: unknown };
  return { amount: data.amount, purpose: data.purpose, at: row.at };
}

/** The username of an account (the payer, as the history and the audit log name them). */
export async function usernameOf(db: Executor, userId: string): Promise<string> {
  const row = await db.selectFrom('users').select('username').where('id', '=', userId).executeTakeFirst();
  return row?.username ?? userId;
}

/** What a receipt prints of the dossier: its code and the procedure's name. */
export async function receiptDossierOf(db: Executor, dossierId: string) {
  return db
    .selectFrom('dossiers as d')
    .innerJoin('procedures as p', 'p.id', 'd.procedureId')
    .select(['d.code', 'p.name as procedureName'])
    .where('d.id', '=', dossierId)
    .executeTakeFirstOrThrow();
}
