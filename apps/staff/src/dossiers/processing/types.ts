import type { DossierStep } from '../types.ts';

// What the processing routes take and answer besides the dossier's detail (`../types.ts`).

export interface StepHandler {
  id: string;
  displayName: string;
  departmentName: string | null;
}

export interface ForwardInput {
  note: string;
  fileIds: string[];
  assigneeId?: string | null;
}

export type ReturnInput =
  | { delivery: 'counter'; receivedBy: string; identityNote: string; note?: string | null }
  | { delivery: 'post'; address: string; tracking: string; note?: string | null }
  | { delivery: 'online'; note?: string | null };

export interface DeadlineItem {
  state: 'overdue' | 'due_soon';
  dossier: {
    id: string;
    code: string;
    status: string;
    applicantName: string;
    procedureName: string;
    dueAt: string;
    appointmentAt: string | null;
  };
  step: { position: number; name: string; role: DossierStep['role']; dueAt: string | null; overdue: boolean };
}

export interface DeadlineList {
  at: string;
  until: string;
  items: DeadlineItem[];
}
