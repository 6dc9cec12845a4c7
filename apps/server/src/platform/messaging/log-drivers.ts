import type { EmailSender, MessageLog, SmsSender } from './senders.ts';

/**
 * Drivers for development: the message is written to the log (pino, at info, the body included) and counts as
 * sent. After `npm start` without SMTP_HOST, a developer reads the one-time code of a new account there.
 * Never use them in production: the body of a message (codes, personal data) ends up in the log.
 */
export function logEmailSender(log: MessageLog): EmailSender {
  return {
    driver: 'log',
    async send(email) {
      log.info(
        { outboundMessage: email.id, to: email.to, subject: email.subject, text: email.text },
        `Thư điện tử (driver log, không gửi đi) tới ${email.to}: ${email.subject}\n${email.text}`,
      );
      return { providerId: null };
    },
  };
}

export function logSmsSender(log: MessageLog): SmsSender {
  return {
    driver: 'log',
    async send(sms) {
      log.info(
        { outboundMessage: sms.id, to: sms.to, text: sms.text },
        `Tin nhắn SMS (driver log, không gửi đi) tới ${sms.to}: ${sms.text}`,
      );
      return { providerId: null };
    },
  };
}
