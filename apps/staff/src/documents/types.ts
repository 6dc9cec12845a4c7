import type { Ref } from '../api/types.ts';

export type Direction = 'incoming' | 'outgoing';

export const documentStatuses = [
  'draft',
  'in_review',
  'approved',
  'cancelled',
  'received',
  'registered',
  'submitted',
  'in_progress',
  'done',
  'rejected',
  'issued',
  'recalled',
  'replaced',
] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

/** The statuses of an outgoing document before it is numbered and issued. */
export const draftStatuses: readonly DocumentStatus[] = ['draft', 'in_review', 'approved', 'cancelled'];

export type TaskKind = 'direct' | 'lead' | 'collaborator' | 'informed' | 'review' | 'sign' | 'revise';
export type TaskStatus = 'waiting' | 'open' | 'in_progress' | 'done' | 'returned' | 'delegated' | 'cancelled';
export type Medium = 'paper' | 'electronic';
export type OutgoingNumbering = 'single' | 'per_type';

/** A document in a list, as GET /api/documents answers. */
export interface DocumentSummary {
  id: string;
  agencyId: string;
  direction: Direction;
  status: DocumentStatus;
  documentType: string;
  documentTypeName: string;
  reference: string | null;
  subject: string;
  issuerName: string | null;
  issuedOn: string | null;
  urgency: string;
  secrecy: string;
  registerYear: number | null;
  registerNumber: number | null;
  receivedAt: string;
  dueAt: string | null;
}

export interface DocumentTask {
  id: string;
  kind: TaskKind;
  status: TaskStatus;
  assignee: Ref | null;
  department: Ref | null;
  dueAt: string | null;
  instruction: string | null;
  result: string | null;
  parentTaskId: string | null;
  /** the review step of a draft (the same number: in parallel) and the round of review */
  step: number | null;
  round: number | null;
  assignedBy: Ref | null;
  createdAt: string;
  completedAt: string | null;
  can: { act: boolean; delegate: boolean; decideExtension: boolean };
}

export interface DocumentEvent {
  id: number;
  kind: string;
  actorName: string | null;
  detail: string | null;
  data: Record<string, unknown>;
  createdAt: string;
}

export interface DocumentFile {
  id: string;
  fileName: string;
  /** the version of a draft this file is */
  version: number | null;
  mediaType: string;
  size: number;
  sha256: string;
  createdAt: string;
  /** whether the file's text is read for document search (`empty`: a scan without text) */
  textStatus: FileTextStatus;
}

export type FileTextStatus = 'pending' | 'done' | 'empty' | 'failed' | 'unsupported';

export interface DocumentDelivery {
  id: string;
  recipientAgencyId: string | null;
  recipientName: string;
  recipientCode: string | null;
  status: string;
  statusName: string;
  statusDetail: string | null;
  statusAt: string;
}

/** What the signed-in user may do with the document, decided by the server. */
export interface DocumentAbilities {
  register: boolean;
  reject: boolean;
  submit: boolean;
  direct: boolean;
  recall: boolean;
  upload: boolean;
  edit: boolean;
  submitForReview: boolean;
  issue: boolean;
  replace: boolean;
  update: boolean;
}

/** Another document as a link: the one a document replaces, or the one replacing it. */
export interface DocumentLink {
  id: string;
  reference: string | null;
  subject: string;
}

/** A recipient chosen while drafting: an agency on the platform (its name), or a name outside it. */
export interface PlannedRecipient {
  agencyId: string | null;
  name: string;
  code: string | null;
}

export interface DocumentDetail extends DocumentSummary {
  agencyName: string;
  number: number | null;
  notation: string | null;
  summary: string | null;
  signerName: string | null;
  signerPosition: string | null;
  signingCapacity: string | null;
  medium: Medium;
  pageCount: number | null;
  copyCount: number | null;
  recipientsText: string | null;
  note: string | null;
  department: Ref | null;
  sourceDocumentId: string | null;
  /** the document this one replaces, and the one replacing it (as far as the user may see them) */
  replaces: DocumentLink | null;
  replacedBy: DocumentLink | null;
  /** the issuer's last update; `applied` false on a registered copy, which only records it */
  lastUpdate: { at: string; reason: string | null; applied: boolean } | null;
  plannedRecipients: PlannedRecipient[] | null;
  registeredAt: string | null;
  completedAt: string | null;
  tasks: DocumentTask[];
  events: DocumentEvent[];
  files: DocumentFile[];
  deliveries: DocumentDelivery[];
  can: DocumentAbilities;
  /** who approved the draft as its signer, and when */
  signedBy: string | null;
  signedAt: string | null;
}

export interface WorklistItem {
  task: { id: string; kind: TaskKind; status: TaskStatus; dueAt: string | null };
  document: DocumentSummary;
  overdue: boolean;
  dueSoon: boolean;
}

export interface Worklist {
  items: WorklistItem[];
  counts: { open: number; dueSoon: number; overdue: number; urgent: number; toRegister: number };
}

export interface DocumentSettings {
  agencyId: string;
  outgoingNumbering: OutgoingNumbering;
}

export interface RegisterEntry {
  registerNumber: number;
  receivedAt: string;
  reference: string | null;
  issuedOn: string | null;
  documentTypeName: string;
  subject: string;
  issuerName: string | null;
  signerName: string | null;
  recipients: string | null;
  handlers: string | null;
  copyCount: number | null;
  note: string | null;
}

export interface RegisterView {
  agencyName: string;
  direction: Direction;
  year: number;
  secret: boolean;
  entries: RegisterEntry[];
}

export interface DocumentListParams {
  direction?: Direction | undefined;
  q?: string | undefined;
  status?: DocumentStatus | undefined;
  documentType?: string | undefined;
  urgentOnly?: boolean | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

/** A person (user id) or a department of the agency. */
export interface DocumentPerson {
  userId: string;
  displayName: string;
  position: string | null;
  department: { id: string; name: string } | null;
  roles: string[];
}

export interface Assignee {
  userId?: string;
  departmentId?: string;
}

export interface RegisterIncomingInput {
  documentType: string;
  number?: number | null;
  notation?: string | null;
  subject: string;
  summary?: string | null;
  issuerName: string;
  issuedOn?: string | null;
  signerName?: string | null;
  urgency?: string;
  secrecy?: string;
  medium?: Medium;
  pageCount?: number | null;
  dueOn?: string | null;
  note?: string | null;
}

export interface RecipientInput {
  agencyId?: string;
  name?: string;
}

export interface IssueOutgoingInput {
  documentType: string;
  subject: string;
  summary?: string | null;
  departmentId?: string | null;
  signerName: string;
  signerPosition: string;
  signingCapacity?: string;
  urgency?: string;
  secrecy?: string;
  medium?: Medium;
  copyCount?: number | null;
  pageCount?: number | null;
  recipients: RecipientInput[];
  recipientsText?: string | null;
  note?: string | null;
}

/** A replacement: a new document issued in place of an issued one, and why. */
export type ReplaceOutgoingInput = IssueOutgoingInput & { reason: string };

/** What an update of an issued document may correct (only what changed is sent), and why. */
export interface UpdateIssuedInput {
  subject?: string;
  summary?: string | null;
  signerName?: string;
  signerPosition?: string;
  urgency?: string;
  pageCount?: number | null;
  recipientsText?: string | null;
  reason: string;
}

/** What a draft of an outgoing document says (POST /api/documents/drafts; PATCH sends what changed). */
export interface DraftInput {
  documentType: string;
  subject: string;
  summary?: string | null;
  departmentId?: string | null;
  signerName?: string | null;
  signerPosition?: string | null;
  signingCapacity?: string;
  urgency?: string;
  secrecy?: string;
  recipients: RecipientInput[];
  recipientsText?: string | null;
  note?: string | null;
}

/** Who reviews a draft: steps in sequence, each of people in parallel; then the signer. */
export interface ReviewPlanInput {
  steps: string[][];
  signerUserId: string;
}

export interface DirectiveInput {
  directive: string;
  lead: Assignee;
  collaborators: Assignee[];
  informed: Assignee[];
  dueOn?: string | null;
  dueInWorkingDays?: number;
}
