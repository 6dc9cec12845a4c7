/**
 * The life of a dossier, declared as data: its statuses, and for each action the statuses it may start from
 * and the one it leads to. The server checks every transition against this table and nothing else, so the
 * table is the workflow (NĐ 61/2018 Art. 15–20 as amended, TT 01/2018/TT-VPCP; reference §3.4).
 */
export type DossierStatus =
  /** Submitted online, waiting for the counter to accept it (chờ tiếp nhận). */
  | 'waiting'
  /** The applicant must supplement it (Mẫu 02); once received, the clock is paused. */
  | 'supplement_requested'
  /** Going through the processing steps (đang giải quyết). */
  | 'processing'
  /** Waiting for the applicant to pay a fee or a financial obligation; the clock is paused. */
  | 'fee_pending'
  /** The result is ready to be handed back (chờ trả kết quả). */
  | 'result_ready'
  /** Result handed back (đã trả kết quả). */
  | 'returned'
  /** Refused (Mẫu 03). */
  | 'refused'
  /** Withdrawn by the applicant (rút hồ sơ). */
  | 'withdrawn';

export const dossierStatuses: readonly DossierStatus[] = [
  'waiting',
  'supplement_requested',
  'processing',
  'fee_pending',
  'result_ready',
  'returned',
  'refused',
  'withdrawn',
];

export const dossierStatusLabels: Record<DossierStatus, string> = {
  waiting: 'Chờ tiếp nhận',
  supplement_requested: 'Yêu cầu bổ sung',
  processing: 'Đang giải quyết',
  fee_pending: 'Chờ thực hiện nghĩa vụ tài chính',
  result_ready: 'Chờ trả kết quả',
  returned: 'Đã trả kết quả',
  refused: 'Từ chối',
  withdrawn: 'Đã rút',
};

/** Statuses from which nothing moves on. */
export const endedStatuses: ReadonlySet<DossierStatus> = new Set(['returned', 'refused', 'withdrawn']);

export type DossierAction =
  /** At the counter, a complete dossier: received, receipt Mẫu 01, the clock starts. */
  | 'receive'
  /** At the counter, an incomplete one handed in: recorded, Mẫu 02 given, not received yet. */
  | 'register_incomplete'
  /** Online: submitted, waiting for acceptance. */
  | 'submit_online'
  /** A waiting (online) dossier found complete: received, Mẫu 01. */
  | 'accept'
  /** Mẫu 02: before receipt (guidance) or while processing (the clock pauses). */
  | 'request_supplement'
  /** The applicant brought the supplement: received (before) or resumed (after). */
  | 'supplement'
  /**
   * The applicant answered online a supplement asked before receipt: the dossier waits for the counter to
   * check it and accept it again, as a fresh online submission would.
   */
  | 'resubmit_online'
  /** Mẫu 03. */
  | 'refuse'
  /** A step is done: on to the next one. */
  | 'forward'
  /** The last step before returning is done: the result is ready (ngày có kết quả). */
  | 'complete'
  /** Back to an earlier step (to rework). */
  | 'send_back'
  /** A leader of the step's agency hands the step in progress to one of its people. */
  | 'assign'
  /** The applicant owes a fee or a financial obligation: the clock pauses. */
  | 'request_fee'
  | 'fee_paid'
  /** Mẫu 04: a late dossier gets an apology and a new appointment; required before it moves on. */
  | 'apologise'
  /** The result handed back (counter, post or online). */
  | 'return_result'
  | 'withdraw';

interface Transition {
  from: readonly (DossierStatus | 'new')[];
  /** The status after; `same` keeps the status (a step moves, a slip is issued). */
  to: DossierStatus | 'same';
}

export const dossierTransitions: Record<DossierAction, Transition> = {
  receive: { from: ['new'], to: 'processing' },
  register_incomplete: { from: ['new'], to: 'supplement_requested' },
  submit_online: { from: ['new'], to: 'waiting' },
  accept: { from: ['waiting'], to: 'processing' },
  request_supplement: { from: ['waiting', 'processing'], to: 'supplement_requested' },
  supplement: { from: ['supplement_requested'], to: 'processing' },
  resubmit_online: { from: ['supplement_requested'], to: 'waiting' },
  refuse: { from: ['waiting', 'supplement_requested', 'processing'], to: 'refused' },
  forward: { from: ['processing'], to: 'same' },
  complete: { from: ['processing'], to: 'result_ready' },
  send_back: { from: ['processing'], to: 'same' },
  assign: { from: ['processing', 'fee_pending'], to: 'same' },
  request_fee: { from: ['processing'], to: 'fee_pending' },
  fee_paid: { from: ['fee_pending'], to: 'processing' },
  apologise: { from: ['processing', 'fee_pending', 'result_ready'], to: 'same' },
  return_result: { from: ['result_ready'], to: 'returned' },
  withdraw: { from: ['waiting', 'supplement_requested', 'processing', 'fee_pending'], to: 'withdrawn' },
};

/** What each action is called at the counter and in the history. */
export const dossierActionLabels: Record<DossierAction, string> = {
  receive: 'Tiếp nhận hồ sơ',
  register_incomplete: 'Hướng dẫn bổ sung khi tiếp nhận',
  submit_online: 'Nộp hồ sơ trực tuyến',
  accept: 'Tiếp nhận hồ sơ trực tuyến',
  request_supplement: 'Yêu cầu bổ sung, hoàn thiện hồ sơ',
  supplement: 'Nhận hồ sơ bổ sung',
  resubmit_online: 'Bổ sung hồ sơ trực tuyến, chờ tiếp nhận lại',
  refuse: 'Từ chối giải quyết hồ sơ',
  forward: 'Chuyển bước tiếp theo',
  complete: 'Hoàn thành giải quyết, chuyển trả kết quả',
  send_back: 'Trả lại bước trước',
  assign: 'Phân công xử lý',
  request_fee: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  fee_paid: 'Đã thực hiện nghĩa vụ tài chính',
  apologise: 'Xin lỗi và hẹn lại ngày trả kết quả',
  return_result: 'Trả kết quả',
  withdraw: 'Rút hồ sơ',
};

/** Whether `action` may happen to a dossier in `status` (`new`: not recorded yet). */
export function canTransition(status: DossierStatus | 'new', action: DossierAction): boolean {
  return dossierTransitions[action].from.includes(status);
}

/** The status after `action`, or undefined when the action is not allowed from `status`. */
export function nextStatus(status: DossierStatus | 'new', action: DossierAction): DossierStatus | undefined {
  if (!canTransition(status, action)) return undefined;
  const to = dossierTransitions[action].to;
  return to === 'same' ? (status as DossierStatus) : to;
}

/** Every action allowed from `status`, in declaration order. */
export function actionsFrom(status: DossierStatus | 'new'): DossierAction[] {
  return (Object.keys(dossierTransitions) as DossierAction[]).filter((a) => canTransition(status, a));
}
