/** The procedure catalogue as the API answers it (see the server's modules/procedures/schema.ts). */

export type OnlineService = 'full' | 'partial' | 'none';
export type ChannelKind = 'counter' | 'online' | 'post';

export interface ProcedureSummary {
  id: string;
  code: string;
  name: string;
  field: string;
  level: string;
  onlineService: OnlineService;
  /** legal processing time in working days; null while unknown (dossiers cannot be received) */
  processingDays: number | null;
  active: boolean;
  updatedAt: string;
}

export interface Channel {
  channel: ChannelKind;
  days: number | null;
  timeText: string;
  feeText: string;
  description: string;
}

export interface Fee {
  name: string;
  /** VND; null when the text says more than one plain amount */
  amount: number | null;
  text: string;
}

export interface RequiredDocument {
  name: string;
  template: string;
  quantity: string;
  required: boolean;
  group: string;
}

export interface ProcedureResult {
  name: string;
  code: string;
}

export interface LegalReference {
  title: string;
  reference: string;
}

export interface ProcedureDetail extends ProcedureSummary {
  kind: string;
  decisionRef: string;
  applicantTypes: string;
  competentAuthority: string;
  issuingBody: string;
  implementingAgency: string;
  processingTimeText: string;
  channels: Channel[];
  fees: Fee[];
  requiredDocuments: RequiredDocument[];
  results: ProcedureResult[];
  legalBasis: LegalReference[];
  conditions: string;
  sequenceText: string;
  sourceUrl: string;
  createdAt: string;
  updatedBy: string | null;
  can: { manage: boolean };
}

export interface ProcedureListParams {
  q?: string | undefined;
  field?: string | undefined;
  level?: string | undefined;
  onlineService?: OnlineService | undefined;
  active?: boolean | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

/** What staff edit by hand; channels and the sequence of steps stay as the national database published them. */
export interface ProcedureInput {
  name: string;
  field: string;
  level: string;
  kind: string;
  decisionRef: string;
  applicantTypes: string;
  issuingBody: string;
  implementingAgency: string;
  onlineService: OnlineService;
  processingDays: number | null;
  processingTimeText: string;
  fees: Fee[];
  requiredDocuments: RequiredDocument[];
  results: ProcedureResult[];
  legalBasis: LegalReference[];
  conditions: string;
  active: boolean;
}

export type CreateProcedureInput = Partial<ProcedureInput> & { code: string; name: string };

export interface FieldCount {
  name: string;
  count: number;
}
