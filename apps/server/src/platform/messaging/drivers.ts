import type { Config } from '../config/config.ts';
import { logEmailSender, logSmsSender } from './log-drivers.ts';
import type { EmailSender, MessageLog, Senders, SmsSender } from './senders.ts';
import { smtpEmailSender } from './smtp.ts';

/** Email by SMTP when SMTP_HOST is set, else to the log (development). */
export function emailSenderFromConfig(config: Config, log: MessageLog): EmailSender {
  return config.SMTP_HOST ? smtpEmailSender(config) : logEmailSender(log);
}

/**
 * SMS by SMS_DRIVER. Only `log` exists; a provider (an SMS brandname gateway) is added as a driver file
 * exporting `xxxSmsSender(config): SmsSender`, a value of SMS_DRIVER and its settings in the config, and a case
 * here (see README.md).
 */
export function smsSenderFromConfig(config: Config, log: MessageLog): SmsSender {
  switch (config.SMS_DRIVER) {
    case 'log':
      return logSmsSender(log);
  }
}

export function sendersFromConfig(config: Config, log: MessageLog): Senders {
  return { email: emailSenderFromConfig(config, log), sms: smsSenderFromConfig(config, log) };
}
