/**
 * Quy trình nội bộ (internal processing steps): how the legal processing time of a procedure is split
 * between the units that take part, at one receiving agency (NĐ 61/2018 Art. 31; provinces approve them by
 * decision). The rules here are the ones a list of steps must meet whatever the database holds: the days
 * add up exactly to the legal time, the dossier is received and returned at the counter of the receiving
 * agency, and someone handles it in between. A handler may be another agency (một cửa liên thông).
 */

/** receive (at the counter), handle (thụ lý, appraisal), approve (a leader decides), return (trả kết quả). */
export const stepRoles = ['receive', 'handle', 'approve', 'return'] as const;
export type StepRole = (typeof stepRoles)[number];

/** What the rules look at in a step. */
export interface StepDraft {
  role: StepRole;
  handlerAgencyId: string;
  /** Working days; fractions of a day are common (0,5), at most two decimals. */
  days: number;
}

/** One rule a list of steps breaks: which step (0-based; null: the list as a whole) and which part of it. */
export interface StepProblem {
  step: number | null;
  part: 'role' | 'handlerAgencyId' | 'days' | null;
  message: string;
}

/**
 * Days as a whole number of hundredths, or null when the value has more than two decimals (or is not a
 * finite number). Sums are compared in hundredths: in floating point 0.1 + 0.2 is not 0.3.
 */
export function toHundredths(days: number): number | null {
  if (!Number.isFinite(days)) return null;
  const hundredths = Math.round(days * 100);
  // 0.29 * 100 is 28.999999999999996: a value written with two decimals lands within a hair of an integer
  return Math.abs(days * 100 - hundredths) < 1e-6 ? hundredths : null;
}

/** `250` hundredths → "2,5": the Vietnamese decimal comma, no trailing zeros. */
export function formatHundredths(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  const whole = Math.floor(abs / 100);
  const cents = abs % 100;
  if (cents === 0) return `${sign}${whole}`;
  return `${sign}${whole},${String(cents).padStart(2, '0').replace(/0$/, '')}`;
}

/** A number of days written the Vietnamese way ("0,5"); values with more decimals are rounded. */
export const formatDays = (days: number): string => formatHundredths(Math.round(days * 100));

/** The total of the steps' days in hundredths (steps with more than two decimals count as rounded). */
export function totalHundredths(steps: readonly Pick<StepDraft, 'days'>[]): number {
  return steps.reduce((sum, step) => sum + Math.round(step.days * 100), 0);
}

/**
 * Every rule the steps break, in the order of the list, or none. `legalDays` is the procedure's legal
 * processing time (null while unknown: then nothing can be checked against it and that is the problem).
 */
export function processingStepProblems(input: {
  legalDays: number | null;
  receivingAgencyId: string;
  steps: readonly StepDraft[];
}): StepProblem[] {
  const { legalDays, receivingAgencyId, steps } = input;
  if (legalDays === null)
    return [
      {
        step: null,
        part: null,
        message:
          'Thủ tục chưa có thời hạn giải quyết theo quy định; hãy nhập thời hạn giải quyết trước khi lập quy trình nội bộ',
      },
    ];
  if (steps.length === 0) return [{ step: null, part: null, message: 'Quy trình nội bộ chưa có bước nào' }];

  const problems: StepProblem[] = [];
  const last = steps.length - 1;
  steps.forEach((step, i) => {
    if (step.days < 0) problems.push({ step: i, part: 'days', message: 'Số ngày không được âm' });
    else if (toHundredths(step.days) === null)
      problems.push({
        step: i,
        part: 'days',
        message: 'Số ngày chỉ được có tối đa hai chữ số thập phân (ví dụ 0,5 hoặc 1,25)',
      });
    if (i === 0 && step.role !== 'receive')
      problems.push({ step: i, part: 'role', message: 'Bước đầu tiên phải là bước tiếp nhận hồ sơ' });
    else if (i === last && step.role !== 'return')
      problems.push({ step: i, part: 'role', message: 'Bước cuối cùng phải là bước trả kết quả' });
    else if (i > 0 && step.role === 'receive')
      problems.push({ step: i, part: 'role', message: 'Chỉ bước đầu tiên là bước tiếp nhận hồ sơ' });
    else if (i < last && step.role === 'return')
      problems.push({ step: i, part: 'role', message: 'Chỉ bước cuối cùng là bước trả kết quả' });
    if ((i === 0 || i === last) && step.handlerAgencyId !== receivingAgencyId)
      problems.push({
        step: i,
        part: 'handlerAgencyId',
        message: `${i === 0 ? 'Bước tiếp nhận' : 'Bước trả kết quả'} phải do chính cơ quan tiếp nhận hồ sơ thực hiện`,
      });
  });
  if (!steps.some((step) => step.role === 'handle'))
    problems.push({
      step: null,
      part: null,
      message: 'Quy trình nội bộ phải có ít nhất một bước thụ lý, thẩm định hồ sơ',
    });

  const legal = toHundredths(legalDays);
  const daysReadable = steps.every((step) => step.days >= 0 && toHundredths(step.days) !== null);
  if (legal !== null && daysReadable) {
    const total = totalHundredths(steps);
    if (total !== legal) {
      const gap = formatHundredths(Math.abs(legal - total));
      problems.push({
        step: null,
        part: 'days',
        message:
          `Tổng thời gian các bước là ${formatHundredths(total)} ngày làm việc, chưa bằng thời hạn giải quyết ` +
          `theo quy định là ${formatHundredths(legal)} ngày (${total < legal ? 'còn thiếu' : 'vượt quá'} ${gap} ngày)`,
      });
    }
  }
  return problems;
}
