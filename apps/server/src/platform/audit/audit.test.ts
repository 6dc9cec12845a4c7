import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { PASSWORD, seedDirectoryFixture } from '../../../test/fixtures/directory.ts';
import { repoRoot } from '../config/config.ts';
import { systemContext } from '../context.ts';
import { recordAudit } from './recorder.ts';
import { verifyAuditChain } from './verify.ts';

const run = promisify(execFile);
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDirectoryFixture(t.db.db);
});

async function tamper(statement: ReturnType<typeof sql>) {
  // an attacker with database superuser rights: switch the append-only trigger off, edit, switch it on
  await sql`alter table audit_log disable trigger audit_log_no_change`.execute(t.db.db);
  await statement.execute(t.db.db);
  await sql`alter table audit_log enable trigger audit_log_no_change`.execute(t.db.db);
}

describe('audit log', () => {
  it('records who did what, where, with before/after, under the request id', async () => {
    const admin = await t.login('admin.a', PASSWORD);
    const agencies = await admin.get('/api/agencies?q=so noi vu');
    const id = agencies.body.items[0].id;
    const response = await admin.patch(`/api/agencies/${id}`, { phone: '0214 3822 999' });
    const entry = await t.db.db
      .selectFrom('auditLog')
      .selectAll()
      .where('requestId', '=', response.headers['x-request-id'] as string)
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      action: 'directory.agency.update',
      agencyId: id,
      targetType: 'agency',
      targetId: id,
      actorName: 'Người dùng admin.a (admin.a)',
    });
    expect(entry.summary).toEqual({ changes: { phone: { from: null, to: '0214 3822 999' } } });
  });

  it('refuses updates and deletes at the database level', async () => {
    await expect(sql`update audit_log set action = 'x'`.execute(t.db.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(t.db.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(t.db.db)).rejects.toThrow(/append-only/);
  });

  it('stays one unbroken chain under concurrent writes', async () => {
    const writes = Array.from({ length: 40 }, (_, i) =>
      t.db.db
        .transaction()
        .execute((trx) =>
          recordAudit(trx, systemContext('test'), { action: 'test.concurrent', summary: { i } }),
        ),
    );
    await Promise.all(writes);
    expect(await verifyAuditChain(t.db.db)).toMatchObject({ ok: true });
  });

  it('finds the first altered entry, and a removed one', async () => {
    const before = await verifyAuditChain(t.db.db);
    expect(before.ok).toBe(true);
    const victim = await t.db.db
      .selectFrom('auditLog')
      .select('id')
      .where('action', '=', 'test.concurrent')
      .orderBy('id')
      .offset(10)
      .limit(1)
      .executeTakeFirstOrThrow();
    await tamper(sql`update audit_log set summary = '{"i": 999}' where id = ${victim.id}`);
    expect(await verifyAuditChain(t.db.db)).toMatchObject({
      ok: false,
      firstBad: { id: victim.id, reason: expect.stringMatching(/altered/) },
    });

    // the command-line check reports the same entry and exits non-zero
    const cli = await run(
      process.execPath,
      [path.join(repoRoot, 'apps/server/src/cli/main.ts'), 'audit', 'verify', '--json'],
      {
        env: { ...process.env, DATABASE_URL: t.db.url, LOG_LEVEL: 'silent' },
      },
    ).catch((error: { code: number; stdout: string }) => error);
    expect((cli as { code?: number }).code).toBe(3);
    expect(JSON.parse((cli as { stdout: string }).stdout)).toMatchObject({
      ok: false,
      firstBad: { id: victim.id },
    });

    await tamper(sql`delete from audit_log where id = ${victim.id}`);
    const removed = await verifyAuditChain(t.db.db);
    expect(removed).toMatchObject({
      ok: false,
      firstBad: { id: victim.id + 1, reason: expect.stringMatching(/removed/) },
    });
  });

  it('shows entries to administrators with the summary, newest first, filtered by action', async () => {
    const sys = await t.login('sysadmin', PASSWORD);
    const page = await sys.get('/api/audit?action=directory.agency&pageSize=5');
    expect(page.status).toBe(200);
    expect(page.body.items[0].action).toBe('directory.agency.update');
    const ids = page.body.items.map((e: { id: number }) => e.id);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
  });
});
