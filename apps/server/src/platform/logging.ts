import type { FastifyServerOptions } from 'fastify';
import { type Logger, type LoggerOptions, pino } from 'pino';

/** pino settings: JSON lines, secrets redacted; pretty output only when a person watches a terminal. */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  if (level === 'silent') return false;
  return {
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.newPassword',
        '*.currentPassword',
        // the secret shared with the payment gateway, should a config or its settings ever be logged
        '*.hashSecret',
        '*.merchant.hashSecret',
        '*.PAYMENT_HASH_SECRET',
      ],
      censor: '[che]',
    },
    ...(process.stdout.isTTY && process.env.NODE_ENV !== 'production'
      ? {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
          },
        }
      : {}),
  };
}

/** A logger with the same settings, for the work done outside requests (the worker's jobs). */
export function createLogger(level: string): Logger {
  const options = loggerOptions(level);
  return typeof options === 'object' ? pino(options as LoggerOptions) : pino({ enabled: false });
}
