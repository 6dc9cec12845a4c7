import { formatPortalDate } from '@congso/one-stop';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../../../test/app.ts';
import { type DirectoryFixture, PASSWORD } from '../../../test/fixtures/directory.ts';
import {
  attachToStep,
  forwardAs,
  type StepPeople,
  toResultReady,
} from '../../../test/fixtures/dossier-processing.ts';
import { type OneStopFixture, oneStopApp, receiptBody, receive } from '../../../test/fixtures/dossiers.ts';
import { type PortalStub, startPortalStub } from '../../../test/fixtures/national-portal-stub.ts';
import { type Config, testConfig } from '../../platform/config/config.ts';
import { startJobQueue } from '../../platform/jobs/queue.ts';
import { submitOnline } from '../dossiers/receiving.ts';
import { NATIONAL_PORTAL_SYNC_JOB, registerNationalPortalJobs } from './jobs.ts';
import { nationalPortalSettings } from './settings.ts';
import { drainNationalPortal, type NationalPortalSync, nationalPortalSync } from './sync.ts';

let t: TestApp;
let f: DirectoryFixture;
let fx: OneStopFixture;
let people: StepPeople;
let counter: TestClient;
let stub: PortalStub;
let sync: NationalPortalSync;
let portalConfig: Config;

const DOSSIER = 'DongBoHoSoMC';
const PROGRESS = 'CapNhatTienDoHoSoMC';
let clock = Date.now();
/** A clock that runs two hours at each reading: every retry (at most an hour away) is due at the next drain. */
const later = () => {
  clock = Math.max(clock, Date.now()) + 2 * 3_600_000;
  return new Date(clock);
};

beforeAll(async () => {
  ({ t, f, fx } = await oneStopApp());
  stub = await startPortalStub();
  portalConfig = testConfig({
    NATIONAL_PORTAL_URL: stub.url,
    NATIONAL_PORTAL_SERVICE_PATH: '/api',
    NATIONAL_PORTAL_AUTH_PATH: '/auth',
    NATIONAL_PORTAL_USERNAME: 'tinh.laocai',
    NATIONAL_PORTAL_PASSWORD: 'mat-khau-dvcqg',
    NATIONAL_PORTAL_AGENCY_CODE: '000.00.00.H99',
    NATIONAL_PORTAL_TIMEOUT_MS: 400,
  });
  sync = nationalPortalSync(nationalPortalSettings(portalConfig))!;
  counter = await t.login('clerk.a', PASSWORD);
  people = {
    counter,
    specialist: await t.login('specialist.a', PASSWORD),
    leader: await t.login('leader.a', PASSWORD),
    specialistB: await t.login('specialist.b', PASSWORD),
  };
});

/** What the portal accepted of one dossier, in order. */
const acceptedOf = (code: string) => stub.accepted.filter((a) => a.record.MaHoSo === code);
const servicesOf = (code: string) => acceptedOf(code).map((a) => a.service);

/** The dossier's rows in the national portal feed, oldest first. */
const feedOf = (dossierId: string) =>
  t.db.db
    .selectFrom('dossierOutbox as o')
    .innerJoin('dossierEvents as e', 'e.id', 'o.eventId')
    .select(['e.kind', 'o.status', 'o.attempts', 'o.lastError'])
    .where('o.dossierId', '=', dossierId)
    .where('o.consumer', '=', 'national_portal')
    .orderBy('o.id')
    .execute();

/** Drains until nothing is due (retries made due by the running clock). */
async function drainAll() {
  for (let i = 0; i < 10; i++) {
    const run = await drainNationalPortal(t.db.db, sync, { now: later });
    if (run.done + run.failed === 0) return;
  }
}

describe('national portal sync', () => {
  it('sends one dossier record per status change and one progress record per handover, in order', async () => {
    const logins = stub.logins;
    const dossier = await receive(
      counter,
      receiptBody(fx, { resultDelivery: 'post', postalAddress: 'Số 5 Hoàng Liên' }),
    );
    expect(await drainNationalPortal(t.db.db, sync)).toMatchObject({ failed: 0, unreachable: false });
    const [created, receipt] = acceptedOf(dossier.code);
    expect(servicesOf(dossier.code)).toEqual([DOSSIER, PROGRESS]);
    expect(created).toMatchObject({ isUpdating: 'False', madonvi: '000.00.00.H99' });
    expect(created!.record).toMatchObject({
      MaHoSo: dossier.code,
      MaTTHC: '1.999001',
      TenTTHC: 'Cấp giấy phép hoạt động thử nghiệm',
      TenLinhVuc: 'Thử nghiệm',
      ChuHoSo: 'Nguyễn Thị Hòa',
      LoaiDoiTuong: '1',
      MaDoiTuong: '001190012345',
      Email: 'hoa.nguyen@example.vn',
      SoDienThoai: '0912345678',
      TrichYeuHoSo: 'Đề nghị cấp giấy phép hoạt động thử nghiệm',
      NgayTiepNhan: formatPortalDate(new Date(dossier.receivedAt)),
      NgayHenTra: formatPortalDate(new Date(dossier.appointmentAt)),
      NgayTra: '',
      TrangThaiHoSo: '2',
      HinhThuc: '1',
      DonViXuLy: 'Sở Nội vụ',
    });
    expect(created!.record.NgayTiepNhan).toMatch(/^20[0-9]{12}$/);
    expect(receipt!.record).toMatchObject({
      MaHoSo: dossier.code,
      NguoiXuLy: 'Người dùng clerk.a',
      ChucDanh: 'clerk',
      PhongBanXuLy: 'Sở Nội vụ',
      NoiDungXuLy: 'Tiếp nhận hồ sơ (Tiếp nhận hồ sơ → Thụ lý, thẩm định hồ sơ)',
      TrangThai: '2',
      ThoiDiemXuLy: formatPortalDate(new Date(dossier.receivedAt)),
    });

    // the dossier goes through its steps (a working file attached on the way tells the portal nothing)
    expect((await attachToStep(t, people.specialist, dossier.id, 'working')).status).toBe(201);
    await toResultReady(t, people, dossier.id);
    const returned = await counter.post(`/api/dossiers/${dossier.id}/return`, {
      delivery: 'post',
      address: 'Số 5 Hoàng Liên',
      tracking: 'RR123456789VN',
    });
    expect(returned.status, returned.text).toBe(200);
    // drained late, the records still tell the story in order
    await drainNationalPortal(t.db.db, sync);
    const all = acceptedOf(dossier.code);
    expect(all.map((a) => `${a.service}:${a.record.TrangThaiHoSo ?? a.record.TrangThai}`)).toEqual([
      `${DOSSIER}:2`,
      `${PROGRESS}:2`,
      `${PROGRESS}:4`,
      `${PROGRESS}:4`,
      `${DOSSIER}:9`,
      `${PROGRESS}:9`,
      `${DOSSIER}:10`,
      `${PROGRESS}:10`,
    ]);
    expect(all.filter((a) => a.service === DOSSIER).map((a) => a.isUpdating)).toEqual([
      'False',
      'True',
      'True',
    ]);
    expect(all.filter((a) => a.service === PROGRESS).map((a) => a.record.NguoiXuLy)).toEqual([
      'Người dùng clerk.a',
      'Người dùng specialist.a',
      'Người dùng leader.a',
      'Người dùng specialist.b',
      'Người dùng clerk.a',
    ]);
    expect(all[2]!.record).toMatchObject({
      PhongBanXuLy: 'Văn phòng Sở - Sở Nội vụ',
      NoiDungXuLy:
        'Chuyển bước tiếp theo (Thụ lý, thẩm định hồ sơ → Phê duyệt kết quả). Đồng ý, chuyển bước sau',
      NgayBatDau: formatPortalDate(new Date(dossier.receivedAt)),
    });
    const final = (await counter.get(`/api/dossiers/${dossier.id}`)).body;
    expect(all[6]!.record).toMatchObject({
      NgayTra: formatPortalDate(new Date(final.returnedAt)),
      NgayKetThucXuLy: formatPortalDate(new Date(final.completedAt)),
    });
    expect(all[7]!.record.NoiDungXuLy).toBe('Trả kết quả (Trả kết quả → Tổ chức, cá nhân: Nguyễn Thị Hòa)');
    for (const a of all)
      for (const [field, value] of Object.entries(a.record))
        if (field.startsWith('Ngay') || field === 'ThoiDiemXuLy')
          expect(value, field).toMatch(/^([0-9]{14})?$/);

    // one login, its session on every request
    expect(stub.logins - logins).toBe(1);
    expect(new Set(all.map((a) => a.session)).size).toBe(1);
    // every line delivered: sent when something went, skipped otherwise
    const feed = await feedOf(dossier.id);
    expect(feed.map((r) => `${r.kind}:${r.status}`)).toEqual([
      'receive:sent',
      'file_added:skipped',
      'forward:sent',
      'forward:sent',
      'file_added:skipped',
      'complete:sent',
      'return_result:sent',
    ]);
    const log = await t.db.db
      .selectFrom('nationalPortalSyncLog')
      .select(['service', 'accepted', 'httpStatus', 'payload'])
      .where('dossierId', '=', dossier.id)
      .orderBy('id')
      .execute();
    expect(log).toHaveLength(8);
    expect(log.every((l) => l.accepted && l.httpStatus === 200)).toBe(true);
    // the log keeps what was sent, never the session
    expect(JSON.stringify(log)).not.toContain('phien-');
  });

  it('an online dossier: status 1 while it waits, then received', async () => {
    const id = await submitOnline(t.db.db, {
      agencyId: f.agencyA,
      procedureId: fx.procedureId,
      applicant: {
        kind: 'business',
        name: 'Công ty TNHH Hoa Sen',
        idNumber: '0101234567',
        email: 'lienhe@hoasen.vn',
      },
      summary: 'Đề nghị cấp giấy phép cho doanh nghiệp',
    });
    await drainNationalPortal(t.db.db, sync);
    const { code } = await t.db.db
      .selectFrom('dossiers')
      .select('code')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(acceptedOf(code).map((a) => a.record)).toEqual([
      expect.objectContaining({
        TrangThaiHoSo: '1',
        LoaiDoiTuong: '2',
        MaDoiTuong: '0101234567',
        NgayHenTra: '',
        SoDienThoai: '',
      }),
    ]);
    expect((await counter.post(`/api/dossiers/${id}/accept`)).status).toBe(200);
    await drainNationalPortal(t.db.db, sync);
    expect(
      acceptedOf(code).map((a) => [a.service, a.isUpdating, a.record.TrangThaiHoSo ?? a.record.TrangThai]),
    ).toEqual([
      [DOSSIER, 'False', '1'],
      [DOSSIER, 'True', '2'],
      [PROGRESS, undefined, '2'],
    ]);
  });

  it('while the portal fails nothing is marked sent or lost; once back, everything arrives exactly once', async () => {
    const dossier = await receive(counter, receiptBody(fx));
    await forwardAs(people.specialist, dossier.id);
    for (const mode of ['error500', 'silent', 'refused'] as const) {
      if (mode === 'refused') await stub.refuse();
      else stub.mode = mode;
      const run = await drainNationalPortal(t.db.db, sync, { now: later });
      // the first line fails, the run stops there: the rest is not tried against a portal that is down
      expect(run).toMatchObject({ done: 0, failed: 1, unreachable: true });
      expect(acceptedOf(dossier.code)).toEqual([]);
      const feed = await feedOf(dossier.id);
      expect(feed.map((r) => r.status)).toEqual(['pending', 'pending']);
      expect(feed[0]!.lastError).toMatch(
        mode === 'silent'
          ? /không trả lời sau 400 ms/
          : mode === 'refused'
            ? /Không kết nối được/
            : /HTTP 500/,
      );
    }
    const feed = await feedOf(dossier.id);
    expect(feed.map((r) => r.attempts)).toEqual([3, 0]);
    stub.mode = 'ok';
    await stub.listen();
    // two workers pick up at once when it is back
    await Promise.all([drainAll(), drainAll()]);
    expect(servicesOf(dossier.code)).toEqual([DOSSIER, PROGRESS, PROGRESS]);
    expect((await feedOf(dossier.id)).map((r) => r.status)).toEqual(['sent', 'sent']);
    await drainAll();
    expect(servicesOf(dossier.code)).toHaveLength(3);
  });

  it('two drains at once share the lines: each record arrives once, in order per dossier', async () => {
    const dossiers = [];
    for (let i = 0; i < 4; i++) {
      const dossier = await receive(counter, receiptBody(fx));
      await forwardAs(people.specialist, dossier.id);
      await forwardAs(people.leader, dossier.id);
      dossiers.push(dossier);
    }
    const runs = await Promise.all([
      drainNationalPortal(t.db.db, sync),
      drainNationalPortal(t.db.db, sync),
      drainNationalPortal(t.db.db, sync),
    ]);
    expect(runs.reduce((n, r) => n + r.done, 0)).toBe(12);
    for (const dossier of dossiers) {
      expect(acceptedOf(dossier.code).map((a) => `${a.service}:${a.record.NguoiXuLy ?? ''}`)).toEqual([
        `${DOSSIER}:`,
        `${PROGRESS}:Người dùng clerk.a`,
        `${PROGRESS}:Người dùng specialist.a`,
        `${PROGRESS}:Người dùng leader.a`,
      ]);
    }
    const { count } = await t.db.db
      .selectFrom('nationalPortalSyncLog')
      .select(sql<number>`count(*)::int`.as('count'))
      .where(
        'dossierId',
        'in',
        dossiers.map((d) => d.id),
      )
      .executeTakeFirstOrThrow();
    expect(count).toBe(16);
  });

  it('a record the portal accepted is not sent again when the next one of the same line fails', async () => {
    const dossier = await receive(counter, receiptBody(fx));
    stub.rejectOnce = (body) => body.service === PROGRESS && body.data?.[0]?.MaHoSo === dossier.code;
    const run = await drainNationalPortal(t.db.db, sync);
    expect(run).toMatchObject({ failed: 1, unreachable: false });
    const [row] = await feedOf(dossier.id);
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row!.lastError).toBe(
      `Cổng DVCQG không nhận CapNhatTienDoHoSoMC của hồ sơ ${dossier.code}: Từ chối một lần`,
    );
    await drainAll();
    expect(servicesOf(dossier.code)).toEqual([DOSSIER, PROGRESS]);
    const tried = stub.requests.filter((r) => r.path === '/api' && r.body.data?.[0]?.MaHoSo === dossier.code);
    expect(tried.map((r) => r.body.service)).toEqual([DOSSIER, PROGRESS, PROGRESS]);
  });

  it('an expired session is replaced by a new login', async () => {
    const logins = stub.logins;
    stub.expireSessions();
    const dossier = await receive(counter, receiptBody(fx));
    await drainAll();
    expect(servicesOf(dossier.code)).toEqual([DOSSIER, PROGRESS]);
    expect(stub.logins).toBe(logins + 1);
  });

  it('a dossier that cannot be put in the portal’s terms fails at once, saying why', async () => {
    await t.db.db.updateTable('procedures').set({ field: '' }).where('id', '=', fx.formProcedureId).execute();
    const dossier = await receive(
      counter,
      receiptBody(fx, { procedureId: fx.formProcedureId, formData: { hoTen: 'Nguyễn Thị Hòa' } }),
    );
    const requests = stub.requests.length;
    await drainNationalPortal(t.db.db, sync);
    expect(stub.requests.length).toBe(requests);
    const [row] = await feedOf(dossier.id);
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row!.lastError).toBe(
      `Hồ sơ ${dossier.code} không gửi được lên Cổng DVCQG: Thiếu TenLinhVuc (tên lĩnh vực)`,
    );
    const log = await t.db.db
      .selectFrom('nationalPortalSyncLog')
      .select(['service', 'accepted', 'error'])
      .where('dossierId', '=', dossier.id)
      .execute();
    expect(log).toEqual([
      { service: DOSSIER, accepted: false, error: row!.lastError },
      { service: PROGRESS, accepted: false, error: row!.lastError },
    ]);

    // a system administrator sees it, with the reason, and retries it once the data is corrected
    const admin = await t.login('sysadmin', PASSWORD);
    const overview = await admin.get(`/api/national-portal/sync?code=${dossier.code}`);
    expect(overview.status, overview.text).toBe(200);
    const problem = overview.body.problems.find(
      (p: { dossierCode: string }) => p.dossierCode === dossier.code,
    );
    expect(problem).toMatchObject({
      kind: 'receive',
      status: 'failed',
      attempts: 1,
      lastError: row!.lastError,
    });
    expect(overview.body.requests.map((r: { service: string }) => r.service)).toEqual([PROGRESS, DOSSIER]);
    expect((await counter.get('/api/national-portal/sync')).status).toBe(403);
    expect((await counter.post(`/api/national-portal/sync/${problem.id}/retry`)).status).toBe(403);
    expect((await admin.post('/api/national-portal/sync/999999999/retry')).status).toBe(404);

    await t.db.db
      .updateTable('procedures')
      .set({ field: 'Thử nghiệm' })
      .where('id', '=', fx.formProcedureId)
      .execute();
    const retry = await admin.post(`/api/national-portal/sync/${problem.id}/retry`);
    expect(retry.status, retry.text).toBe(200);
    expect((await feedOf(dossier.id))[0]).toMatchObject({ status: 'pending', attempts: 0, lastError: null });
    const audit = await t.db.db
      .selectFrom('auditLog')
      .select(['action', 'summary'])
      .where('targetId', '=', dossier.id)
      .where('action', '=', 'national_portal.sync.retry')
      .execute();
    expect(audit).toHaveLength(1);
    await drainNationalPortal(t.db.db, sync);
    expect(servicesOf(dossier.code)).toEqual([DOSSIER, PROGRESS]);
    expect((await feedOf(dossier.id))[0]!.status).toBe('sent');
    expect((await admin.post(`/api/national-portal/sync/${problem.id}/retry`)).status).toBe(409);
    const after = await admin.get('/api/national-portal/sync');
    expect(after.body.problems.some((p: { dossierCode: string }) => p.dossierCode === dossier.code)).toBe(
      false,
    );
  });

  it('with no address configured the sync is off: lines are skipped; turned on, the dossier is introduced at its next line', async () => {
    const dossier = await receive(counter, receiptBody(fx));
    const requests = stub.requests.length;
    expect(await drainNationalPortal(t.db.db, null)).toMatchObject({ done: 1, failed: 0 });
    expect(stub.requests.length).toBe(requests);
    expect((await feedOf(dossier.id)).map((r) => r.status)).toEqual(['skipped']);

    // turned on later, the dossier's next line brings the whole dossier first: the portal hears of it at last
    expect((await attachToStep(t, people.specialist, dossier.id, 'working')).status).toBe(201);
    await toResultReady(t, people, dossier.id);
    await drainAll();
    const arrived = acceptedOf(dossier.code);
    expect(arrived.map((a) => `${a.service}:${a.record.TrangThaiHoSo ?? a.record.TrangThai}`)).toEqual([
      `${DOSSIER}:4`,
      `${PROGRESS}:4`,
      `${PROGRESS}:4`,
      `${DOSSIER}:9`,
      `${PROGRESS}:9`,
    ]);
    expect(arrived[0]).toMatchObject({ isUpdating: 'False', record: { MaHoSo: dossier.code } });
    expect(arrived[3]!.isUpdating).toBe('True');
  });

  it('the worker sends a line as soon as it is written, and when the job is asked to run', async () => {
    const jobs = await startJobQueue({ connectionString: t.db.url, runWorkers: true });
    try {
      await registerNationalPortalJobs(jobs, { db: t.db.db, config: portalConfig });
      const dossier = await receive(counter, receiptBody(fx));
      await expect.poll(() => servicesOf(dossier.code), { timeout: 20_000 }).toEqual([DOSSIER, PROGRESS]);
      // a line left over (written while no worker listened) goes when the job runs
      stub.mode = 'error500';
      const waiting = await receive(counter, receiptBody(fx));
      await expect.poll(async () => (await feedOf(waiting.id))[0]?.attempts, { timeout: 20_000 }).toBe(1);
      stub.mode = 'ok';
      await t.db.db
        .updateTable('dossierOutbox')
        .set({ nextAttemptAt: new Date() })
        .where('dossierId', '=', waiting.id)
        .execute();
      await jobs.send(NATIONAL_PORTAL_SYNC_JOB, {});
      await expect.poll(() => servicesOf(waiting.code), { timeout: 20_000 }).toEqual([DOSSIER, PROGRESS]);
    } finally {
      await jobs.stop();
    }
  });
});
