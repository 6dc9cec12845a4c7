import type { Executor } from '../db/database.ts';
import { chainHash, GENESIS_HASH } from './chain.ts';

export interface ChainVerdict {
  ok: boolean;
  checked: number;
  /** The first entry that does not match the chain, with why. */
  firstBad?: { id: number; reason: string };
}

/** Walks the whole log in id order, recomputing every hash. Reads in batches; memory stays flat. */
export async function verifyAuditChain(db: Executor, batchSize = 2000): Promise<ChainVerdict> {
  let prevHash = GENESIS_HASH;
  let afterId = 0;
  let checked = 0;
  while (true) {
    const rows = await db
      .selectFrom('auditLog')
      .selectAll()
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      if (row.prevHash !== prevHash) {
        return {
          ok: false,
          checked,
          firstBad: {
            id: row.id,
            reason: 'prev_hash does not match the previous entry (an entry was removed or reordered)',
          },
        };
      }
      const expected = chainHash(prevHash, { ...row, summary: row.summary });
      if (expected !== row.hash) {
        return {
          ok: false,
          checked,
          firstBad: { id: row.id, reason: 'content does not match its hash (the entry was altered)' },
        };
      }
      prevHash = row.hash;
      afterId = row.id;
      checked += 1;
    }
  }
}
