/**
 * What the public pages of the procedure catalogue show; the server fills these (apps/server
 * modules/public-procedures). Texts are as the catalogue publishes them; the views escape them.
 */

import type { OnlineService, ProcedureRecord, RequiredDocument } from '@congso/one-stop';

export type { OnlineService };

/** A search of the catalogue as the form sends it; empty strings for filters not chosen. */
export interface ProcedureSearch {
  q: string;
  /** Lĩnh vực, exactly as published. */
  field: string;
  /** A receiving agency's id: only procedures with processing steps there. */
  agency: string;
  /** Cấp thực hiện ("Cấp tỉnh"): procedures whose level names it. */
  level: string;
  online: OnlineService | '';
  /** Only procedures one can apply for online now (offered somewhere, online full or partial). */
  onlyOnline: boolean;
  page: number;
}

export interface ProcedureListItem {
  code: string;
  name: string;
  field: string;
  level: string;
  onlineService: OnlineService;
  /** The receiving agencies that offer it, in the directory's order. */
  agencies: string[];
  /** Offered at some agency and online full or partial: "Nộp trực tuyến". */
  appliesOnline: boolean;
}

/** The choices of the filters, from the catalogue in use. */
export interface ProcedureFacets {
  fields: string[];
  agencies: { id: string; name: string }[];
  levels: string[];
}

export interface ProcedureSearchResult {
  items: ProcedureListItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface PublicRequiredDocument extends RequiredDocument {
  /** Where the province's template file is downloaded (uploaded by the catalogue's keepers), if any. */
  templateFile: { url: string; fileName: string; size: number } | null;
}

export interface PublicProcessingStep {
  name: string;
  /** The agency (and its department) that carries the step out. */
  unit: string;
  days: number;
}

/** A receiving agency where the procedure is offered: its processing steps, and whether one applies online there. */
export interface PublicOffering {
  agencyId: string;
  agencyName: string;
  address: string | null;
  phone: string | null;
  steps: PublicProcessingStep[];
  totalDays: number;
  appliesOnline: boolean;
}

/** The catalogue's record of a procedure, as much of it as the public page shows, with the province's templates. */
export interface PublicProcedure
  extends Pick<
    ProcedureRecord,
    | 'code'
    | 'name'
    | 'field'
    | 'level'
    | 'kind'
    | 'decisionRef'
    | 'applicantTypes'
    | 'competentAuthority'
    | 'implementingAgency'
    | 'onlineService'
    | 'processingDays'
    | 'processingTimeText'
    | 'channels'
    | 'fees'
    | 'results'
    | 'legalBasis'
    | 'conditions'
    | 'sequenceText'
    | 'sourceUrl'
  > {
  requiredDocuments: PublicRequiredDocument[];
  offerings: PublicOffering[];
}
