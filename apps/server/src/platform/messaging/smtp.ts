import nodemailer from 'nodemailer';
import type { Config } from '../config/config.ts';
import { type EmailSender, SendError } from './senders.ts';

/** The sender of every email: SMTP_FROM, else the portal's name at the host of PUBLIC_URL. */
export function senderAddress(config: Pick<Config, 'SMTP_FROM' | 'PUBLIC_URL'>): string {
  return config.SMTP_FROM ?? `Cổng dịch vụ công <no-reply@${new URL(config.PUBLIC_URL).hostname}>`;
}

/** The domain of an address (`… <no-reply@example.vn>` → `example.vn`), for the Message-ID. */
function domainOf(address: string): string {
  return /@([^\s>]+)>?\s*$/.exec(address)?.[1] ?? 'localhost';
}

/**
 * SMTP replies that no retry can fix: a 5xx for the message or its address. A failed login (EAUTH) is a
 * configuration to correct, and connection problems or 4xx (greylisting, a full mailbox, the server busy) pass.
 */
function isPermanent(error: { code?: string; responseCode?: number }): boolean {
  if (error.code === 'EAUTH') return false;
  if (error.responseCode !== undefined) return error.responseCode >= 500 && error.responseCode < 600;
  // refused before talking to the server: no valid recipient in the address
  return error.code === 'EENVELOPE';
}

/**
 * Email through an SMTP server (nodemailer): one connection per message, with timeouts so a silent server
 * cannot hold the worker. Resolves once the server accepted the message (250); its reply is the receipt.
 */
export function smtpEmailSender(
  config: Pick<
    Config,
    'SMTP_HOST' | 'SMTP_PORT' | 'SMTP_SECURE' | 'SMTP_USER' | 'SMTP_PASSWORD' | 'SMTP_FROM' | 'PUBLIC_URL'
  >,
): EmailSender {
  const from = senderAddress(config);
  const domain = domainOf(from);
  const transport = nodemailer.createTransport({
    host: config.SMTP_HOST,
    port: config.SMTP_PORT,
    secure: config.SMTP_SECURE,
    ...(config.SMTP_USER ? { auth: { user: config.SMTP_USER, pass: config.SMTP_PASSWORD ?? '' } } : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  return {
    driver: 'smtp',
    async send(email) {
      try {
        const info = await transport.sendMail({
          from,
          to: email.to,
          subject: email.subject,
          text: email.text,
          ...(email.html ? { html: email.html } : {}),
          date: email.queuedAt,
          // the same on every attempt: a receiver can tell a repeat (after a crash between send and commit)
          messageId: `<${email.id}@${domain}>`,
          // RFC 3834: no auto-replies (out of office) to a notice nobody reads replies to
          headers: { 'Auto-Submitted': 'auto-generated' },
        });
        return { providerId: String(info.response ?? info.messageId ?? '').slice(0, 500) || null };
      } catch (error) {
        const detail = error as { message?: string; code?: string; responseCode?: number };
        throw new SendError(detail.message ?? String(error), {
          permanent: isPermanent(detail),
          cause: error,
        });
      }
    },
  };
}
