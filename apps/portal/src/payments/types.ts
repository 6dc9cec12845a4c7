/** What the payment pages show, as the server fills it in (amounts in words come ready-written). */

export type PaymentStatus = 'pending' | 'paid' | 'failed' | 'cancelled';

/** One attempt to pay, as the applicant sees it. */
export interface PortalPayment {
  id: string;
  amount: number;
  purpose: string;
  status: PaymentStatus;
  createdAt: Date;
  /** A pending payment past this was abandoned at the gateway. */
  expiresAt: Date;
  paidAt: Date | null;
  /** `0000012/2026` once paid. */
  receiptNumber: string | null;
  /** The gateway's reason for a failure, in words. */
  failure: string | null;
}

/** The fee a dossier waits for. */
export interface PortalFee {
  amount: number;
  /** "Một trăm năm mươi nghìn đồng". */
  amountInWords: string;
  purpose: string;
  askedAt: Date;
}

export interface PaymentPageView {
  dossier: { id: string; code: string; procedureName: string; statusLabel: string };
  /** The fee waiting to be paid, or null (none asked, or settled). */
  fee: PortalFee | null;
  /** Why the fee cannot be paid online here, when it cannot (no gateway, an amount the gateway cannot take). */
  cannotPay: string | null;
  /** The gateway is a test one: no money moves. */
  sandbox: boolean;
  /** What went wrong with the last press of the button (the fee settled meanwhile, say). */
  problem?: string | null;
  payments: PortalPayment[];
  now: Date;
}

/** How a payment ended, as the return page tells it. */
export type PaymentOutcome = 'paid' | 'confirming' | 'failed' | 'cancelled' | 'invalid';

export interface PaymentResultView {
  outcome: PaymentOutcome;
  /** The gateway's own words for a failure (`describeResponse`), or why the result cannot be believed. */
  reason: string | null;
  payment: PortalPayment | null;
  dossier: { id: string; code: string; stillOwed: boolean } | null;
}

/** The sandbox gateway's payment page: the order as the signed request says it. */
export interface SandboxGatewayView {
  /** The merchant (terminal code) and the site it belongs to. */
  merchant: { tmnCode: string; name: string };
  txnRef: string;
  amount: number;
  amountInWords: string;
  orderInfo: string;
  expiresAt: Date;
  /** The signed request exactly as received, sent back with the decision. */
  request: string;
  action: string;
}
