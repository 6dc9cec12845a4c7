import { randomInt } from 'node:crypto';
import {
  amountInWords,
  type GatewayParams,
  type PaymentRequest,
  type PaymentResult,
  parseQuery,
  paymentResultParams,
  queryOf,
  RESPONSE_CANCELLED,
  RESPONSE_SUCCESS,
  type ReadRequest,
  readPaymentRequest,
  requestRefusals,
  TRANSACTION_FAILED,
  TRANSACTION_SUCCESS,
} from '@congso/payment-gateway';
import { sandboxGatewayPage, sandboxRefusalPage } from '@congso/portal';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { type PaymentSettings, SANDBOX_PAY_PATH } from '../settings.ts';
import { type NotifyOptions, notifyMerchant } from './notify.ts';

/**
 * A payment gateway for development, demonstrations and tests, speaking the protocol the platform speaks to a
 * real one (VNPAY 2.1.0) and nothing else: it knows the merchant's terminal and secret, never the platform's
 * database. Its payment page checks the signed request (and refuses it visibly when the signature or anything
 * else is wrong), shows the merchant, the order and the amount with "Thanh toán" and "Hủy giao dịch"; either
 * button makes the server-to-server notification (IPN) over HTTP to the notify URL, then sends the browser
 * back to the return URL with the same signed result. Cancelling answers response code 24.
 */
export function sandboxGatewayRoutes(
  settings: PaymentSettings,
  notify: NotifyOptions = {},
): FastifyPluginAsync {
  const { merchant } = settings;
  const merchantOf = (tmnCode: string) => (tmnCode === merchant.tmnCode ? merchant : undefined);
  const read = (query: string): ReadRequest => {
    const params = parseQuery(query);
    return params ? readPaymentRequest(params, merchantOf, new Date()) : { ok: false, refusal: 'malformed' };
  };
  const page = (reply: FastifyReply, status: number, html: string) =>
    reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);

  return async (app) => {
    const options = { config: { public: true }, schema: { hide: true } };

    app.get(SANDBOX_PAY_PATH, options, async (request, reply) => {
      const query = queryOf(request.url);
      const checked = read(query);
      if (!checked.ok) return page(reply, 400, sandboxRefusalPage(requestRefusals[checked.refusal]));
      const siteName = (await request.server.portalSiteName?.()) ?? 'CôngSở';
      return page(
        reply,
        200,
        sandboxGatewayPage({
          merchant: { tmnCode: merchant.tmnCode, name: siteName },
          txnRef: checked.request.txnRef,
          amount: checked.request.amount,
          amountInWords: amountInWords(checked.request.amount),
          orderInfo: checked.request.orderInfo,
          expiresAt: checked.request.expiresAt,
          request: query,
          action: SANDBOX_PAY_PATH,
        }),
      );
    });

    app.post(SANDBOX_PAY_PATH, options, async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      // the request travels back through the payer's browser: checked again, as on the way in
      const checked = read(typeof body.request === 'string' ? body.request : '');
      if (!checked.ok) return page(reply, 400, sandboxRefusalPage(requestRefusals[checked.refusal]));
      const result = outcome(checked.request, body.decision === 'pay');
      const signed = new URLSearchParams(paymentResultParams(result, merchant.hashSecret) as GatewayParams);
      const answer = await notifyMerchant(`${settings.notifyUrl}?${signed}`, { log: request.log, ...notify });
      if (!answer)
        request.log.warn({ txnRef: result.txnRef }, 'sandbox gateway: the merchant was never notified');
      const back = checked.request.returnUrl;
      return reply.redirect(`${back}${back.includes('?') ? '&' : '?'}${signed}`, 303);
    });
  };
}

/** What the sandbox's bank answers: paid now by a test ATM card of the bank NCB, or cancelled by the payer. */
function outcome(request: PaymentRequest, pay: boolean): PaymentResult {
  const common = {
    tmnCode: request.tmnCode,
    txnRef: request.txnRef,
    amount: request.amount,
    orderInfo: request.orderInfo,
    bankCode: request.bankCode ?? 'NCB',
  };
  if (!pay)
    return {
      ...common,
      responseCode: RESPONSE_CANCELLED,
      transactionStatus: TRANSACTION_FAILED,
      transactionNo: '0',
      bankTranNo: null,
      cardType: null,
      paidAt: null,
    };
  const transactionNo = String(randomInt(10_000_000, 100_000_000));
  return {
    ...common,
    responseCode: RESPONSE_SUCCESS,
    transactionStatus: TRANSACTION_SUCCESS,
    transactionNo,
    bankTranNo: `VNP${transactionNo}`,
    cardType: 'ATM',
    paidAt: new Date(),
  };
}
