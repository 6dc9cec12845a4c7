import type { DossierFeedEvent } from '../dossiers/outbox.ts';
import type { Letter } from './letter.ts';
import type { NoticeDossier } from './repository.ts';
import {
  apologyNotice,
  feeNotice,
  feePaidNotice,
  type NoticeContext,
  type ResultDelivery,
  receivedNotice,
  refusedNotice,
  resultReadyNotice,
  resumedNotice,
  returnedNotice,
  type SupplementItem,
  submittedNotice,
  supplementNotice,
  withdrawnNotice,
} from './texts.ts';

/**
 * Which lines of a dossier's history the applicant is told of, and with which notice. What is not here (a step
 * forwarded, sent back or assigned, an opinion, a working file, the post's answer) is the back office's own
 * business: the line is skipped. The facts come from the history line itself (what was decided then), the
 * dossier only for what the line does not carry.
 */
type Compose = (ctx: NoticeContext, event: DossierFeedEvent, dossier: NoticeDossier) => Letter;

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const instant = (value: unknown): Date | null => {
  const at = text(value);
  return at ? new Date(at) : null;
};
const items = (value: unknown): SupplementItem[] =>
  Array.isArray(value)
    ? value.map((i: { name?: unknown; reason?: unknown }) => ({
        name: text(i?.name) ?? '',
        reason: text(i?.reason) ?? '',
      }))
    : [];
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const delivery = (value: unknown, fallback: ResultDelivery): ResultDelivery =>
  value === 'counter' || value === 'post' || value === 'online' ? value : fallback;

/** Received now (`dueAt` of the line is the appointment the receipt gave), else the dossier's appointment. */
const received: Compose = (ctx, e, d) => receivedNotice(ctx, instant(e.data.dueAt) ?? d.appointmentAt);

export const composers: Partial<Record<string, Compose>> = {
  submit_online: (ctx, e) => submittedNotice(ctx, e.at),
  receive: received,
  accept: received,
  register_incomplete: (ctx, e) => supplementNotice(ctx, items(e.data.items), e.note, false),
  request_supplement: (ctx, e) => supplementNotice(ctx, items(e.data.items), e.note, e.data.paused === true),
  // a supplement that completes a dossier never received issues the receipt (a slip); otherwise it resumes (one
  // the applicant sent online names the Mẫu 02 it answers as `answersSlipId`, and never issues a receipt)
  supplement: (ctx, e, d) => (e.data.slipId ? received(ctx, e, d) : resumedNotice(ctx, d.appointmentAt)),
  request_fee: (ctx, e) => feeNotice(ctx, Number(e.data.amount ?? 0), text(e.data.purpose) ?? e.note ?? ''),
  fee_paid: (ctx, _e, d) => feePaidNotice(ctx, d.appointmentAt),
  refuse: (ctx, e) => refusedNotice(ctx, strings(e.data.reasons), e.note),
  complete: (ctx, _e, d) => resultReadyNotice(ctx, d.resultDelivery, d.postalAddress),
  return_result: (ctx, e, d) =>
    returnedNotice(ctx, delivery(e.data.delivery, d.resultDelivery), e.at, text(e.data.tracking)),
  apologise: (ctx, e) => apologyNotice(ctx, e.note ?? '', instant(e.data.newAppointmentAt)),
  withdraw: (ctx) => withdrawnNotice(ctx),
};

/** The notice for a line of history, or undefined when the applicant is not told of it. */
export function noticeFor(
  event: DossierFeedEvent,
  dossier: NoticeDossier,
  publicUrl: string,
): Letter | undefined {
  const compose = composers[event.kind];
  return compose?.(contextOf(dossier, publicUrl), event, dossier);
}

/**
 * The page the notice links to: "my dossiers" when an account submitted the dossier, else the public lookup
 * by code (a counter dossier: the same address as the receipt's QR code).
 */
export function dossierLink(dossier: Pick<NoticeDossier, 'id' | 'code' | 'accountId'>, publicUrl: string) {
  const base = publicUrl.replace(/\/+$/, '');
  return dossier.accountId
    ? `${base}/ho-so-cua-toi/${dossier.id}`
    : `${base}/tra-cuu-ho-so?ma=${encodeURIComponent(dossier.code)}`;
}

function contextOf(dossier: NoticeDossier, publicUrl: string): NoticeContext {
  return {
    code: dossier.code,
    applicantKind: dossier.applicantKind,
    applicantName: dossier.applicantName,
    procedureName: dossier.procedureName,
    agencyName: dossier.agencyName,
    agencyAddress: dossier.agencyAddress,
    link: dossierLink(dossier, publicUrl),
    hasAccount: dossier.accountId !== null,
  };
}
