import type { DossierStatus, Satisfaction } from '@congso/one-stop';

/** What of a dossier needs the applicant now (or tells them where things stand), as the list and detail say it. */
export type MyDossierAttention =
  | 'supplement'
  /** A supplement sent online, waiting for the counter to check it. */
  | 'supplement_sent'
  | 'fee'
  | 'result_online'
  | 'result_counter'
  | 'result_post'
  | 'rate';

export type ResultDelivery = 'counter' | 'post' | 'online';

export interface MyDossierItem {
  id: string;
  code: string;
  procedureName: string;
  agencyName: string;
  status: DossierStatus;
  submittedAt: Date;
  appointmentAt: Date | null;
  attention: MyDossierAttention[];
}

export interface MyDossierList {
  items: MyDossierItem[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * One line of the history as the applicant may read it: what happened (`kind`, a lifecycle action or a note
 * of `dossier_events`), who acted — "Bạn", or an agency, never an official — and the facts the line quotes.
 * The server decides what may be shown; the view words it.
 */
export interface MyDossierHistoryEntry {
  at: Date;
  kind: string;
  /** "Bạn" for the applicant's own acts, the agency's name for the authorities', null for the system. */
  by: string | null;
  /** Only what the slips given to the applicant say anyway, or the applicant's own words. */
  note: string | null;
  /** The step a dossier moved to (forwarded, sent back). */
  stepName?: string | null;
  dueAt?: Date | null;
  newAppointmentAt?: Date | null;
  amount?: number | null;
  purpose?: string | null;
  delivery?: ResultDelivery | null;
  address?: string | null;
  satisfaction?: Satisfaction | null;
  online?: boolean;
  paused?: boolean;
  postalStatus?: 'delivered' | 'failed' | null;
}

export interface MyDossierStep {
  name: string;
  /** The agency, and its department when the step names one. */
  unit: string;
  status: 'pending' | 'active' | 'done';
  dueAt: Date | null;
  finishedAt: Date | null;
}

export interface MyDossierFile {
  id: string;
  /** The required document (or the thing asked for in a supplement) it answers. */
  requirement: string | null;
  fileName: string | null;
  kind: 'submitted' | 'supplement' | 'result';
  addedAt: Date;
  /** A paper only (no scan): nothing to download. */
  downloadable: boolean;
}

export interface SupplementRequest {
  slipId: string;
  issuedAt: Date;
  reason: string | null;
  items: { name: string; reason: string }[];
  /** Answered online; the counter checks it before anything moves. */
  sent: boolean;
}

export interface MyDossierDetail {
  id: string;
  code: string;
  status: DossierStatus;
  procedure: { code: string; name: string };
  agencyName: string;
  summary: string | null;
  submittedAt: Date;
  receivedAt: Date | null;
  appointmentAt: Date | null;
  completedAt: Date | null;
  returnedAt: Date | null;
  resultDelivery: ResultDelivery;
  postalAddress: string | null;
  attention: MyDossierAttention[];
  steps: MyDossierStep[];
  history: MyDossierHistoryEntry[];
  slips: { id: string; form: '01' | '02' | '03' | '04'; issuedAt: Date }[];
  handedIn: MyDossierFile[];
  /** The result files; `resultAvailable` says whether they may be downloaded yet. */
  results: MyDossierFile[];
  resultAvailable: boolean;
  supplement: SupplementRequest | null;
  fee: { amount: number | null; purpose: string | null } | null;
  rating: { satisfaction: Satisfaction; score: number | null; comment: string | null; ratedAt: Date } | null;
  mayRate: boolean;
  mayChangeDelivery: boolean;
}

/** A form sent back with its problems: what was typed, and a message per field (by the field's id). */
export interface FormState<Values> {
  values: Values;
  errors: Record<string, string>;
}

export interface DeliveryValues {
  delivery: string;
  address: string;
}

export interface SupplementValues {
  note: string;
}

export interface RatingValues {
  satisfaction: string;
  score: string;
  comment: string;
}

/** What the detail page says after a successful form (post/redirect/get) or a form sent back. */
export type Flash =
  | 'submitted'
  | 'supplement_resumed'
  | 'supplement_waiting'
  | 'supplement_to_check'
  | 'delivery_changed'
  | 'rated';

export interface MyDossierPageState {
  flash?: Flash | undefined;
  /** A request the dossier's state refused (409), said at the top of the page. */
  refusal?: string | undefined;
  delivery?: FormState<DeliveryValues> | undefined;
  supplement?: FormState<SupplementValues> | undefined;
  rating?: FormState<RatingValues> | undefined;
}
