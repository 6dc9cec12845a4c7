import { sql } from 'kysely';
import { giveDirective, giveOpinion, submitToLeader } from '../modules/documents/handling.ts';
import { issueOutgoing } from '../modules/documents/issuing.ts';
import { registerIncoming } from '../modules/documents/service.ts';
import type { Actor, Clearance, RoleGrant } from '../platform/auth/actor.ts';
import type { RequestContext } from '../platform/context.ts';
import { systemContext } from '../platform/context.ts';
import type { Database } from '../platform/db/database.ts';

/** A request context acting as a demo account, so the demo documents go through the real services. */
export async function actingAs(db: Database, username: string): Promise<RequestContext> {
  const user = await db
    .selectFrom('users as u')
    .innerJoin('officials as o', 'o.id', 'u.officialId')
    .select(['u.id', 'u.username', 'u.displayName', 'u.officialId', 'o.agencyId', 'o.clearance'])
    .where('u.username', '=', username)
    .executeTakeFirstOrThrow();
  const grants = await db
    .selectFrom('roleAssignments as ra')
    .innerJoin('roles as r', 'r.key', 'ra.role')
    .select(['ra.role', 'ra.agencyId', 'ra.includeSubtree', 'r.permissions'])
    .where('ra.userId', '=', user.id)
    .execute();
  const actor: Actor = {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    kind: 'staff',
    officialId: user.officialId,
    agencyId: user.agencyId,
    clearance: user.clearance as Clearance,
    grants: grants as RoleGrant[],
    sessionId: 'seed',
    mustChangePassword: false,
  };
  return { ...systemContext('seed'), actor };
}

const userId = (ctx: RequestContext) => ctx.actor!.userId;

/**
 * A few documents in the demo province, made through the same services as the API: Sở Nội vụ has received
 * documents at each step (just registered, urgent and waiting for the leader, being handled), and Sở Tài chính
 * has issued one to Sở Nội vụ (waiting in its queue) and to a ministry outside the platform.
 */
export async function seedDemoDocuments(db: Database): Promise<number> {
  const existing = await db
    .selectFrom('documents')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  if (existing.n > 0) return 0;
  const clerk = await actingAs(db, 'vanthu.snv');
  const leader = await actingAs(db, 'lanhdao.snv');
  const specialist = await actingAs(db, 'chuyenvien.snv');
  const clerkStc = await actingAs(db, 'vanthu.stc');
  const snv = clerk.actor!.agencyId!;

  await registerIncoming(db, clerk, {
    agencyId: snv,
    documentType: 'cong_van',
    number: 1824,
    notation: 'BNV-CCVC',
    subject: 'V/v báo cáo số lượng, chất lượng cán bộ, công chức, viên chức năm 2026',
    issuerName: 'Bộ Nội vụ',
    issuedOn: '2026-11-16',
    urgency: 'normal',
    secrecy: 'none',
    medium: 'electronic',
    dueOn: '2026-12-15',
  });
  const urgent = await registerIncoming(db, clerk, {
    agencyId: snv,
    documentType: 'cong_dien',
    number: 12,
    notation: 'CĐ-UBND',
    subject: 'Công điện về việc chủ động ứng phó với mưa lũ, sạt lở đất',
    issuerName: 'Ủy ban nhân dân tỉnh Lào Cai',
    issuedOn: '2026-11-20',
    urgency: 'flash',
    secrecy: 'none',
    medium: 'electronic',
  });
  await submitToLeader(db, clerk, urgent.id, userId(leader), 'Đề nghị đồng chí Giám đốc cho ý kiến chỉ đạo');

  const plan = await registerIncoming(db, clerk, {
    agencyId: snv,
    documentType: 'ke_hoach',
    number: 245,
    notation: 'KH-UBND',
    subject: 'Kế hoạch kiểm tra công tác văn thư, lưu trữ năm 2027',
    issuerName: 'Ủy ban nhân dân tỉnh Lào Cai',
    issuedOn: '2026-11-10',
    urgency: 'normal',
    secrecy: 'none',
    medium: 'paper',
    pageCount: 6,
  });
  await submitToLeader(db, clerk, plan.id, userId(leader));
  const directed = await giveDirective(db, leader, plan.id, {
    directive: 'Giao chuyên viên tham mưu triển khai, báo cáo kết quả trước ngày 15/12',
    lead: { userId: userId(specialist) },
    collaborators: [],
    informed: [{ userId: userId(clerk) }],
    dueOn: '2026-12-15',
  });
  const lead = directed.tasks.find((t) => t.kind === 'lead')!;
  await giveOpinion(db, specialist, plan.id, lead.id, {
    text: 'Đang tổng hợp danh sách cơ quan, đơn vị được kiểm tra',
  });

  await issueOutgoing(db, clerkStc, {
    documentType: 'cong_van',
    subject: 'V/v hướng dẫn lập dự toán ngân sách nhà nước năm 2027',
    signerName: 'Hoàng Văn Thắng',
    signerPosition: 'Phó Giám đốc',
    signingCapacity: 'kt',
    urgency: 'urgent',
    secrecy: 'none',
    medium: 'electronic',
    recipients: [{ agencyId: snv }, { name: 'Bộ Tài chính' }],
  });
  return 4;
}
