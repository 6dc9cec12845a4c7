import { MAX_AMOUNT } from '@congso/payment-gateway';
import type { Executor } from '../../platform/db/database.ts';
import type { DossierRow } from '../dossiers/repository.ts';
import { latestFeeRequest } from './repository.ts';

/**
 * The fee a dossier waits for: the back office asked it (`requestFee`: status `fee_pending`, the amount and
 * what it is for in the `request_fee` line of the history) and nobody has settled it yet.
 */
export interface OutstandingFee {
  /** In đồng. */
  amount: number;
  purpose: string;
  askedAt: Date;
  /** Whether the gateway can take it: a whole amount from 1 đồng up to what `vnp_Amount` carries. */
  payableOnline: boolean;
}

export async function outstandingFee(
  db: Executor,
  dossier: Pick<DossierRow, 'id' | 'status'>,
): Promise<OutstandingFee | undefined> {
  if (dossier.status !== 'fee_pending') return undefined;
  const asked = await latestFeeRequest(db, dossier.id);
  const { amount } = asked ?? {};
  if (!asked || typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0) return undefined;
  return {
    amount,
    purpose: typeof asked.purpose === 'string' && asked.purpose ? asked.purpose : 'Phí, lệ phí',
    askedAt: asked.at,
    payableOnline: amount >= 1 && amount <= MAX_AMOUNT,
  };
}
