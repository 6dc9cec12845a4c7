import type { WorkFileDetail } from './types.ts';

/** What a dialog acting on one work file is given (it is mounted only while open). */
export interface WorkFileDialogProps {
  file: WorkFileDetail;
  onSaved: (next: WorkFileDetail) => void;
  onClose: () => void;
}
