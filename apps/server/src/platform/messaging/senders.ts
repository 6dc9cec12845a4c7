/**
 * The ways a message leaves: an `EmailSender` and an `SmsSender`, each chosen by configuration
 * (`drivers.ts`). A driver sends one message and answers with the provider's receipt, or throws; a
 * `SendError` that is `permanent` (the provider refused the address for good) is not tried again.
 */

export interface SendReceipt {
  /** What the provider answered (SMTP reply with its queue id, an SMS gateway's message id), if anything. */
  providerId: string | null;
}

export interface OutgoingEmail {
  /** The message's id (`outbound_messages.id`): the same on every attempt, so it makes a stable Message-ID. */
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  /** When it was queued: the Date header, so mail clients sort notices in the order things happened. */
  queuedAt: Date;
}

export interface OutgoingSms {
  id: string;
  /** The phone number as the applicant gave it (`0912345678`); a provider driver normalises it (84…). */
  to: string;
  text: string;
}

export interface EmailSender {
  readonly driver: string;
  send(email: OutgoingEmail): Promise<SendReceipt>;
}

export interface SmsSender {
  readonly driver: string;
  send(sms: OutgoingSms): Promise<SendReceipt>;
}

export interface Senders {
  email: EmailSender;
  sms: SmsSender;
}

/** A failed send; `permanent` when trying again cannot help (an address refused with a 5xx, say). */
export class SendError extends Error {
  readonly permanent: boolean;
  constructor(message: string, options: { permanent: boolean; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = 'SendError';
    this.permanent = options.permanent;
  }
}

/** Where the log drivers write and the worker reports (a pino logger fits). */
export interface MessageLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}
