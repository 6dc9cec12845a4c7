/**
 * Every route × every role, from inside and outside the agency concerned. The route list comes from the
 * OpenAPI document, so a new route without a row here fails the test.
 */
import { emptyRecord } from '@congso/one-stop';
import { beforeAll, describe, expect, it } from 'vitest';
import { requestFee } from '../src/modules/dossiers/fees.ts';
import { forward } from '../src/modules/dossiers/processing.ts';
import { submitOnline } from '../src/modules/dossiers/receiving.ts';
import { returnResult } from '../src/modules/dossiers/returning.ts';
import { createTestApp, type TestApp, type TestClient, type TestResponse } from './app.ts';
import { type DirectoryFixture, PASSWORD, seedDirectoryFixture } from './fixtures/directory.ts';
import { attachToStep, receiveAt } from './fixtures/dossier-processing.ts';
import {
  contextOf,
  type OneStopFixture,
  receiptBody,
  seedOneStopFixture,
  uploadFile,
} from './fixtures/dossiers.ts';
import { insertProcedure, insertSteps } from './fixtures/procedure-steps.ts';

type Actor = 'anonymous' | 'sysadmin' | `${'admin' | 'clerk' | 'leader' | 'specialist'}.${'a' | 'b'}`;
const actors: Actor[] = [
  'anonymous',
  'sysadmin',
  'admin.a',
  'clerk.a',
  'leader.a',
  'specialist.a',
  'admin.b',
  'clerk.b',
  'leader.b',
  'specialist.b',
];

/** Who gets through: `public` everyone; `signedIn` any account; otherwise the list of actors allowed. */
type Rule = 'public' | 'signedIn' | 'notConfigured' | Actor[];

interface Case {
  rule: Rule;
  /** Builds the request (fresh targets for destructive calls); returns method, url and body. */
  request: (
    f: DirectoryFixture,
    t: TestApp,
  ) => Promise<{ url: string; body?: unknown }> | { url: string; body?: unknown };
  /** Self-service routes: a signed-in caller may get a 4xx about the input, but never 401/403. */
  selfService?: boolean;
  /** The target is hidden from those who may not see it: a refused caller gets 404 (not there) or 403. */
  hidden?: boolean;
  /** Declared `auditOptional`: a change to the caller's own reading state (notices marked read), not audited. */
  unaudited?: boolean;
}

const managersOfA: Actor[] = ['sysadmin', 'admin.a'];
/** Work files: the people of A; those who keep its file plan; those who change a file specialist.a owns. */
const peopleOfA: Actor[] = ['sysadmin', 'admin.a', 'clerk.a', 'leader.a', 'specialist.a'];
const planKeepersOfA: Actor[] = ['sysadmin', 'admin.a', 'clerk.a'];
const fileChangersOfA: Actor[] = ['sysadmin', 'admin.a', 'clerk.a', 'specialist.a'];
/** Everyone who sees a dossier received at A that passes through B: A's and B's dossier workers. */
const dossierViewers: Actor[] = [
  'sysadmin',
  'clerk.a',
  'leader.a',
  'specialist.a',
  'clerk.b',
  'leader.b',
  'specialist.b',
];

let fresh = 0;
const uniq = () => `${Date.now().toString(36)}${(fresh++).toString(36)}`;

async function leafAgency(t: TestApp, f: DirectoryFixture): Promise<string> {
  const id = crypto.randomUUID();
  const parent = await t.db.db
    .selectFrom('agencies')
    .select('path')
    .where('id', '=', f.agencyA1)
    .executeTakeFirstOrThrow();
  await t.db.db
    .insertInto('agencies')
    .values({
      id,
      parentId: f.agencyA1,
      path: [...parent.path, id],
      level: 'province',
      name: `Tổ ${uniq()}`,
      abbreviation: 'TO',
    })
    .execute();
  return id;
}

async function official(t: TestApp, agencyId: string): Promise<string> {
  const id = crypto.randomUUID();
  await t.db.db
    .insertInto('officials')
    .values({ id, agencyId, fullName: `Cán bộ ${uniq()}` })
    .execute();
  return id;
}

/** An account in agency A nobody signs in with, so destructive calls cannot disturb the actors. */
async function account(t: TestApp, f: DirectoryFixture): Promise<string> {
  const officialId = await official(t, f.agencyA);
  const user = await t.db.db
    .insertInto('users')
    .values({ username: `t${uniq()}`, displayName: 'Tài khoản thử', officialId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return user.id;
}

const cases: Record<string, Case> = {
  'GET /healthz': { rule: 'public', request: () => ({ url: '/healthz' }) },
  'GET /readyz': { rule: 'public', request: () => ({ url: '/readyz' }) },
  'GET /api/problems': { rule: 'public', request: () => ({ url: '/api/problems' }) },
  'GET /api/problems/{type}': { rule: 'public', request: () => ({ url: '/api/problems/forbidden' }) },
  'GET /api/auth/config': { rule: 'public', request: () => ({ url: '/api/auth/config' }) },
  'POST /api/auth/login': {
    rule: 'public',
    request: () => ({ url: '/api/auth/login', body: { username: 'clerk.b', password: PASSWORD } }),
  },
  'POST /api/auth/logout': { rule: 'public', request: () => ({ url: '/api/auth/logout' }) },
  'GET /api/auth/oidc/login': { rule: 'notConfigured', request: () => ({ url: '/api/auth/oidc/login' }) },
  'GET /api/auth/oidc/callback': {
    rule: 'notConfigured',
    request: () => ({ url: '/api/auth/oidc/callback?code=x&state=y' }),
  },
  'GET /api/me': { rule: 'signedIn', request: () => ({ url: '/api/me' }) },
  'POST /api/me/password': {
    rule: 'signedIn',
    selfService: true,
    request: () => ({
      url: '/api/me/password',
      body: { currentPassword: 'not-the-password', newPassword: 'Khong-Doi-Gi-123' },
    }),
  },
  'POST /api/me/totp/setup': { rule: 'signedIn', request: () => ({ url: '/api/me/totp/setup' }) },
  'POST /api/me/totp/enable': {
    rule: 'signedIn',
    selfService: true,
    request: () => ({ url: '/api/me/totp/enable', body: { code: '000000' } }),
  },
  'POST /api/me/totp/disable': {
    rule: 'signedIn',
    selfService: true,
    request: () => ({ url: '/api/me/totp/disable', body: { password: 'wrong' } }),
  },

  'GET /api/admin-units': { rule: 'signedIn', request: () => ({ url: '/api/admin-units?q=lao%20cai' }) },
  'GET /api/admin-units/{code}': { rule: 'signedIn', request: () => ({ url: '/api/admin-units/15' }) },

  'GET /api/agencies': { rule: 'signedIn', request: () => ({ url: '/api/agencies' }) },
  'GET /api/agencies/tree': { rule: 'signedIn', request: () => ({ url: '/api/agencies/tree' }) },
  'GET /api/agencies/{id}': { rule: 'signedIn', request: (f) => ({ url: `/api/agencies/${f.agencyA1}` }) },
  'POST /api/agencies': {
    rule: managersOfA,
    request: (f) => ({
      url: '/api/agencies',
      body: { parentId: f.agencyA1, level: 'province', name: `Phòng thử ${uniq()}`, abbreviation: 'PT' },
    }),
  },
  'PATCH /api/agencies/{id}': {
    rule: managersOfA,
    request: (f) => ({ url: `/api/agencies/${f.agencyA1}`, body: { phone: '0214 3800 001' } }),
  },
  'DELETE /api/agencies/{id}': {
    rule: managersOfA,
    request: async (f, t) => ({ url: `/api/agencies/${await leafAgency(t, f)}` }),
  },

  'GET /api/agencies/{agencyId}/departments': {
    rule: 'signedIn',
    request: (f) => ({ url: `/api/agencies/${f.agencyA}/departments` }),
  },
  'POST /api/agencies/{agencyId}/departments': {
    rule: managersOfA,
    request: (f) => ({
      url: `/api/agencies/${f.agencyA1}/departments`,
      body: { name: 'Phòng Nghiệp vụ', abbreviation: `NV${uniq().toUpperCase()}` },
    }),
  },
  'GET /api/departments/{id}': {
    rule: 'signedIn',
    request: (f) => ({ url: `/api/departments/${f.departmentA}` }),
  },
  'PATCH /api/departments/{id}': {
    rule: managersOfA,
    request: (f) => ({ url: `/api/departments/${f.departmentA}`, body: { phone: '0214 3800 002' } }),
  },
  'DELETE /api/departments/{id}': {
    rule: managersOfA,
    request: async (f, t) => {
      const id = crypto.randomUUID();
      await t.db.db
        .insertInto('departments')
        .values({ id, agencyId: f.agencyA1, name: 'Phòng tạm', abbreviation: `T${uniq().toUpperCase()}` })
        .execute();
      return { url: `/api/departments/${id}` };
    },
  },

  'GET /api/officials': {
    rule: 'signedIn',
    request: (f) => ({ url: `/api/officials?agencyId=${f.agencyA}` }),
  },
  'POST /api/officials': {
    rule: managersOfA,
    request: (f) => ({ url: '/api/officials', body: { agencyId: f.agencyA1, fullName: 'Nguyễn Văn Thử' } }),
  },
  'GET /api/officials/{id}': {
    rule: 'signedIn',
    request: (f) => ({ url: `/api/officials/${f.users['clerk.a']!.officialId}` }),
  },
  'PATCH /api/officials/{id}': {
    rule: managersOfA,
    request: (f) => ({
      url: `/api/officials/${f.users['clerk.a']!.officialId}`,
      body: { phone: '0912 345 678' },
    }),
  },
  'DELETE /api/officials/{id}': {
    rule: managersOfA,
    request: async (f, t) => ({ url: `/api/officials/${await official(t, f.agencyA1)}` }),
  },

  'GET /api/users': {
    rule: ['sysadmin', 'admin.a', 'leader.a', 'admin.b', 'leader.b'],
    request: () => ({ url: '/api/users' }),
  },
  'POST /api/users': {
    rule: managersOfA,
    request: async (f, t) => ({
      url: '/api/users',
      body: {
        officialId: await official(t, f.agencyA),
        username: `u${uniq()}`,
        password: 'Mot-Mat-Khau-Dai-1',
      },
    }),
  },
  'GET /api/users/{id}': {
    rule: ['sysadmin', 'admin.a', 'leader.a'],
    request: async (f, t) => ({ url: `/api/users/${await account(t, f)}` }),
  },
  'PATCH /api/users/{id}': {
    rule: managersOfA,
    request: async (f, t) => ({
      url: `/api/users/${await account(t, f)}`,
      body: { email: 'vanthu@snv.example.vn' },
    }),
  },
  'POST /api/users/{id}/reset-password': {
    rule: managersOfA,
    request: async (f, t) => ({ url: `/api/users/${await account(t, f)}/reset-password`, body: {} }),
  },
  'POST /api/users/{id}/unlock': {
    rule: managersOfA,
    request: async (f, t) => ({ url: `/api/users/${await account(t, f)}/unlock` }),
  },
  'POST /api/users/{id}/reset-totp': {
    rule: managersOfA,
    request: async (f, t) => ({ url: `/api/users/${await account(t, f)}/reset-totp` }),
  },
  'POST /api/users/{id}/unlink-sso': {
    rule: managersOfA,
    request: async (f, t) => {
      const id = await account(t, f);
      await t.db.db
        .updateTable('users')
        .set({ oidcSubject: `https://idp.example#${id}` })
        .where('id', '=', id)
        .execute();
      return { url: `/api/users/${id}/unlink-sso` };
    },
  },
  'POST /api/users/{id}/roles': {
    rule: managersOfA,
    request: async (f, t) => ({
      url: `/api/users/${await account(t, f)}/roles`,
      body: { role: 'specialist', agencyId: f.agencyA1 },
    }),
  },
  'DELETE /api/users/{id}/roles/{assignmentId}': {
    rule: managersOfA,
    request: async (f, t) => {
      const userId = await account(t, f);
      const assignment = await t.db.db
        .insertInto('roleAssignments')
        .values({ userId, role: 'clerk', agencyId: f.agencyA1 })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { url: `/api/users/${userId}/roles/${assignment.id}` };
    },
  },

  'GET /api/roles': { rule: 'signedIn', request: () => ({ url: '/api/roles' }) },
  'GET /api/permissions': { rule: 'signedIn', request: () => ({ url: '/api/permissions' }) },
  'POST /api/roles': {
    rule: ['sysadmin'],
    request: () => ({
      url: '/api/roles',
      body: {
        key: `r_${uniq()}`,
        nameVi: 'Tra cứu',
        nameEn: 'Lookup',
        permissions: ['directory.users.read'],
      },
    }),
  },
  'PATCH /api/roles/{key}': {
    rule: ['sysadmin'],
    request: async (_f, t) => {
      await t.db.db
        .insertInto('roles')
        .values({ key: 'tro_ly', nameVi: 'Trợ lý', nameEn: 'Assistant' })
        .onConflict((oc) => oc.doNothing())
        .execute();
      return { url: '/api/roles/tro_ly', body: { description: 'Hỗ trợ lãnh đạo' } };
    },
  },
  'DELETE /api/roles/{key}': {
    rule: ['sysadmin'],
    request: async (_f, t) => {
      const key = `x_${uniq()}`;
      await t.db.db.insertInto('roles').values({ key, nameVi: 'Tạm', nameEn: 'Temporary' }).execute();
      return { url: `/api/roles/${key}` };
    },
  },

  'GET /api/calendar/lunar': {
    rule: 'public',
    request: () => ({ url: '/api/calendar/lunar?date=2026-02-17' }),
  },
  'GET /api/calendar/solar': {
    rule: 'public',
    request: () => ({ url: '/api/calendar/solar?year=2025&month=6&day=1&leap=true' }),
  },
  'GET /api/calendar/holidays/{year}': {
    rule: 'public',
    request: () => ({ url: '/api/calendar/holidays/2026' }),
  },
  'GET /api/calendar/deadline': {
    rule: 'signedIn',
    request: (f) => ({
      url: `/api/calendar/deadline?from=2025-01-24T10:00%2B07:00&days=5&agencyId=${f.agencyA1}`,
    }),
  },
  'GET /api/calendar/schedules': { rule: 'signedIn', request: () => ({ url: '/api/calendar/schedules' }) },
  'GET /api/calendar/schedules/{year}': {
    rule: 'signedIn',
    request: () => ({ url: '/api/calendar/schedules/2025' }),
  },
  'PUT /api/calendar/schedules/{year}': {
    rule: ['sysadmin'],
    request: () => ({
      url: '/api/calendar/schedules/2027',
      body: { year: 2027, mode: 'merge', statutory: { tetDaysBefore: 1 }, notices: [] },
    }),
  },
  'GET /api/calendar/agencies/{agencyId}/working-hours': {
    rule: 'signedIn',
    request: (f) => ({ url: `/api/calendar/agencies/${f.agencyA1}/working-hours` }),
  },
  'PUT /api/calendar/agencies/{agencyId}/working-hours': {
    rule: managersOfA,
    request: (f) => ({
      url: `/api/calendar/agencies/${f.agencyA1}/working-hours`,
      body: {
        hours: {
          sessions: [
            { start: '07:00', end: '11:30' },
            { start: '13:00', end: '16:30' },
          ],
          weekdays: [1, 2, 3, 4, 5],
        },
      },
    }),
  },

  // statistics: leaders and agency administrators of A (and above); the export is audited
  'GET /api/document-statistics': {
    rule: ['sysadmin', 'admin.a', 'leader.a'],
    request: (f) => ({ url: `/api/document-statistics?agencyId=${f.agencyA}&from=2026-01-01&to=2026-12-31` }),
  },
  'GET /api/document-statistics/export.xlsx': {
    rule: ['sysadmin', 'admin.a', 'leader.a'],
    request: (f) => ({ url: `/api/document-statistics/export.xlsx?agencyId=${f.agencyA}` }),
  },
  'GET /api/document-statistics/agencies': {
    rule: ['sysadmin', 'admin.a', 'leader.a', 'admin.b', 'leader.b'],
    request: () => ({ url: '/api/document-statistics/agencies' }),
  },
  'GET /api/dossier-statistics': {
    rule: ['sysadmin', 'admin.a', 'leader.a'],
    request: (f) => ({ url: `/api/dossier-statistics?agencyId=${f.agencyA}&from=2026-01-01&to=2026-12-31` }),
  },
  'GET /api/dossier-statistics/indicators': {
    rule: ['sysadmin', 'admin.a', 'leader.a'],
    request: (f) => ({ url: `/api/dossier-statistics/indicators?agencyId=${f.agencyA}` }),
  },
  'GET /api/dossier-statistics/export.xlsx': {
    rule: ['sysadmin', 'admin.a', 'leader.a'],
    request: (f) => ({ url: `/api/dossier-statistics/export.xlsx?agencyId=${f.agencyA}` }),
  },
  'GET /api/dossier-statistics/agencies': {
    rule: ['sysadmin', 'admin.a', 'leader.a', 'admin.b', 'leader.b'],
    request: () => ({ url: '/api/dossier-statistics/agencies' }),
  },

  'GET /api/documents': { rule: 'signedIn', request: () => ({ url: '/api/documents?q=quyet%20dinh' }) },
  'GET /api/documents/worklist': { rule: 'signedIn', request: () => ({ url: '/api/documents/worklist' }) },
  'GET /api/documents/people': {
    rule: ['sysadmin', 'admin.a', 'clerk.a', 'leader.a', 'specialist.a'],
    request: (f) => ({ url: `/api/documents/people?agencyId=${f.agencyA}&role=leader` }),
  },
  'GET /api/documents/settings': {
    rule: ['sysadmin', 'admin.a', 'clerk.a'],
    request: (f) => ({ url: `/api/documents/settings?agencyId=${f.agencyA}` }),
  },
  'PUT /api/documents/settings': {
    rule: managersOfA,
    request: (f) => ({
      url: `/api/documents/settings?agencyId=${f.agencyA}`,
      body: { outgoingNumbering: 'per_type' },
    }),
  },
  'GET /api/documents/registers/incoming': {
    rule: ['sysadmin', 'clerk.a', 'leader.a'],
    request: (f) => ({ url: `/api/documents/registers/incoming?agencyId=${f.agencyA}&year=2026` }),
  },
  'GET /api/documents/registers/outgoing': {
    rule: ['sysadmin', 'clerk.a', 'leader.a'],
    request: (f) => ({ url: `/api/documents/registers/outgoing?agencyId=${f.agencyA}&year=2026` }),
  },
  'GET /api/documents/registers/{direction}/export': {
    rule: ['sysadmin', 'clerk.a', 'leader.a'],
    request: (f) => ({
      url: `/api/documents/registers/outgoing/export?agencyId=${f.agencyA}&year=2026&format=xlsx`,
    }),
  },
  'POST /api/documents/incoming': {
    rule: ['sysadmin', 'clerk.a'],
    request: (f) => ({ url: '/api/documents/incoming', body: incomingBody(f) }),
  },
  'POST /api/documents/outgoing': {
    rule: ['sysadmin', 'clerk.a'],
    request: (f) => ({ url: '/api/documents/outgoing', body: outgoingBody(f, [{ name: 'Bộ Nội vụ' }]) }),
  },
  'GET /api/documents/{id}': {
    rule: ['sysadmin', 'clerk.a', 'leader.a'],
    hidden: true,
    request: async (f) => ({ url: `/api/documents/${await registered(f)}` }),
  },
  'GET /api/documents/{id}/handling-slip': {
    rule: ['sysadmin', 'clerk.a', 'leader.a'],
    hidden: true,
    request: async (f) => ({ url: `/api/documents/${await registered(f)}/handling-slip` }),
  },
  'POST /api/documents/{id}/accept': {
    rule: ['sysadmin', 'clerk.a'],
    hidden: true,
    request: async (f) => ({ url: `/api/documents/${await delivered(f)}/accept` }),
  },
  'POST /api/documents/{id}/reject': {
    rule: ['sysadmin', 'clerk.a'],
    hidden: true,
    request: async (f) => ({
      url: `/api/documents/${await delivered(f)}/reject`,
      body: { reason: 'Gửi nhầm' },
    }),
  },
  'POST /api/documents/{id}/submit': {
    rule: ['sysadmin', 'clerk.a'],
    hidden: true,
    request: async (f) => ({
      url: `/api/documents/${await registered(f)}/submit`,
      body: { leaderUserId: f.users['leader.a']!.id },
    }),
  },
  'POST /api/documents/{id}/directive': {
    rule: ['sysadmin', 'leader.a'],
    hidden: true,
    request: async (f) => ({
      url: `/api/documents/${await registered(f)}/directive`,
      body: { directive: 'Giao xử lý', lead: { userId: f.users['specialist.a']!.id } },
    }),
  },
  'POST /api/documents/drafts': {
    rule: ['sysadmin', 'clerk.a', 'leader.a', 'specialist.a'],
    request: (f) => ({ url: '/api/documents/drafts', body: draftBody(f) }),
  },
  'PATCH /api/documents/{id}': {
    rule: ['specialist.a'],
    hidden: true,
    request: async (f) => ({ url: `/api/documents/${await drafted(f)}`, body: { subject: 'Trích yếu mới' } }),
  },
  'POST /api/documents/{id}/review': {
    rule: ['specialist.a'],
    hidden: true,
    request: async (f) => ({
      url: `/api/documents/${await drafted(f)}/review`,
      body: { steps: [[f.users['clerk.a']!.id]], signerUserId: f.users['leader.a']!.id },
    }),
  },
  'POST /api/documents/{id}/issue': {
    rule: ['sysadmin', 'clerk.a'],
    hidden: true,
    request: async (f) => {
      const id = await drafted(f);
      const sent = await (await clientFor('specialist.a', false)).post(`/api/documents/${id}/review`, {
        steps: [],
        signerUserId: f.users['leader.a']!.id,
      });
      const sign = sent.body.tasks.find((x: { kind: string }) => x.kind === 'sign');
      await (await clientFor('leader.a', false)).post(`/api/documents/${id}/tasks/${sign.id}/approve`, {});
      return { url: `/api/documents/${id}/issue` };
    },
  },
  'POST /api/documents/{id}/tasks/{taskId}/approve': {
    rule: ['clerk.a'],
    hidden: true,
    request: async (f) => ({ url: await reviewUrl(f, 'approve'), body: { comment: 'Đồng ý' } }),
  },
  'POST /api/documents/{id}/tasks/{taskId}/send-back': {
    rule: ['clerk.a'],
    hidden: true,
    request: async (f) => ({ url: await reviewUrl(f, 'send-back'), body: { reason: 'Sửa lại' } }),
  },
  'POST /api/documents/{id}/recall': {
    rule: ['sysadmin', 'clerk.a'],
    hidden: true,
    request: async (f) => {
      const issued = await (await clientFor('clerk.a', false)).post(
        '/api/documents/outgoing',
        outgoingBody(f, [{ name: 'Bộ Nội vụ' }]),
      );
      return { url: `/api/documents/${issued.body.id}/recall`, body: { reason: 'Sai sót' } };
    },
  },
  'POST /api/documents/{id}/replace': {
    rule: ['sysadmin', 'clerk.a'],
    hidden: true,
    request: async (f) => ({
      url: `/api/documents/${await issued(f)}/replace`,
      // the replacement is issued by the agency of the document it replaces: no agencyId
      body: { ...outgoingBody(f, [{ name: 'Bộ Nội vụ' }]), agencyId: undefined, reason: 'Sai sót phụ lục' },
    }),
  },
  'POST /api/documents/{id}/update': {
    rule: ['sysadmin', 'clerk.a'],
    hidden: true,
    request: async (f) => ({
      url: `/api/documents/${await issued(f)}/update`,
      body: { subject: `Trích yếu đã sửa ${uniq()}`, reason: 'Ghi thiếu trích yếu' },
    }),
  },
  'POST /api/documents/{id}/tasks/{taskId}/delegate': {
    rule: ['leader.a'],
    hidden: true,
    request: async (f) => ({
      url: await taskUrl(f, { departmentId: f.departmentA }, 'delegate'),
      body: { userId: f.users['specialist.a']!.id },
    }),
  },
  'POST /api/documents/{id}/tasks/{taskId}/opinion': {
    rule: ['specialist.a'],
    hidden: true,
    request: async (f) => ({
      url: await taskUrl(f, { userId: f.users['specialist.a']!.id }, 'opinion'),
      body: { text: 'Ý kiến' },
    }),
  },
  'POST /api/documents/{id}/tasks/{taskId}/forward': {
    rule: ['specialist.a'],
    hidden: true,
    request: async (f) => ({
      url: await taskUrl(f, { userId: f.users['specialist.a']!.id }, 'forward'),
      body: { to: { userId: f.users['clerk.a']!.id } },
    }),
  },
  'POST /api/documents/{id}/tasks/{taskId}/return': {
    rule: ['specialist.a'],
    hidden: true,
    request: async (f) => ({
      url: await taskUrl(f, { userId: f.users['specialist.a']!.id }, 'return'),
      body: { reason: 'Không đúng lĩnh vực' },
    }),
  },
  'POST /api/documents/{id}/tasks/{taskId}/extension': {
    rule: ['specialist.a'],
    hidden: true,
    request: async (f) => ({
      url: await taskUrl(f, { userId: f.users['specialist.a']!.id }, 'extension'),
      body: { until: '2100-01-01', reason: 'Chờ số liệu' },
    }),
  },
  'POST /api/documents/{id}/tasks/{taskId}/extension-decision': {
    rule: ['sysadmin', 'leader.a'],
    hidden: true,
    request: async (f) => {
      const url = await taskUrl(f, { userId: f.users['specialist.a']!.id }, 'extension');
      await (await clientFor('specialist.a', false)).post(url, {
        until: '2100-01-01',
        reason: 'Chờ số liệu',
      });
      return { url: `${url}-decision`, body: { approve: true } };
    },
  },
  'POST /api/documents/{id}/tasks/{taskId}/complete': {
    rule: ['specialist.a'],
    hidden: true,
    request: async (f) => ({
      url: await taskUrl(f, { userId: f.users['specialist.a']!.id }, 'complete'),
      body: { result: 'Đã xử lý' },
    }),
  },
  'POST /api/documents/{id}/files': {
    rule: ['sysadmin', 'clerk.a'],
    hidden: true,
    // a JSON body: whoever may attach is told to send a file, the others are refused before that
    selfService: true,
    request: async (f) => ({ url: `/api/documents/${await registered(f)}/files`, body: { file: 'x' } }),
  },
  'GET /api/documents/{id}/files/{fileId}': {
    rule: ['sysadmin', 'clerk.a', 'leader.a'],
    hidden: true,
    request: async (f, t) => {
      const id = await registered(f);
      const boundary = 'matrix';
      const upload = await t.app.inject({
        method: 'POST',
        url: `/api/documents/${id}/files`,
        headers: {
          cookie: (await clientFor('clerk.a', false)).cookie!,
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4\r\n--${boundary}--\r\n`,
      });
      return { url: `/api/documents/${id}/files/${upload.json().id}` };
    },
  },

  'GET /api/audit': { rule: ['sysadmin', 'admin.a', 'admin.b'], request: () => ({ url: '/api/audit' }) },
  'GET /api/audit/verify': { rule: ['sysadmin'], request: () => ({ url: '/api/audit/verify' }) },
  // ---- the national portal sync is the province's: system administrators only
  'GET /api/national-portal/sync': {
    rule: ['sysadmin'],
    request: () => ({ url: '/api/national-portal/sync' }),
  },
  'POST /api/national-portal/sync/{id}/retry': {
    rule: ['sysadmin'],
    request: async () => ({ url: `/api/national-portal/sync/${await failedPortalLine()}/retry` }),
  },

  // work files: the plan is read by A's people and kept by its clerk and administrator; a file is seen by
  // its owner (specialist.a), A's readers and keepers, and changed by its owner and the keepers
  'GET /api/file-plans': {
    rule: peopleOfA,
    request: (f) => ({ url: `/api/file-plans?year=2030&agencyId=${f.agencyA}` }),
  },
  'GET /api/file-plans/export': {
    rule: peopleOfA,
    request: (f) => ({ url: `/api/file-plans/export?year=2030&agencyId=${f.agencyA}` }),
  },
  'POST /api/file-plans/entries': {
    rule: planKeepersOfA,
    request: (f) => ({
      url: '/api/file-plans/entries',
      body: {
        agencyId: f.agencyA,
        year: 2030,
        code: `T.${uniq().toUpperCase()}`,
        title: 'Hồ sơ thử',
        retentionYears: 5,
        ownerUserId: f.users['specialist.a']!.id,
      },
    }),
  },
  'PATCH /api/file-plans/entries/{id}': {
    rule: planKeepersOfA,
    request: async (f) => ({
      url: `/api/file-plans/entries/${await planEntry(f)}`,
      body: { note: 'Ghi chú' },
    }),
  },
  'DELETE /api/file-plans/entries/{id}': {
    rule: planKeepersOfA,
    request: async (f) => ({ url: `/api/file-plans/entries/${await planEntry(f)}` }),
  },
  'POST /api/file-plans/copy': {
    rule: planKeepersOfA,
    request: async (f) => {
      await planEntry(f, 2021);
      return { url: '/api/file-plans/copy', body: { agencyId: f.agencyA, fromYear: 2021, toYear: 2022 } };
    },
  },
  'GET /api/work-files': { rule: 'signedIn', request: () => ({ url: '/api/work-files?q=ho%20so' }) },
  'POST /api/work-files': {
    // keepers open it for the entry's owner, the others for themselves
    rule: peopleOfA,
    request: async (f) => ({ url: '/api/work-files', body: { planEntryId: await planEntry(f) } }),
  },
  'GET /api/work-files/{id}': {
    rule: peopleOfA,
    hidden: true,
    request: async (f) => ({ url: `/api/work-files/${await workFile(f)}` }),
  },
  'GET /api/work-files/{id}/contents/export': {
    rule: peopleOfA,
    hidden: true,
    request: async (f) => ({ url: `/api/work-files/${await workFile(f)}/contents/export` }),
  },
  'PATCH /api/work-files/{id}': {
    rule: fileChangersOfA,
    hidden: true,
    request: async (f) => ({ url: `/api/work-files/${await workFile(f)}`, body: { note: 'Ghi chú' } }),
  },
  'DELETE /api/work-files/{id}': {
    rule: fileChangersOfA,
    hidden: true,
    request: async (f) => ({ url: `/api/work-files/${await workFile(f)}` }),
  },
  'POST /api/work-files/{id}/documents': {
    // the document must be one the caller sees too: admin.a keeps the plan but reads no documents
    rule: ['sysadmin', 'clerk.a', 'specialist.a'],
    hidden: true,
    request: async (f) => ({
      url: `/api/work-files/${await workFile(f)}/documents`,
      body: { documentId: await handledBySpecialist(f) },
    }),
  },
  'DELETE /api/work-files/{id}/documents/{documentId}': {
    rule: ['sysadmin', 'clerk.a', 'specialist.a'],
    hidden: true,
    request: async (f) => {
      const documentId = await handledBySpecialist(f);
      return { url: `/api/work-files/${await workFile(f, { documentId })}/documents/${documentId}` };
    },
  },
  'PUT /api/work-files/{id}/documents/order': {
    rule: fileChangersOfA,
    hidden: true,
    request: async (f) => ({
      url: `/api/work-files/${await workFile(f)}/documents/order`,
      body: { documentIds: [] },
    }),
  },
  'POST /api/work-files/{id}/close': {
    rule: fileChangersOfA,
    hidden: true,
    request: async (f) => ({
      url: `/api/work-files/${await workFile(f, { documentId: await registered(f) })}/close`,
      body: {},
    }),
  },
  'POST /api/work-files/{id}/reopen': {
    rule: planKeepersOfA,
    hidden: true,
    request: async (f) => ({
      url: `/api/work-files/${await workFile(f, { closed: true })}/reopen`,
      body: { reason: 'Bổ sung văn bản' },
    }),
  },

  'GET /api/notifications': { rule: 'signedIn', request: () => ({ url: '/api/notifications?unread=true' }) },
  'POST /api/notifications/read-all': {
    rule: 'signedIn',
    unaudited: true,
    request: () => ({ url: '/api/notifications/read-all' }),
  },
  'POST /api/notifications/{id}/read': {
    // only its owner: anyone else is told there is no such notice
    rule: ['specialist.a'],
    hidden: true,
    unaudited: true,
    request: async (f, t) => {
      const notice = await t.db.db
        .insertInto('notifications')
        .values({
          userId: f.users['specialist.a']!.id,
          kind: 'task_assigned',
          title: 'Bạn được giao xử lý văn bản',
          link: '/documents/worklist',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { url: `/api/notifications/${notice.id}/read` };
    },
  },

  // ---- the procedure catalogue: read by all staff, kept (and imported) with procedures.manage at the root -----
  'GET /api/procedures': { rule: 'signedIn', request: () => ({ url: '/api/procedures?q=ho%20tich' }) },
  'GET /api/procedures/fields': { rule: 'signedIn', request: () => ({ url: '/api/procedures/fields' }) },
  'GET /api/procedures/{id}': {
    rule: 'signedIn',
    request: async (_f, t) => ({ url: `/api/procedures/${await insertProcedure(t.db.db)}` }),
  },
  'POST /api/procedures': {
    rule: ['sysadmin'],
    request: () => ({ url: '/api/procedures', body: { code: freshCode(), name: 'Thủ tục nhập tay' } }),
  },
  'PATCH /api/procedures/{id}': {
    rule: ['sysadmin'],
    request: async (_f, t) => ({
      url: `/api/procedures/${await insertProcedure(t.db.db)}`,
      body: { processingDays: 5, onlineService: 'full' },
    }),
  },
  'POST /api/procedure-imports': {
    rule: ['sysadmin'],
    // a JSON body: whoever may import is told to send a file, the others are refused before that
    selfService: true,
    request: () => ({ url: '/api/procedure-imports', body: { file: 'x' } }),
  },
  'GET /api/procedure-imports': { rule: ['sysadmin'], request: () => ({ url: '/api/procedure-imports' }) },
  'GET /api/procedure-imports/{id}': {
    rule: ['sysadmin'],
    request: async (f, t) => ({ url: `/api/procedure-imports/${await previewedImport(t, f)}` }),
  },
  'POST /api/procedure-imports/{id}/apply': {
    rule: ['sysadmin'],
    request: async (f, t) => ({
      url: `/api/procedure-imports/${await previewedImport(t, f)}/apply`,
      body: {},
    }),
  },
  'POST /api/procedure-imports/{id}/cancel': {
    rule: ['sysadmin'],
    request: async (f, t) => ({ url: `/api/procedure-imports/${await previewedImport(t, f)}/cancel` }),
  },

  // ---- processing steps and application forms: procedures.manage at the receiving agency / the root ------
  'GET /api/procedures/{id}/steps': {
    rule: 'signedIn',
    request: async (f, t) => ({ url: `/api/procedures/${await offered(t, f)}/steps?agencyId=${f.agencyA}` }),
  },
  'GET /api/procedures/{id}/offerings': {
    rule: 'signedIn',
    request: async (f, t) => ({ url: `/api/procedures/${await offered(t, f)}/offerings` }),
  },
  'PUT /api/procedures/{id}/steps': {
    rule: managersOfA,
    request: async (f, t) => ({
      url: `/api/procedures/${await insertProcedure(t.db.db, { processingDays: 3 })}/steps`,
      body: {
        agencyId: f.agencyA,
        steps: [
          { name: 'Tiếp nhận', role: 'receive', handlerAgencyId: f.agencyA, days: 0.5 },
          { name: 'Thẩm định', role: 'handle', handlerAgencyId: f.agencyB, days: 2 },
          { name: 'Trả kết quả', role: 'return', handlerAgencyId: f.agencyA, days: 0.5 },
        ],
      },
    }),
  },
  'DELETE /api/procedures/{id}/steps': {
    rule: managersOfA,
    request: async (f, t) => ({ url: `/api/procedures/${await offered(t, f)}/steps?agencyId=${f.agencyA}` }),
  },
  'GET /api/procedures/{id}/form': {
    rule: 'signedIn',
    request: async (_f, t) => ({ url: `/api/procedures/${await insertProcedure(t.db.db)}/form` }),
  },
  'PUT /api/procedures/{id}/form': {
    rule: ['sysadmin'],
    request: async (_f, t) => ({
      url: `/api/procedures/${await insertProcedure(t.db.db)}/form`,
      body: {
        schema: {
          type: 'object',
          title: 'Tờ khai',
          properties: { hoTen: { type: 'string', title: 'Họ và tên' } },
          required: ['hoTen'],
        },
      },
    }),
  },

  // ---- template files of a procedure's documents: read by staff, kept with procedures.manage at the root ----
  'GET /api/procedures/{id}/templates': {
    rule: 'signedIn',
    request: async (_f, t) => ({ url: `/api/procedures/${await insertProcedure(t.db.db)}/templates` }),
  },
  'PUT /api/procedures/{id}/templates': {
    rule: ['sysadmin'],
    // a JSON body: whoever may upload is told to send a file, the others are refused before that
    selfService: true,
    request: async (_f, t) => ({
      url: `/api/procedures/${await insertProcedure(t.db.db)}/templates`,
      body: { document: 'Tờ khai', file: 'x' },
    }),
  },
  'DELETE /api/procedures/{id}/templates/{templateId}': {
    rule: ['sysadmin'],
    request: async (_f, t) => {
      const procedureId = await insertProcedure(t.db.db);
      const blob = await t.db.db
        .insertInto('blobs')
        .values({
          storageKey: `2030/01/${crypto.randomUUID()}`,
          sha256: '0'.repeat(64),
          size: 1,
          contentType: 'application/pdf',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const template = await t.db.db
        .insertInto('procedureTemplates')
        .values({ procedureId, document: 'Tờ khai', blobId: blob.id, fileName: 'to-khai.pdf' })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { url: `/api/procedures/${procedureId}/templates/${template.id}` };
    },
  },

  // ---- receiving dossiers: A's counter (clerk.a) receives; a dossier received at A is seen by A's and B's
  // dossier workers (a step goes to B), one not received yet only by A's (it has no steps yet).
  'GET /api/dossiers': { rule: 'signedIn', request: () => ({ url: '/api/dossiers?q=nguyen&queue=mine' }) },
  'POST /api/dossiers': {
    rule: ['sysadmin', 'clerk.a'],
    request: async (f) => ({
      url: '/api/dossiers',
      body: receiptBody(await oneStopFixture(), { agencyId: f.agencyA }),
    }),
  },
  'GET /api/dossiers/procedures': {
    rule: ['sysadmin', 'clerk.a'],
    request: async (f) => {
      await oneStopFixture();
      return { url: `/api/dossiers/procedures?agencyId=${f.agencyA}&q=giay%20phep` };
    },
  },
  'POST /api/dossiers/uploads': {
    rule: ['sysadmin', 'clerk.a', 'clerk.b'],
    // a JSON body: a counter is told to send a file, the others are refused before that
    selfService: true,
    request: async () => {
      await oneStopFixture();
      return { url: '/api/dossiers/uploads', body: { file: 'x' } };
    },
  },
  'GET /api/dossiers/by-code/{code}': {
    rule: dossierViewers,
    hidden: true,
    request: async () => ({ url: `/api/dossiers/by-code/${(await receivedAtA()).code}` }),
  },
  'GET /api/dossiers/{id}': {
    rule: dossierViewers,
    hidden: true,
    request: async () => ({ url: `/api/dossiers/${(await receivedAtA()).id}` }),
  },
  'POST /api/dossiers/{id}/accept': {
    rule: ['sysadmin', 'clerk.a'],
    hidden: true,
    request: async (f) => ({ url: `/api/dossiers/${await waitingOnline(f)}/accept` }),
  },
  'POST /api/dossiers/{id}/request-supplement': {
    rule: ['sysadmin', 'clerk.a', 'specialist.a'],
    hidden: true,
    request: async () => ({
      url: `/api/dossiers/${(await receivedAtA()).id}/request-supplement`,
      body: { items: [{ document: 'Tờ khai', reason: 'Thiếu chữ ký của người đề nghị' }] },
    }),
  },
  'POST /api/dossiers/{id}/supplement': {
    rule: ['sysadmin', 'clerk.a'],
    hidden: true,
    request: async () => {
      const fx = await oneStopFixture();
      const missing = fx.requiredDocuments[1]!.name;
      const body = receiptBody(fx, {
        outcome: 'incomplete',
        documents: receiptBody(fx).documents.filter((d) => d.requirement !== missing),
        supplementItems: [{ document: missing, reason: 'Chưa nộp' }],
      });
      const registered = await (await clientFor('clerk.a', false)).post('/api/dossiers', body);
      return {
        url: `/api/dossiers/${registered.body.id}/supplement`,
        body: { documents: [{ requirement: missing, copyKind: 'copy', quantity: 1 }] },
      };
    },
  },
  'POST /api/dossiers/{id}/refuse': {
    rule: ['sysadmin', 'clerk.a'],
    hidden: true,
    request: async () => ({
      url: `/api/dossiers/${(await receivedAtA()).id}/refuse`,
      body: { reasons: ['Không thuộc thẩm quyền giải quyết của cơ quan'] },
    }),
  },
  'POST /api/dossiers/{id}/files': {
    rule: ['sysadmin', 'clerk.a'],
    hidden: true,
    // a JSON body: the counter is told to send a file, the others are refused before that
    selfService: true,
    request: async () => ({ url: `/api/dossiers/${(await receivedAtA()).id}/files`, body: { file: 'x' } }),
  },
  'GET /api/dossiers/{id}/files/{fileId}': {
    rule: dossierViewers,
    hidden: true,
    request: async () => {
      const { id } = await receivedAtA();
      const clerk = await clientFor('clerk.a', false);
      const file = await uploadFile(
        t,
        clerk,
        `/api/dossiers/${id}/files?kind=submitted`,
        'Tờ khai.pdf',
        Buffer.from('%PDF-1.4\n'),
      );
      return { url: `/api/dossiers/${id}/files/${file.body.id}` };
    },
  },
  'GET /api/dossiers/{id}/slips/{slipId}/pdf': {
    rule: dossierViewers,
    hidden: true,
    request: async () => {
      const dossier = await receivedAtA();
      return { url: `/api/dossiers/${dossier.id}/slips/${dossier.slips[0]!.id}/pdf` };
    },
  },

  // ---- processing dossiers: a dossier of the one-stop fixture received at A (steps: receive, handle at A's
  // department, approve at A, handle at B, return), moved to the state each route needs. clerk.a is A's
  // counter; B's people see it (a step goes to B) but may not act on A's steps; A's administrator sees none.
  'GET /api/dossiers/deadlines': { rule: 'signedIn', request: () => ({ url: '/api/dossiers/deadlines' }) },
  'POST /api/dossiers/{id}/forward': {
    rule: ['sysadmin', 'specialist.a'],
    hidden: true,
    request: async () => ({
      url: `/api/dossiers/${await dossierAt('handling')}/forward`,
      body: { note: 'Đủ điều kiện' },
    }),
  },
  'POST /api/dossiers/{id}/send-back': {
    rule: ['sysadmin', 'leader.a'],
    hidden: true,
    request: async () => ({
      url: `/api/dossiers/${await dossierAt('approving')}/send-back`,
      body: { toStep: 2, reason: 'Bổ sung ý kiến thẩm định' },
    }),
  },
  'POST /api/dossiers/{id}/assign': {
    rule: ['sysadmin', 'leader.a'],
    hidden: true,
    request: async (f) => ({
      url: `/api/dossiers/${await dossierAt('handling')}/assign`,
      body: { assigneeId: f.users['specialist.a']!.id },
    }),
  },
  'GET /api/dossiers/{id}/handlers': {
    rule: dossierViewers,
    hidden: true,
    request: async () => ({ url: `/api/dossiers/${await dossierAt('handling')}/handlers?step=3` }),
  },
  'POST /api/dossiers/{id}/opinions': {
    rule: ['sysadmin', 'specialist.a'],
    hidden: true,
    request: async () => ({
      url: `/api/dossiers/${await dossierAt('handling')}/opinions`,
      body: { note: 'Đã xác minh' },
    }),
  },
  'POST /api/dossiers/{id}/working-files': {
    rule: ['sysadmin', 'specialist.a'],
    hidden: true,
    // a JSON body: whoever may attach is told to send a file, the others are refused before that
    selfService: true,
    request: async () => ({
      url: `/api/dossiers/${await dossierAt('handling')}/working-files`,
      body: { file: 'x' },
    }),
  },
  'POST /api/dossiers/{id}/request-fee': {
    rule: ['sysadmin', 'clerk.a', 'specialist.a'],
    hidden: true,
    request: async () => ({
      url: `/api/dossiers/${await dossierAt('handling')}/request-fee`,
      body: { amount: 100_000, purpose: 'Lệ phí cấp giấy phép' },
    }),
  },
  'POST /api/dossiers/{id}/fee-paid': {
    rule: ['sysadmin', 'clerk.a', 'specialist.a'],
    hidden: true,
    request: async () => ({
      url: `/api/dossiers/${await dossierAt('fee')}/fee-paid`,
      body: { receipt: 'BL-01' },
    }),
  },
  'POST /api/dossiers/{id}/apology': {
    rule: ['sysadmin', 'clerk.a', 'specialist.a'],
    hidden: true,
    request: async () => ({
      url: `/api/dossiers/${await dossierAt('handling')}/apology`,
      body: {
        reason: 'Cần xác minh thêm',
        newAppointmentAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
    }),
  },
  'POST /api/dossiers/{id}/return': {
    rule: ['sysadmin', 'clerk.a'],
    hidden: true,
    request: async () => ({
      url: `/api/dossiers/${await dossierAt('ready')}/return`,
      body: { delivery: 'online' },
    }),
  },
  'PATCH /api/dossiers/{id}/postal': {
    rule: ['sysadmin', 'clerk.a'],
    hidden: true,
    request: async () => ({
      url: `/api/dossiers/${await dossierAt('posted')}/postal`,
      body: { status: 'delivered' },
    }),
  },
  'GET /api/dossiers/{id}/control-sheet/pdf': {
    rule: dossierViewers,
    hidden: true,
    request: async () => ({ url: `/api/dossiers/${await dossierAt('handling')}/control-sheet/pdf` }),
  },
  // ---- payments: a dossier's payments and receipts are seen as the dossier is; the gateway's notification
  // (IPN) is public, its signature is what counts (unsigned, it answers 97 and changes nothing)
  'GET /api/dossiers/{id}/payments': {
    rule: dossierViewers,
    hidden: true,
    request: async () => ({ url: `/api/dossiers/${await dossierAt('fee')}/payments` }),
  },
  'GET /api/payments/{id}/receipt': {
    rule: dossierViewers,
    hidden: true,
    request: async () => ({ url: `/api/payments/${await paidPayment()}/receipt` }),
  },
  'GET /api/payments/notify': { rule: 'public', request: () => ({ url: '/api/payments/notify' }) },
  'GET /api/dossier-register/{format}': {
    rule: ['sysadmin', 'clerk.a', 'leader.a'],
    request: (f) => ({
      url: `/api/dossier-register/pdf?agencyId=${f.agencyA}&from=2026-01-01&to=2026-12-31`,
    }),
  },
};

/** A national code no fixture uses (8.xxxxxx), for procedures made through the routes. */
let codes = Math.floor(Math.random() * 900_000);
const freshCode = () => `8.${String(++codes).padStart(6, '0')}`;

/** An import of one procedure read and checked, waiting to be applied (as an upload leaves it). */
async function previewedImport(t: TestApp, f: DirectoryFixture): Promise<string> {
  const code = freshCode();
  const row = await t.db.db
    .insertInto('procedureImports')
    .values({
      format: 'xlsx',
      fileName: 'danh-sach.xlsx',
      totalRows: 1,
      records: JSON.stringify([{ ...emptyRecord(code, 'Thủ tục từ danh sách'), row: 3 }]),
      createdBy: f.users.sysadmin!.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A procedure offered at agency A: received there, handled at B, returned at A. */
async function offered(t: TestApp, f: DirectoryFixture): Promise<string> {
  const id = await insertProcedure(t.db.db, { processingDays: 3 });
  await insertSteps(t.db.db, id, f.agencyA, [
    { role: 'receive', days: 0.5 },
    { role: 'handle', days: 2, handlerAgencyId: f.agencyB },
    { role: 'return', days: 0.5 },
  ]);
  return id;
}

// ---- dossiers: the one-stop fixture over the directory fixture, seeded once when a row first needs it -------

let oneStop: Promise<OneStopFixture> | undefined;
/** The one-stop fixture (`fixtures/dossiers.ts`): clerk.a and clerk.b become the counters of A and B. */
const oneStopFixture = () => {
  oneStop ??= seedOneStopFixture(t.db.db, f);
  return oneStop;
};

const as = async (actor: Actor) => contextOf(t, await clientFor(actor, false));

/**
 * A fresh dossier received at A, moved on through the services to: `handling` (step 2, specialist.a),
 * `approving` (step 3, leader.a), `fee` (step 2, waiting for a fee), `ready` (the result at the counter),
 * `posted` (the result sent by post).
 */
async function dossierAt(state: 'handling' | 'approving' | 'fee' | 'ready' | 'posted'): Promise<string> {
  const { id } = await receiveAt(t, await as('clerk.a'), await oneStopFixture(), new Date());
  const move = async (actor: Actor) => forward(t.db.db, await as(actor), id, { note: 'Đồng ý', fileIds: [] });
  if (state === 'fee')
    await requestFee(t.db.db, await as('specialist.a'), id, { amount: 50_000, purpose: 'Lệ phí' });
  if (state === 'handling' || state === 'fee') return id;
  await move('specialist.a');
  if (state === 'approving') return id;
  await move('leader.a');
  expect((await attachToStep(t, await clientFor('specialist.b', false), id, 'result')).status).toBe(201);
  await move('specialist.b');
  if (state === 'posted')
    await returnResult(t.db.db, await as('clerk.a'), id, {
      delivery: 'post',
      address: 'Số 1 Hoàng Liên',
      tracking: 'RR1VN',
    });
  return id;
}

let receipts = 900_000;
/** A payment of a dossier of A waiting for its fee, as a verified notification leaves it: paid, with a receipt. */
async function paidPayment(): Promise<string> {
  const dossierId = await dossierAt('fee');
  const row = await t.db.db
    .insertInto('payments')
    .values({
      dossierId,
      agencyId: f.agencyA,
      amount: 50_000,
      purpose: 'Lệ phí',
      txnRef: `T${uniq().toUpperCase()}00`,
      status: 'paid',
      payerUserId: f.users.sysadmin!.id,
      payerName: 'Trần Văn Bình',
      sandbox: true,
      expiresAt: new Date(),
      paidAt: new Date(),
      notifiedAt: new Date(),
      responseCode: '00',
      gatewayTransactionNo: '14226112',
      bankCode: 'NCB',
      settledFee: true,
      receiptYear: 2026,
      receiptNumber: ++receipts,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A dossier received at A's counter through the route (steps at A, then B, then A). */
async function receivedAtA(): Promise<{ id: string; code: string; slips: { id: string }[] }> {
  const response = await (await clientFor('clerk.a', false)).post(
    '/api/dossiers',
    receiptBody(await oneStopFixture()),
  );
  expect(response.status, response.text).toBe(201);
  return response.body;
}

/** A line of the national portal sync that failed (the receipt of a fresh dossier at A): its id. */
async function failedPortalLine(): Promise<string> {
  const { id } = await receivedAtA();
  const row = await t.db.db
    .updateTable('dossierOutbox')
    .set({ status: 'failed', attempts: 8, lastError: 'Cổng DVCQG không trả lời', doneAt: new Date() })
    .where('dossierId', '=', id)
    .where('consumer', '=', 'national_portal')
    .returning('id')
    .executeTakeFirstOrThrow();
  return String(row.id);
}

/** A dossier submitted online to A, waiting for its counter. */
async function waitingOnline(f: DirectoryFixture): Promise<string> {
  return submitOnline(t.db.db, {
    agencyId: f.agencyA,
    procedureId: (await oneStopFixture()).procedureId,
    applicant: { kind: 'citizen', name: 'Trần Văn Bình', idNumber: '002085001122' },
  });
}

// ---- documents: fresh targets in agency A, made by its clerk and leader ----------------------------------

const incomingBody = (f: DirectoryFixture) => ({
  agencyId: f.agencyA,
  documentType: 'cong_van',
  subject: `Công văn thử ${uniq()}`,
  issuerName: 'Sở Tài chính',
});
const outgoingBody = (f: DirectoryFixture, recipients: unknown[]) => ({
  agencyId: f.agencyA,
  documentType: 'quyet_dinh',
  subject: `Quyết định thử ${uniq()}`,
  signerName: 'Nguyễn Văn A',
  signerPosition: 'Giám đốc',
  recipients,
});

async function registered(f: DirectoryFixture): Promise<string> {
  const response = await (await clientFor('clerk.a', false)).post('/api/documents/incoming', incomingBody(f));
  return response.body.id;
}

/** A document A issued (to a recipient outside the platform). */
async function issued(f: DirectoryFixture): Promise<string> {
  const response = await (await clientFor('clerk.a', false)).post(
    '/api/documents/outgoing',
    outgoingBody(f, [{ name: 'Bộ Nội vụ' }]),
  );
  return response.body.id;
}

/** A document B issued to A, waiting in A's queue. */
async function delivered(f: DirectoryFixture): Promise<string> {
  const clerkB = await clientFor('clerk.b', false);
  const issued = await clerkB.post('/api/documents/outgoing', {
    ...outgoingBody(f, [{ agencyId: f.agencyA }]),
    agencyId: f.agencyB,
  });
  const copy = await t.db.db
    .selectFrom('documentDeliveries')
    .select('incomingDocumentId')
    .where('documentId', '=', issued.body.id)
    .executeTakeFirstOrThrow();
  return copy.incomingDocumentId!;
}

/** A lead task on a fresh document of A, given by leader.a; the url of `action` on it. */
async function taskUrl(
  f: DirectoryFixture,
  lead: { userId?: string; departmentId?: string },
  action: string,
) {
  const id = await registered(f);
  const directed = await (await clientFor('leader.a', false)).post(`/api/documents/${id}/directive`, {
    directive: 'Giao xử lý',
    lead,
    dueOn: '2099-12-31',
  });
  const task = directed.body.tasks.find((x: { kind: string }) => x.kind === 'lead');
  return `/api/documents/${id}/tasks/${task.id}/${action}`;
}

const draftBody = (f: DirectoryFixture) => ({
  ...outgoingBody(f, [{ name: 'Bộ Nội vụ' }]),
  signingCapacity: 'direct',
});

/** A draft written by specialist.a in A. */
async function drafted(f: DirectoryFixture): Promise<string> {
  const response = await (await clientFor('specialist.a', false)).post('/api/documents/drafts', draftBody(f));
  return response.body.id;
}

/** A draft under review whose first step is clerk.a's; the url of `action` on that step. */
async function reviewUrl(f: DirectoryFixture, action: string): Promise<string> {
  const id = await drafted(f);
  const sent = await (await clientFor('specialist.a', false)).post(`/api/documents/${id}/review`, {
    steps: [[f.users['clerk.a']!.id]],
    signerUserId: f.users['leader.a']!.id,
  });
  const review = sent.body.tasks.find((x: { kind: string }) => x.kind === 'review');
  return `/api/documents/${id}/tasks/${review.id}/${action}`;
}

// ---- work files: fresh plan entries and files of agency A, inserted directly -------------------------------

/** An entry of A's file plan whose owner is specialist.a. */
async function planEntry(f: DirectoryFixture, year = 2030): Promise<string> {
  const row = await t.db.db
    .insertInto('filePlanEntries')
    .values({
      agencyId: f.agencyA,
      year,
      code: `P.${uniq().toUpperCase()}`,
      title: 'Hồ sơ theo danh mục',
      retentionYears: 10,
      ownerUserId: f.users['specialist.a']!.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An open (or closed) work file of A owned by specialist.a, empty or holding one document. */
async function workFile(f: DirectoryFixture, options: { documentId?: string; closed?: boolean } = {}) {
  const row = await t.db.db
    .insertInto('workFiles')
    .values({
      agencyId: f.agencyA,
      year: 2020,
      code: `F.${uniq().toUpperCase()}`,
      title: 'Hồ sơ thử',
      retentionYears: 5,
      ownerUserId: f.users['specialist.a']!.id,
      openedOn: '2020-01-02',
      ...(options.closed ? { status: 'closed', closedOn: '2020-02-01', documentCount: 0 } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (options.documentId)
    await t.db.db
      .insertInto('workFileDocuments')
      .values({ workFileId: row.id, documentId: options.documentId, position: 1 })
      .execute();
  return row.id;
}

/** A registered document of A whose handling leader.a gave to specialist.a (so the specialist sees it). */
async function handledBySpecialist(f: DirectoryFixture): Promise<string> {
  const id = await registered(f);
  await (await clientFor('leader.a', false)).post(`/api/documents/${id}/directive`, {
    directive: 'Giao xử lý',
    lead: { userId: f.users['specialist.a']!.id },
    dueOn: '2099-12-31',
  });
  return id;
}

let t: TestApp;
let f: DirectoryFixture;
const clients = new Map<Actor, TestClient>();

beforeAll(async () => {
  t = await createTestApp();
  f = await seedDirectoryFixture(t.db.db);
  clients.set('anonymous', t.anonymous);
});

async function clientFor(actor: Actor, destructive: boolean): Promise<TestClient> {
  if (actor === 'anonymous') return t.anonymous;
  // logout ends the session it is called with, so it gets a session of its own
  if (destructive) return t.login(actor, PASSWORD);
  if (!clients.has(actor)) clients.set(actor, await t.login(actor, PASSWORD));
  return clients.get(actor)!;
}

async function auditCount(): Promise<number> {
  const row = await t.db.db
    .selectFrom('auditLog')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function send(client: TestClient, method: string, url: string, body: unknown): Promise<TestResponse> {
  switch (method) {
    case 'GET':
      return client.get(url);
    case 'POST':
      return client.post(url, body);
    case 'PATCH':
      return client.patch(url, body);
    case 'PUT':
      return client.put(url, body);
    case 'DELETE':
      return client.delete(url);
    default:
      throw new Error(`no client method for ${method}`);
  }
}

describe('authorization matrix', () => {
  it('has a row for every documented route', async () => {
    const spec = (await t.anonymous.get('/api/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const missing = documented.filter((route) => !(route in cases));
    expect(missing, 'routes without an authorization row').toEqual([]);
    const stale = Object.keys(cases).filter((route) => !documented.includes(route));
    expect(
      stale.filter((r) => !r.includes('/oidc/')),
      'rows for routes that no longer exist',
    ).toEqual([]);
  });

  for (const [route, spec] of Object.entries(cases)) {
    const [method, path] = route.split(' ') as [string, string];
    it.each(actors)(`${route} as %s`, async (actor) => {
      const request = await spec.request(f, t);
      const client = await clientFor(actor, path === '/api/auth/logout');
      const before = await auditCount();
      const response = await send(client, method, request.url, request.body);
      const after = await auditCount();
      const rule = spec.rule;
      const described = `${route} as ${actor} → ${response.status} ${response.text.slice(0, 200)}`;
      if (rule === 'notConfigured') {
        if (response.status === 404) return;
        expect([404, 400, 302, 303], described).toContain(response.status);
        return;
      }
      const allowed =
        rule === 'public' || (actor !== 'anonymous' && (rule === 'signedIn' || rule.includes(actor)));
      if (allowed) {
        if (spec.selfService) {
          expect(response.body?.type ?? '', described).not.toMatch(/unauthenticated|forbidden/);
        } else {
          expect(response.status, described).toBeLessThan(400);
          if (method !== 'GET' && path !== '/api/auth/logout' && !spec.unaudited)
            expect(after, `${described}: no audit entry`).toBeGreaterThan(before);
        }
      } else {
        if (actor !== 'anonymous' && spec.hidden) expect([403, 404], described).toContain(response.status);
        else expect(response.status, described).toBe(actor === 'anonymous' ? 401 : 403);
        expect(response.headers['content-type'], described).toMatch(/application\/problem\+json/);
        expect(after, `${described}: a refused request changed the audit log`).toBe(before);
      }
    });
  }
});

describe('scope of lists', () => {
  it('an agency administrator lists only the accounts of their agencies', async () => {
    const adminB = await clientFor('admin.b', false);
    const list = await adminB.get('/api/users?pageSize=100');
    const usernames = list.body.items.map((u: { username: string }) => u.username);
    expect(usernames).toEqual(expect.arrayContaining(['admin.b', 'clerk.b', 'leader.b', 'specialist.b']));
    expect(usernames.some((u: string) => u.endsWith('.a') || u === 'sysadmin')).toBe(false);
  });

  it('the audit log shows an agency administrator only entries about their agencies', async () => {
    const adminB = await clientFor('admin.b', false);
    const entries = await adminB.get('/api/audit?pageSize=100');
    expect(entries.status).toBe(200);
    const agencies = new Set(entries.body.items.map((e: { agencyId: string }) => e.agencyId));
    expect(agencies.has(f.agencyA)).toBe(false);
    expect(agencies.has(f.agencyA1)).toBe(false);
    const sys = await clientFor('sysadmin', false);
    const all = await sys.get(`/api/audit?agencyId=${f.agencyA1}`);
    expect(all.body.total).toBeGreaterThan(0);
  });

  it('the secrecy clearance of officials is visible only to those who manage them', async () => {
    const adminA = await clientFor('admin.a', false);
    const clerkB = await clientFor('clerk.b', false);
    const id = f.users['leader.a']!.officialId;
    expect((await adminA.get(`/api/officials/${id}`)).body.clearance).toBe('none');
    expect((await clerkB.get(`/api/officials/${id}`)).body.clearance).toBeNull();
  });

  it("an agency administrator cannot raise anyone's clearance (their own included); a system administrator can", async () => {
    const adminA = await clientFor('admin.a', false);
    const target = f.users['admin.a']!.officialId;
    const refused = await adminA.patch(`/api/officials/${target}`, { clearance: 'top_secret' });
    expect(refused.status).toBe(403);
    expect(refused.body.errors[0].pointer).toBe('/body/clearance');
    // other edits still go through, with the clearance sent back unchanged
    expect(
      (await adminA.patch(`/api/officials/${target}`, { phone: '0214 3840 123', clearance: 'none' })).status,
    ).toBe(200);
    const created = await adminA.post('/api/officials', {
      agencyId: f.agencyA,
      fullName: 'Cán bộ mật',
      clearance: 'secret',
    });
    expect(created.status).toBe(403);
    const sys = await clientFor('sysadmin', false);
    const raised = await sys.patch(`/api/officials/${f.users['specialist.a']!.officialId}`, {
      clearance: 'confidential',
    });
    expect(raised.body.clearance).toBe('confidential');
    await sys.patch(`/api/officials/${f.users['specialist.a']!.officialId}`, { clearance: 'none' });
  });

  it('an agency administrator makes people clerks and leaders, but cannot hand out administrative powers', async () => {
    const adminA = await clientFor('admin.a', false);
    const user = await account(t, f);
    const clerk = await adminA.post(`/api/users/${user}/roles`, { role: 'clerk', agencyId: f.agencyA });
    expect(clerk.status).toBeLessThan(300);
    const leader = await adminA.post(`/api/users/${user}/roles`, { role: 'leader', agencyId: f.agencyA });
    expect(leader.status).toBeLessThan(300);
    const sys = await clientFor('sysadmin', false);
    await sys.post('/api/roles', {
      key: `clearance_officer_${uniq()}`.slice(0, 40),
      nameVi: 'Cán bộ bảo mật',
      nameEn: 'Security officer',
      permissions: ['directory.clearance.manage'],
    });
    const roles = (await sys.get('/api/roles')).body as { key: string; permissions: string[] }[];
    const officer = roles.find(
      (r) => r.permissions.includes('directory.clearance.manage') && r.key !== 'system_admin',
    )!;
    const refused = await adminA.post(`/api/users/${user}/roles`, { role: officer.key, agencyId: f.agencyA });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toContain('directory.clearance.manage');
  });
});
