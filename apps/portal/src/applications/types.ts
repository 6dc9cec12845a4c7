import type { ApplicationForm } from '@congso/one-stop/application-form';

/** How the result reaches the applicant. */
export type ResultDelivery = 'online' | 'counter' | 'post';

/** The applicant's details on an application, as typed (text). */
export interface ApplicantDetails {
  name: string;
  idNumber: string;
  phone: string;
  email: string;
  address: string;
}

export type ApplicantDetail = keyof ApplicantDetails;

/** A required document (thành phần hồ sơ) of the procedure, with the file uploaded for it, if any. */
export interface DraftDocument {
  /** Its place in the procedure's list: names the upload control (`document.<index>`). */
  index: number;
  name: string;
  /** As published ("1 bản chính"). */
  quantity: string;
  required: boolean;
  /** The name of the form to fill in (mẫu đơn), if the procedure has one. */
  template: string;
  file: { name: string; size: number } | null;
}

/** What is wrong with an application, each at the place it is shown. */
export interface DraftProblems {
  applicant: Partial<Record<ApplicantDetail, string>>;
  /** Problems of the application form, at JSON pointers into its data (`/diaChi/tinh`). */
  form: { pointer: string; message: string }[];
  /** By document index. */
  documents: Partial<Record<number, string>>;
  postalAddress?: string;
  /** Problems no field shows. */
  other: string[];
}

/** The draft page: an application being filled in. */
export interface DraftView {
  id: string;
  procedure: { code: string; name: string };
  agencyName: string;
  applicantKind: 'citizen' | 'business';
  applicant: ApplicantDetails;
  /** The procedure's application form (tờ khai), read from its JSON Schema; null: it has none. */
  form: ApplicationForm | null;
  /** The form's answers as typed. */
  formData: Record<string, unknown>;
  documents: DraftDocument[];
  resultDelivery: ResultDelivery;
  postalAddress: string;
  uploadLimitBytes: number;
  /** Sent back with its problems (status 422). */
  problems?: DraftProblems;
  /** What was just done, told at the top: the draft saved (possibly with problems still to fix), a file removed. */
  notice?: string;
}

/** A line of the applicant's drafts. */
export interface DraftSummary {
  id: string;
  procedureCode: string;
  procedureName: string;
  agencyName: string;
  updatedAt: Date;
  files: number;
}

/** An agency where the procedure may be applied for online. */
export interface OnlineAgency {
  id: string;
  name: string;
  address: string | null;
}
