/** The procedure catalogue as the API answers it (see the server's modules/procedures/schema.ts). */

import type {
  Fee,
  LegalReference,
  OnlineService,
  ProcedureRecord,
  ProcedureResult,
  RequiredDocument,
} from '@congso/one-stop/catalogue/types';

// The parts of a procedure are the standards library's own types (type-only: nothing of it reaches the bundle).
export type {
  Channel,
  ChannelKind,
  Fee,
  LegalReference,
  OnlineService,
  ProcedureResult,
  RequiredDocument,
} from '@congso/one-stop/catalogue/types';

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

/** A procedure with everything the catalogue keeps about it (the row the import wrote, as staff edited it). */
export interface ProcedureDetail extends ProcedureSummary, ProcedureRecord {
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
