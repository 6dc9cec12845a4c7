import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { type DirectoryFixture, PASSWORD, seedDirectoryFixture } from '../../../test/fixtures/directory.ts';
import { loginAll } from '../../../test/fixtures/documents.ts';
import { insertProcedure, procedureManager } from '../../../test/fixtures/procedure-steps.ts';

let t: TestApp;
let f: DirectoryFixture;
/** Holds procedures.manage at agency A only. */
let keeperA: TestClient;
let sysadmin: TestClient;
let specialistA: TestClient;
let specialistB: TestClient;
let departmentB: string;
let procedure: string;

type Role = 'receive' | 'handle' | 'approve' | 'return';
const step = (role: Role, days: number, handlerAgencyId: string, handlerDepartmentId?: string | null) => ({
  name: {
    receive: 'Tiếp nhận hồ sơ',
    handle: 'Thẩm định hồ sơ',
    approve: 'Phê duyệt',
    return: 'Trả kết quả',
  }[role],
  role,
  handlerAgencyId,
  ...(handlerDepartmentId !== undefined ? { handlerDepartmentId } : {}),
  days,
});

/** Received at A's counter, appraised at B (một cửa liên thông), approved and returned at A: 10 days. */
const interAgency = () => [
  step('receive', 0.5, f.agencyA, f.departmentA),
  step('handle', 2.5, f.agencyB, departmentB),
  step('handle', 5.75, f.agencyA),
  step('approve', 0.75, f.agencyA),
  step('return', 0.5, f.agencyA, f.departmentA),
];

async function stepActions(): Promise<string[]> {
  const rows = await t.db.db
    .selectFrom('auditLog')
    .select('action')
    .where('action', 'like', 'procedures.steps.%')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}

beforeAll(async () => {
  t = await createTestApp();
  f = await seedDirectoryFixture(t.db.db);
  departmentB = crypto.randomUUID();
  await t.db.db
    .insertInto('departments')
    .values({ id: departmentB, agencyId: f.agencyB, name: 'Phòng Quản lý ngân sách', abbreviation: 'QLNS' })
    .execute();
  procedure = await insertProcedure(t.db.db, { name: 'Đăng ký khai sinh', processingDays: 10 });
  keeperA = await t.login(await procedureManager(t.db.db, f.agencyA), PASSWORD);
  [sysadmin, specialistA, specialistB] = await loginAll(t, ['sysadmin', 'specialist.a', 'specialist.b']);
});

describe('processing steps (quy trình nội bộ)', () => {
  it('saves steps whose fractions of a day add up to the legal time, one of them at another agency', async () => {
    const saved = await keeperA.put(`/api/procedures/${procedure}/steps`, {
      agencyId: f.agencyA,
      steps: interAgency(),
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      procedure: { id: procedure, name: 'Đăng ký khai sinh', processingDays: 10 },
      agency: { id: f.agencyA, name: 'Sở Nội vụ' },
      totalDays: 10,
      matchesLegalTime: true,
      can: { manage: true },
    });
    expect(
      saved.body.steps.map((s: { position: number; role: string; days: number }) => [
        s.position,
        s.role,
        s.days,
      ]),
    ).toEqual([
      [1, 'receive', 0.5],
      [2, 'handle', 2.5],
      [3, 'handle', 5.75],
      [4, 'approve', 0.75],
      [5, 'return', 0.5],
    ]);
    expect(saved.body.steps[1]).toMatchObject({
      handlerAgency: { id: f.agencyB, name: 'Sở Tài chính' },
      handlerDepartment: { id: departmentB, name: 'Phòng Quản lý ngân sách' },
    });
    expect(saved.body.steps[0].handlerDepartment).toEqual({ id: f.departmentA, name: 'Văn phòng Sở' });
    expect(saved.body.steps[2].handlerDepartment).toBeNull();

    // anyone on the staff reads them; only a keeper at that agency may change them
    const read = await specialistB.get(`/api/procedures/${procedure}/steps?agencyId=${f.agencyA}`);
    expect(read.status).toBe(200);
    expect(read.body.steps).toHaveLength(5);
    expect(read.body.can).toEqual({ manage: false });

    const offerings = await specialistA.get(`/api/procedures/${procedure}/offerings`);
    expect(offerings.body).toEqual([
      expect.objectContaining({
        agency: expect.objectContaining({ id: f.agencyA, name: 'Sở Nội vụ' }),
        stepCount: 5,
        totalDays: 10,
        matchesLegalTime: true,
      }),
    ]);
    expect(await stepActions()).toEqual(['procedures.steps.replace']);
  });

  it('replaces the whole list, and the audit entry keeps before and after', async () => {
    const steps = [
      step('receive', 1, f.agencyA),
      step('handle', 8.5, f.agencyA, f.departmentA),
      step('return', 0.5, f.agencyA),
    ];
    const saved = await keeperA.put(`/api/procedures/${procedure}/steps`, { agencyId: f.agencyA, steps });
    expect(saved.status).toBe(200);
    expect(saved.body.steps.map((s: { position: number }) => s.position)).toEqual([1, 2, 3]);
    const count = await t.db.db
      .selectFrom('processingSteps')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('procedureId', '=', procedure)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(3);
    const entry = await t.db.db
      .selectFrom('auditLog')
      .select(['summary', 'agencyId', 'targetId'])
      .where('action', '=', 'procedures.steps.replace')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const summary = entry.summary as { before: unknown[]; after: { days: number }[] };
    expect(entry).toMatchObject({ agencyId: f.agencyA, targetId: procedure });
    expect(summary.before).toHaveLength(5);
    expect(summary.after.map((s) => s.days)).toEqual([1, 8.5, 0.5]);
  });

  it('refuses a wrong sum, saying by how much, and keeps the steps as they were', async () => {
    const steps = interAgency();
    steps[2]!.days = 5.25;
    const refused = await keeperA.put(`/api/procedures/${procedure}/steps`, { agencyId: f.agencyA, steps });
    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.errors).toEqual([
      {
        pointer: '/body/steps',
        detail:
          'Tổng thời gian các bước là 9,5 ngày làm việc, chưa bằng thời hạn giải quyết theo quy định là 10 ngày (còn thiếu 0,5 ngày)',
      },
    ]);
    const kept = await specialistA.get(`/api/procedures/${procedure}/steps?agencyId=${f.agencyA}`);
    expect(kept.body.steps).toHaveLength(3);
  });

  it('points at the step: receiving elsewhere, no handling, a department of another agency, an unknown agency', async () => {
    const refused = await keeperA.put(`/api/procedures/${procedure}/steps`, {
      agencyId: f.agencyA,
      steps: [
        step('receive', 0.5, f.agencyB),
        step('approve', 9, f.agencyB, f.departmentA),
        step('approve', 0, crypto.randomUUID()),
        step('return', 0.125, f.agencyA),
      ],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      {
        pointer: '/body/steps/0/handlerAgencyId',
        detail: 'Bước tiếp nhận phải do chính cơ quan tiếp nhận hồ sơ thực hiện',
      },
      {
        pointer: '/body/steps/3/days',
        detail: 'Số ngày chỉ được có tối đa hai chữ số thập phân (ví dụ 0,5 hoặc 1,25)',
      },
      { pointer: '/body/steps', detail: 'Quy trình nội bộ phải có ít nhất một bước thụ lý, thẩm định hồ sơ' },
      {
        pointer: '/body/steps/1/handlerDepartmentId',
        detail: 'Phòng, ban không thuộc cơ quan thực hiện bước này',
      },
      { pointer: '/body/steps/2/handlerAgencyId', detail: 'Không tìm thấy cơ quan' },
    ]);
    expect(refused.body.detail).toContain('Bước 1: Bước tiếp nhận phải do chính cơ quan tiếp nhận');
    expect(refused.body.detail).toContain('Bước 2: Phòng, ban không thuộc cơ quan thực hiện bước này');
  });

  it('needs the legal time first, and a procedure still in force', async () => {
    const untimed = await insertProcedure(t.db.db, { processingDays: null });
    const refused = await keeperA.put(`/api/procedures/${untimed}/steps`, {
      agencyId: f.agencyA,
      steps: interAgency(),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      {
        pointer: '/body/steps',
        detail:
          'Thủ tục chưa có thời hạn giải quyết theo quy định; hãy nhập thời hạn giải quyết trước khi lập quy trình nội bộ',
      },
    ]);
    const inactive = await insertProcedure(t.db.db, { active: false });
    const stopped = await keeperA.put(`/api/procedures/${inactive}/steps`, {
      agencyId: f.agencyA,
      steps: interAgency(),
    });
    expect(stopped.status).toBe(409);
    expect(stopped.body.detail).toBe('Thủ tục đã ngừng áp dụng, không lập quy trình nội bộ được nữa');
    const missing = await keeperA.put(`/api/procedures/${crypto.randomUUID()}/steps`, {
      agencyId: f.agencyA,
      steps: interAgency(),
    });
    expect(missing.status).toBe(404);
  });

  it('is kept per receiving agency: a keeper at A may not set the steps at B', async () => {
    const atB = [step('receive', 1, f.agencyB), step('handle', 8, f.agencyB), step('return', 1, f.agencyB)];
    const refused = await keeperA.put(`/api/procedures/${procedure}/steps`, {
      agencyId: f.agencyB,
      steps: atB,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe(
      'Chỉ người được giao quản lý thủ tục hành chính tại cơ quan tiếp nhận mới lập được quy trình nội bộ ở đó',
    );
    expect(
      (await specialistA.put(`/api/procedures/${procedure}/steps`, { agencyId: f.agencyA, steps: atB }))
        .status,
    ).toBe(403);
    expect(
      (await keeperA.get(`/api/procedures/${procedure}/steps?agencyId=${f.agencyB}`)).body,
    ).toMatchObject({
      steps: [],
      totalDays: 0,
      matchesLegalTime: false,
      can: { manage: false },
    });
    // a keeper below A (A1) is inside A's sub-tree only if granted so
    const keeperWithSubtree = await t.login(await procedureManager(t.db.db, f.agencyA, true), PASSWORD);
    const atA1 = [
      step('receive', 1, f.agencyA1),
      step('handle', 8, f.agencyA),
      step('return', 1, f.agencyA1),
    ];
    expect(
      (await keeperA.put(`/api/procedures/${procedure}/steps`, { agencyId: f.agencyA1, steps: atA1 })).status,
    ).toBe(403);
    expect(
      (
        await keeperWithSubtree.put(`/api/procedures/${procedure}/steps`, {
          agencyId: f.agencyA1,
          steps: atA1,
        })
      ).status,
    ).toBe(200);

    expect(
      (await sysadmin.put(`/api/procedures/${procedure}/steps`, { agencyId: f.agencyB, steps: atB })).status,
    ).toBe(200);
    const offerings = await specialistB.get(`/api/procedures/${procedure}/offerings`);
    expect(offerings.body.map((o: { agency: { id: string } }) => o.agency.id).sort()).toEqual(
      [f.agencyA, f.agencyA1, f.agencyB].sort(),
    );
  });

  it('marks steps that no longer add up when the legal time changed since', async () => {
    await t.db.db.updateTable('procedures').set({ processingDays: 12 }).where('id', '=', procedure).execute();
    const offerings = await specialistA.get(`/api/procedures/${procedure}/offerings`);
    expect(offerings.body.every((o: { matchesLegalTime: boolean }) => !o.matchesLegalTime)).toBe(true);
    await t.db.db.updateTable('procedures').set({ processingDays: 10 }).where('id', '=', procedure).execute();
  });

  it('stops offering the procedure at an agency', async () => {
    const refused = await keeperA.delete(`/api/procedures/${procedure}/steps?agencyId=${f.agencyB}`);
    expect(refused.status).toBe(403);
    const stopped = await keeperA.delete(`/api/procedures/${procedure}/steps?agencyId=${f.agencyA}`);
    expect(stopped.status).toBe(204);
    const offerings = await specialistA.get(`/api/procedures/${procedure}/offerings`);
    expect(offerings.body.map((o: { agency: { id: string } }) => o.agency.id)).not.toContain(f.agencyA);
    const again = await keeperA.delete(`/api/procedures/${procedure}/steps?agencyId=${f.agencyA}`);
    expect(again.status).toBe(404);
    expect(again.body.detail).toBe('Thủ tục chưa được cung cấp tại cơ quan này');
    expect((await stepActions()).at(-1)).toBe('procedures.steps.delete');
  });
});
