import { documentName } from '../applications/form-names.ts';
import type { ResultDelivery } from './types.ts';

/** The names and ids of the fields of the forms on a dossier's page, shared by the views and the server. */
export const myDossierFields = {
  /** The radio group of how the result is received (its name; each choice's id is `deliveryChoice`). */
  delivery: 'cach-nhan',
  deliveryChoice: (value: ResultDelivery | string) => `cach-nhan-${value}`,
  address: 'dia-chi',
  /** The Mẫu 02 answered (hidden). */
  supplementSlip: 'phieu',
  /**
   * The file answering the n-th thing asked for: named as the application page names a document's upload,
   * so the server reads both with one reader (`applications/form-with-uploads.ts`).
   */
  supplementFile: documentName,
  supplementFileId: (index: number) => `tep-${index}`,
  /** The note sent with a supplement: its name, and the id of its control. */
  supplementNote: 'ghi-chu',
  supplementNoteId: 'ghi-chu-bo-sung',
  satisfaction: 'muc-do',
  satisfactionChoice: (value: string) => `muc-do-${value}`,
  score: 'diem',
  scoreChoice: (value: number | string) => `diem-${value}`,
  comment: 'y-kien',
} as const;
