import type { DocumentDetail } from '../types.ts';

/** What a dialog acting on one document is given (it is mounted only while open). */
export interface DocumentDialogProps {
  document: DocumentDetail;
  onSaved: (document: DocumentDetail) => void;
  onClose: () => void;
}
