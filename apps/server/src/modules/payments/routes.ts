import { ipnAnswers, parseQuery, queryOf } from '@congso/payment-gateway';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/database.ts';
import { handleNotification } from './notification.ts';
import { staffPayments, staffReceipt } from './receipts.ts';
import * as schema from './schema.ts';
import { NOTIFY_PATH, type PaymentSettings } from './settings.ts';

const tags = ['Thanh toán trực tuyến (payments)'];

/**
 * The API side of payments: what the staff see of a dossier's payments and their receipts, and the
 * gateway's notification (IPN), public since the gateway has no session (its signature is what counts).
 */
export function paymentRoutes(deps: {
  db: Database;
  settings: PaymentSettings | undefined;
}): FastifyPluginAsyncZod {
  const { db, settings } = deps;
  return async (app) => {
    app.get(
      '/api/dossiers/:id/payments',
      {
        schema: {
          tags,
          summary: 'Các lần thanh toán trực tuyến phí, lệ phí của hồ sơ, mới nhất trước',
          params: schema.dossierPaymentsParams,
          response: { 200: z.array(schema.paymentSummary) },
        },
      },
      async (request) => staffPayments(db, request.ctx, request.params.id),
    );
    app.get(
      '/api/payments/:id/receipt',
      {
        schema: {
          tags,
          summary: 'Biên lai điện tử của khoản đã thanh toán (PDF)',
          params: schema.paymentParams,
        },
      },
      async (request, reply) => {
        const receipt = await staffReceipt(db, request.ctx, request.params.id);
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `inline; filename="${receipt.fileName}"`)
          .header('cache-control', 'no-store')
          .send(receipt.content);
      },
    );
    app.get(
      NOTIFY_PATH,
      {
        config: { public: true },
        schema: {
          tags,
          summary:
            'Cổng thanh toán báo kết quả giao dịch (IPN, giao thức VNPAY 2.1.0): xác thực chữ ký, đối chiếu số tiền, ghi nhận một lần',
          response: { 200: schema.ipnAnswer },
        },
      },
      async (request) => {
        if (!settings) return ipnAnswers.unknownError;
        try {
          return await handleNotification(db, settings, request.ctx, parseQuery(queryOf(request.url)));
        } catch (error) {
          // the gateway hears 99 and notifies again later; nothing was written (one transaction)
          request.log.error({ err: error }, 'payment notification failed');
          return ipnAnswers.unknownError;
        }
      },
    );
  };
}
