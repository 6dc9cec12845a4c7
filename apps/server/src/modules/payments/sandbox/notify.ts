import { isFinalAnswer } from '@congso/payment-gateway';
import type { FastifyBaseLogger } from 'fastify';

/** How the sandbox insists when the merchant does not answer: the waits before each try. */
export const NOTIFY_DELAYS_MS = [0, 250, 1000, 3000];
const TIMEOUT_MS = 10_000;

export interface NotifyOptions {
  delaysMs?: readonly number[];
  log?: Pick<FastifyBaseLogger, 'warn'>;
}

/**
 * The gateway's server-to-server notification (IPN): a GET of the merchant's notify URL with the signed
 * result, over HTTP like the real gateway's, tried again after a pause when the merchant cannot be reached,
 * answers with an HTTP error, or answers `99` (it could not decide). Gives the merchant's answer, or
 * undefined when every try failed.
 */
export async function notifyMerchant(
  url: string,
  options: NotifyOptions = {},
): Promise<{ RspCode: string; Message: string } | undefined> {
  const delays = options.delaysMs ?? NOTIFY_DELAYS_MS;
  for (const [attempt, delay] of delays.entries()) {
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'error' });
      if (response.ok) {
        const answer = (await response.json()) as { RspCode?: unknown; Message?: unknown };
        if (typeof answer.RspCode === 'string' && isFinalAnswer(answer.RspCode))
          return { RspCode: answer.RspCode, Message: String(answer.Message ?? '') };
        options.log?.warn(
          { attempt, answer },
          'sandbox gateway: the merchant could not decide on the notification',
        );
      } else {
        options.log?.warn(
          { attempt, status: response.status },
          'sandbox gateway: the notification was refused',
        );
      }
    } catch (error) {
      options.log?.warn({ attempt, err: error }, 'sandbox gateway: the merchant could not be reached');
    }
  }
  return undefined;
}
