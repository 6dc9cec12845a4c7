/**
 * What the public lookup of a dossier shows: where it stands, never who it belongs to. The server fills it
 * (apps/server modules/public-procedures) from columns that carry nothing personal.
 */
export interface PublicDossierStatus {
  code: string;
  /** The status as the lifecycle names it ("Đang giải quyết"). */
  statusLabel: string;
  /** Returned, refused or withdrawn: nothing moves any more. */
  ended: boolean;
  procedureCode: string;
  procedureName: string;
  agencyName: string;
  submittedAt: Date;
  /** Received complete: the clock started. Null while it waits for acceptance or a supplement. */
  receivedAt: Date | null;
  /** Ngày hẹn trả kết quả, as the receipt (or an apology slip) gave it. */
  appointmentAt: Date | null;
  /** The step in progress and who carries it out. */
  currentStep: { name: string; unit: string } | null;
  /** Early, on time or overdue once finished; only `overdue` (or null) while under way. */
  timeliness: 'early' | 'on_time' | 'overdue' | null;
  completedAt: Date | null;
  returnedAt: Date | null;
}

export type DossierLookup =
  /** The form alone: nothing asked yet. */
  | { kind: 'form' }
  | { kind: 'found'; dossier: PublicDossierStatus }
  /** Nothing with that code, or not a dossier code at all (`hint` says what one looks like). */
  | { kind: 'not-found'; code: string; hint: string | null };
