import type { DossierDetail } from '../types.ts';

/** What a dialog acting on one dossier is given (it is mounted only while open). */
export interface DossierDialogProps {
  dossier: DossierDetail;
  onSaved: (dossier: DossierDetail) => void;
  onClose: () => void;
}

/** The step in progress of a dossier, if any. */
export const activeStepOf = (dossier: DossierDetail) =>
  dossier.steps.find((s) => s.status === 'active' && s.position === dossier.currentStep?.position);
