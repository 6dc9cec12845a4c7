import { parseDossierCode } from '@congso/one-stop';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../../../test/app.ts';
import { PASSWORD } from '../../../test/fixtures/directory.ts';
import { type OneStopFixture, oneStopApp, receiptBody } from '../../../test/fixtures/dossiers.ts';

// A database of its own: the day's sequence of agency A starts at 1 here.
let t: TestApp;
let fx: OneStopFixture;
let counter: TestClient;

beforeAll(async () => {
  ({ t, fx } = await oneStopApp());
  counter = await t.login('clerk.a', PASSWORD);
});

describe('dossier codes under concurrency', () => {
  it('30 receipts at once at one agency are numbered 0001 to 0030, no gap and no duplicate', async () => {
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        counter.post(
          '/api/dossiers',
          receiptBody(fx, {
            applicant: {
              kind: 'citizen',
              name: `Người nộp số ${i + 1}`,
              idNumber: `0011900${String(i).padStart(5, '0')}`,
            },
          }),
        ),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(30).fill(201));
    const codes = responses.map((r) => parseDossierCode(r.body.code));
    expect(new Set(codes.map((c) => `${c.agencyCode} ${c.receivedOn}`)).size).toBe(1);
    expect(codes.map((c) => c.sequence).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 30 }, (_, i) => i + 1),
    );
    const stored = await t.db.db.selectFrom('dossierDaySequences').select('lastNumber').execute();
    expect(stored).toEqual([{ lastNumber: 30 }]);
  });
});
