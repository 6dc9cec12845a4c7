import { type PortalMessage, portalRequestBody, portalVerdict } from '@congso/one-stop';
import type { NationalPortalSettings } from './settings.ts';

/**
 * The HTTP side of the sync: posts one record to the portal's adapter and says what came back. It never
 * throws for the portal's sake: an answer refused, an error status, a timeout or a connection refused are all
 * an exchange not accepted, with the reason, for the caller to log and retry.
 *
 * The session from the login is kept for the process and reused for every request; a request the portal does
 * not accept drops it, so the next attempt logs in afresh (an expired session is not told apart by a code
 * anyone has published).
 */
export interface PortalExchange {
  accepted: boolean;
  /** The request body as sent, without the session. */
  payload: Record<string, unknown>;
  /** null: no answer at all (timeout, connection refused). */
  httpStatus: number | null;
  response: string | null;
  /** Why it was not accepted. */
  error: string | null;
  /** The portal could not be reached or failed by itself (no answer, 5xx): the same would happen to any record. */
  unreachable: boolean;
}

interface Answer {
  status: number | null;
  text: string | null;
  body: unknown;
  error: string | null;
}

export class NationalPortalClient {
  private session: Promise<string> | undefined;
  private readonly settings: NationalPortalSettings;
  private readonly fetchImpl: typeof fetch;

  constructor(settings: NationalPortalSettings, fetchImpl: typeof fetch = fetch) {
    this.settings = settings;
    this.fetchImpl = fetchImpl;
  }

  async send(
    message: Pick<PortalMessage, 'service' | 'record'>,
    isUpdating: boolean,
  ): Promise<PortalExchange> {
    const payload = portalRequestBody(message, { agencyCode: this.settings.agencyCode, isUpdating });
    let session: string | undefined;
    if (this.settings.login) {
      try {
        session = await this.loggedIn();
      } catch (error) {
        return {
          accepted: false,
          payload,
          httpStatus: null,
          response: null,
          error: (error as Error).message,
          unreachable: true,
        };
      }
    }
    const answer = await this.post(this.settings.serviceUrl, session ? { session, ...payload } : payload);
    const verdict = answer.status !== null && answer.status < 300 ? portalVerdict(answer.body) : undefined;
    const accepted = verdict?.accepted === true;
    if (!accepted) this.session = undefined;
    return {
      accepted,
      payload,
      httpStatus: answer.status,
      response: answer.text,
      error: accepted
        ? null
        : (answer.error ??
          (verdict
            ? verdict.message
            : `HTTP ${answer.status}${answer.text ? `: ${answer.text.slice(0, 300)}` : ''}`)),
      unreachable: answer.status === null || answer.status >= 500,
    };
  }

  /** The session, logging in once for every request that needs it meanwhile. */
  private loggedIn(): Promise<string> {
    this.session ??= this.login().catch((error: unknown) => {
      this.session = undefined;
      throw error;
    });
    return this.session;
  }

  private async login(): Promise<string> {
    const { url, username, password } = this.settings.login!;
    const answer = await this.post(url, { username, password });
    const verdict = answer.status !== null && answer.status < 300 ? portalVerdict(answer.body) : undefined;
    const session = (answer.body as { session?: unknown } | null)?.session;
    if (verdict?.accepted && typeof session === 'string' && session !== '') return session;
    throw new Error(
      `Đăng nhập Cổng DVCQG không thành công: ${answer.error ?? verdict?.message ?? `HTTP ${answer.status}`}`,
    );
  }

  private async post(url: string, body: Record<string, unknown>): Promise<Answer> {
    try {
      const response = await this.fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', accept: 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
      const text = await response.text();
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      return { status: response.status, text, body: parsed, error: null };
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      return {
        status: null,
        text: null,
        body: undefined,
        error: timedOut
          ? `Cổng DVCQG không trả lời sau ${this.settings.timeoutMs} ms`
          : `Không kết nối được Cổng DVCQG${cause ? ` (${cause})` : ''}: ${(error as Error).message}`,
      };
    }
  }
}
