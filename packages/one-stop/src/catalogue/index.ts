export { type ChannelRow, channelsOf, feesOf, parseChannels, processingTimeOf } from './channels.ts';
export { parseRequiredDocuments } from './documents.ts';
export { distinctFees, GENERIC_FEE_NAME, readFeeCell } from './fees.ts';
export { parseLegalBasis } from './legal-basis.ts';
export {
  CATALOGUE_HEADERS,
  CATALOGUE_ROW_COLUMNS,
  type CatalogueRow,
  COLUMN_LIMITS,
  emptyRecord,
  FIELD_LABELS,
  fromCatalogueRow,
  fromNationalRecord,
  NATIONAL_RECORD_COLUMNS,
  PROCEDURE_CODE,
  recordProblems,
} from './record.ts';
export { parseResults } from './results.ts';
export { blockText, lineText, NO_INFO } from './text.ts';
export type {
  Channel,
  ChannelKind,
  Fee,
  LegalReference,
  OnlineService,
  ProcedureRecord,
  ProcedureResult,
  RequiredDocument,
  RowOutcome,
  RowProblem,
} from './types.ts';
