import type { StepRole } from '@congso/one-stop/processing-steps';
import type { Ref } from '../../api/types.ts';

export type { StepRole };

/** One step of a procedure's processing steps (quy trình nội bộ) at a receiving agency, as the API answers it. */
export interface ProcessingStep {
  position: number;
  name: string;
  role: StepRole;
  handlerAgency: Ref;
  handlerDepartment: Ref | null;
  days: number;
}

export interface ProcessingSteps {
  procedure: { id: string; code: string; name: string; processingDays: number | null };
  agency: Ref & { code: string | null };
  /** empty: the procedure is not offered at this agency */
  steps: ProcessingStep[];
  totalDays: number;
  matchesLegalTime: boolean;
  can: { manage: boolean };
}

/** A receiving agency where the procedure is offered. */
export interface Offering {
  agency: Ref & { code: string | null };
  stepCount: number;
  totalDays: number;
  matchesLegalTime: boolean;
  updatedAt: string;
}

export interface StepInput {
  name: string;
  role: StepRole;
  handlerAgencyId: string;
  handlerDepartmentId: string | null;
  days: number;
}
