import type { DossierAction, DossierStatus } from '@congso/one-stop/lifecycle';
import type { Ref } from '../api/types.ts';

// What the dossier routes answer and take (apps/server/src/modules/dossiers/schema.ts).

export type { DossierAction, DossierStatus };
export type Channel = 'counter' | 'online' | 'post';
export type ApplicantKind = 'citizen' | 'business';
export type ResultDelivery = 'counter' | 'post' | 'online';
export type CopyKind = 'original' | 'copy' | 'certified_copy' | 'electronic';
export type FileKind = 'submitted' | 'supplement' | 'working' | 'result';
export type StepRole = 'receive' | 'handle' | 'approve' | 'return';
export type Timeliness = 'early' | 'on_time' | 'overdue';
export type Queue = 'waiting' | 'mine' | 'counter' | 'overdue' | 'due_soon';
export type SlipForm = '01' | '02' | '03' | '04';

export const queues: readonly Queue[] = ['mine', 'waiting', 'counter', 'due_soon', 'overdue'];
export const copyKinds: readonly CopyKind[] = ['original', 'copy', 'certified_copy', 'electronic'];

/** A required document (thành phần hồ sơ) as the catalogue publishes it. */
export interface RequiredDocument {
  name: string;
  /** The file name of the official template (mẫu đơn, tờ khai), if any. */
  template: string;
  /** As published: "1 bản chính", "1 bản chính, 1 bản sao"; empty when not given. */
  quantity: string;
  required: boolean;
  /** The heading it is listed under, if any. */
  group: string;
}

export interface DossierSummary {
  id: string;
  code: string;
  agency: Ref;
  status: DossierStatus;
  channel: Channel;
  applicantKind: ApplicantKind;
  applicantName: string;
  summary: string | null;
  procedure: { id: string; code: string; name: string };
  currentStep: {
    position: number;
    name: string;
    role: StepRole;
    handlerAgency: Ref;
    dueAt: string | null;
  } | null;
  submittedAt: string;
  receivedAt: string | null;
  dueAt: string | null;
  appointmentAt: string | null;
  pausedSince: string | null;
  completedAt: string | null;
  endedAt: string | null;
  timeliness: Timeliness | null;
  /** the applicant sent a supplement online, for the counter to check */
  supplementSent: boolean;
}

export interface DossierStep {
  position: number;
  name: string;
  role: StepRole;
  handlerAgency: Ref;
  handlerDepartment: Ref | null;
  days: number;
  status: 'pending' | 'active' | 'done';
  assignee: Ref | null;
  startedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  finishedBy: Ref | null;
  overdue: boolean;
}

export interface DossierFile {
  id: string;
  kind: FileKind;
  requirement: string | null;
  copyKind: CopyKind | null;
  quantity: number | null;
  fileName: string | null;
  mediaType: string | null;
  size: number | null;
  step: number | null;
  addedBy: Ref | null;
  addedAt: string;
}

export interface DossierEvent {
  id: number;
  at: string;
  kind: string;
  actor: Ref | null;
  actorAgency: Ref | null;
  statusFrom: DossierStatus | null;
  statusTo: DossierStatus | null;
  step: number | null;
  toStep: number | null;
  note: string | null;
  data: Record<string, unknown>;
}

export interface DossierSlip {
  id: string;
  form: SlipForm;
  issuedAt: string;
  issuedBy: Ref | null;
  reason: string | null;
  items: { name: string; reason: string }[];
  newAppointmentAt: string | null;
  step: number | null;
}

export interface DossierDetail extends Omit<DossierSummary, 'agency'> {
  agency: Ref & { code: string | null };
  applicant: {
    kind: ApplicantKind;
    name: string;
    idNumber: string;
    phone: string | null;
    email: string | null;
    address: string | null;
  };
  formData: Record<string, unknown>;
  processingDays: number;
  receivedBy: Ref | null;
  returnedAt: string | null;
  resultDelivery: ResultDelivery;
  postalAddress: string | null;
  postalTracking: string | null;
  postalStatus: 'sent' | 'delivered' | 'failed' | null;
  procedure: {
    id: string;
    code: string;
    name: string;
    field: string;
    processingDays: number | null;
    processingTimeText: string;
    requiredDocuments: RequiredDocument[];
    formSchema: Record<string, unknown> | null;
  };
  steps: DossierStep[];
  pauses: { reason: 'supplement' | 'fee'; startedAt: string; endedAt: string | null }[];
  files: DossierFile[];
  events: DossierEvent[];
  slips: DossierSlip[];
  /** What the current user may do now (the server decides; the page shows only these). */
  actions: DossierAction[];
  /** The counter may attach scans of papers handed in. */
  mayAddScans: boolean;
  /** The applicant's satisfaction rating, given on the portal once the result is ready. */
  rating: DossierRating | null;
}

export interface DossierRating {
  satisfaction: 'satisfied' | 'normal' | 'unsatisfied';
  score: number | null;
  comment: string | null;
  ratedAt: string;
}

export interface OfferedProcedure {
  id: string;
  code: string;
  name: string;
  field: string;
  processingDays: number;
  processingTimeText: string;
  onlineService: 'full' | 'partial' | 'none';
  requiredDocuments: RequiredDocument[];
  formSchema: Record<string, unknown> | null;
  steps: { position: number; name: string; role: StepRole; days: number; handlerAgency: Ref }[];
}

export interface HandedInDocument {
  requirement: string;
  copyKind: CopyKind;
  quantity: number;
  blobId?: string | null;
}

export interface SupplementItem {
  document: string;
  reason: string;
}

export interface ReceiveInput {
  agencyId?: string;
  procedureId: string;
  applicant: {
    kind: ApplicantKind;
    name: string;
    idNumber: string;
    phone?: string | null;
    email?: string | null;
    address?: string | null;
  };
  summary?: string | null;
  formData: Record<string, unknown>;
  documents: HandedInDocument[];
  resultDelivery: ResultDelivery;
  postalAddress?: string | null;
  outcome: 'complete' | 'incomplete';
  supplementItems: SupplementItem[];
  note?: string | null;
}

export interface StagedUpload {
  blobId: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
}

export interface DossierListParams {
  q?: string | undefined;
  queue?: Queue | undefined;
  status?: DossierStatus | undefined;
  procedureId?: string | undefined;
  channel?: Channel | undefined;
  receivedFrom?: string | undefined;
  receivedTo?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}
