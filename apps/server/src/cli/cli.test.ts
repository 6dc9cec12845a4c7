import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { seedDirectoryFixture } from '../../test/fixtures/directory.ts';
import { repoRoot } from '../platform/config/config.ts';

const exec = promisify(execFile);
const main = path.join(repoRoot, 'apps/server/src/cli/main.ts');
let t: TestApp;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  t = await createTestApp();
  await seedDirectoryFixture(t.db.db);
  env = { ...process.env, DATABASE_URL: t.db.url, LOG_LEVEL: 'silent', SEED_DEMO: 'false' };
});

const congso = (...args: string[]) => exec(process.execPath, [main, ...args], { env });

describe('congso command', () => {
  it('migrate is idempotent on an up-to-date database', async () => {
    const { stdout } = await congso('migrate');
    expect(stdout).toMatch(/up to date/);
  });

  it('user create makes an official with a login that works, with a temporary password to change', async () => {
    const { stdout } = await congso(
      'user',
      'create',
      '--username',
      'Nguyen.Van.An',
      '--full-name',
      'Nguyễn Văn An',
      '--role',
      'clerk',
      '--agency',
      '000.00.01.H99',
      '--position',
      'Văn thư',
    );
    expect(stdout).toMatch(
      /Đã tạo \/ created: nguyen\.van\.an \(Nguyễn Văn An\) tại Sở Nội vụ, vai trò clerk/,
    );
    const password = /temporary password: (\S+)/.exec(stdout)?.[1];
    expect(password).toHaveLength(14);
    const user = await t.login('nguyen.van.an', password!);
    expect((await user.get('/api/me')).body).toMatchObject({
      mustChangePassword: true,
      agency: { abbreviation: 'SNV' },
      roles: [{ role: 'clerk' }],
    });
    const audit = await t.db.db
      .selectFrom('auditLog')
      .select('action')
      .where('requestId', 'like', 'cli-%')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['directory.user.create', 'directory.role.grant']),
    );
  });

  it('user create refuses a bad request with a clear message and leaves nothing behind', async () => {
    const before = await t.db.db
      .selectFrom('officials')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const failed = await congso(
      'user',
      'create',
      '--username',
      'x',
      '--full-name',
      'Trần Thị B',
      '--role',
      'clerk',
      '--agency',
      'Sở Nội vụ',
    ).catch((e) => e);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/Tên đăng nhập 3–64 ký tự|Dữ liệu không hợp lệ|Mật khẩu/);
    const unknown = await congso(
      'user',
      'create',
      '--username',
      'tran.b',
      '--full-name',
      'Trần Thị B',
      '--role',
      'clerk',
      '--agency',
      'Sở Không Có',
    ).catch((e) => e);
    expect(unknown.stderr).toMatch(/Không tìm thấy cơ quan "Sở Không Có"/);
    const after = await t.db.db
      .selectFrom('officials')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('user reset-password unlocks a locked-out system administrator', async () => {
    await t.db.db
      .updateTable('users')
      .set({ failedLoginCount: 9, lockedUntil: new Date(Date.now() + 3_600_000) })
      .where('username', '=', 'sysadmin')
      .execute();
    await congso('user', 'reset-password', '--username', 'sysadmin', '--password', 'Khoi-Phuc-Quyen-2026');
    const admin = await t.login('sysadmin', 'Khoi-Phuc-Quyen-2026');
    expect((await admin.get('/api/me')).body.mustChangePassword).toBe(false);
  });

  it('start --role worker runs the job queue without a web server', async () => {
    const child = spawn(process.execPath, [main, 'start', '--role', 'worker'], {
      env: { ...env, PORT: '1' },
    });
    let output = '';
    const ready = new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        if (output.includes('worker ready')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
    });
    await ready;
    expect(output).not.toMatch(/listening/);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);

  it('on a platform with no agencies yet, the first system administrator can still be created', async () => {
    const { createTestDatabase } = await import('../../test/database.ts');
    const empty = await createTestDatabase();
    const { stdout } = await exec(
      process.execPath,
      [
        main,
        'user',
        'create',
        '--username',
        'quantri',
        '--full-name',
        'Quản trị viên',
        '--role',
        'system_admin',
        '--password',
        'Bat-Dau-Tu-Dau-2026',
      ],
      { env: { ...env, DATABASE_URL: empty.url } },
    );
    expect(stdout).toMatch(/quantri \(Quản trị viên\) tại toàn hệ thống/);
    const user = await empty.db
      .selectFrom('users')
      .select(['officialId', 'mustChangePassword'])
      .where('username', '=', 'quantri')
      .executeTakeFirstOrThrow();
    expect(user).toEqual({ officialId: null, mustChangePassword: false });
  });

  it('starts without the reference data, telling the operator how to create the first account', async () => {
    const { createTestDatabase } = await import('../../test/database.ts');
    const empty = await createTestDatabase();
    const child = spawn(process.execPath, [main, 'start', '--role', 'worker'], {
      env: { ...env, DATABASE_URL: empty.url, SEED_DEMO: 'true', FIXTURES_DIR: '/nonexistent' },
    });
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        if (output.includes('worker ready')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
    });
    expect(output).toMatch(/no demo data: Cannot read the administrative units list/);
    expect(output).toMatch(/user create --role system_admin/);
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }, 60_000);

  it('an invalid setting stops the start with the variable named', async () => {
    const failed = await exec(process.execPath, [main, 'start'], { env: { ...env, PORT: 'abc' } }).catch(
      (e) => e,
    );
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/PORT/);
  });
});
