import type { Merchant } from '@congso/payment-gateway';
import type { Config } from '../../platform/config/config.ts';

/** Where the sandbox gateway's payment page is served (`sandbox/`), on the platform itself. */
export const SANDBOX_PAY_PATH = '/sandbox-gateway/pay';
/** The terminal code and secret the sandbox uses when none is configured: public, since no money moves. */
const SANDBOX_MERCHANT: Merchant = { tmnCode: 'CONGSO01', hashSecret: 'CONGSO-SANDBOX-KHONG-DUNG-THAT' };

/** Where the applicant comes back from the gateway, and where the gateway notifies the platform (IPN). */
export const RETURN_PATH = '/thanh-toan/ket-qua';
export const NOTIFY_PATH = '/api/payments/notify';

/** How the platform reaches the payment gateway. */
export interface PaymentSettings {
  /** The gateway's payment page. */
  gatewayUrl: string;
  merchant: Merchant;
  /** Test payments: the platform's own sandbox gateway (or a gateway's test environment); no money moves. */
  sandbox: boolean;
  /** `vnp_ReturnUrl`: the portal's result page. */
  returnUrl: string;
  /** The IPN address to register at the gateway (the sandbox calls it). */
  notifyUrl: string;
}

/**
 * The gateway from the configuration: with `PAYMENT_SANDBOX` on, the sandbox served by the platform unless a
 * gateway's address is given, with the sandbox's terminal and secret unless given; off, the configured
 * gateway, or none (undefined: online payment is not offered, the fee is paid at the counter).
 */
export function paymentSettings(config: Config): PaymentSettings | undefined {
  const base = config.PUBLIC_URL.replace(/\/+$/, '');
  const urls = { returnUrl: `${base}${RETURN_PATH}`, notifyUrl: `${base}${NOTIFY_PATH}` };
  if (config.PAYMENT_SANDBOX)
    return {
      gatewayUrl: config.PAYMENT_GATEWAY_URL ?? `${base}${SANDBOX_PAY_PATH}`,
      merchant: {
        tmnCode: config.PAYMENT_TMN_CODE ?? SANDBOX_MERCHANT.tmnCode,
        hashSecret: config.PAYMENT_HASH_SECRET ?? SANDBOX_MERCHANT.hashSecret,
      },
      sandbox: true,
      ...urls,
    };
  if (!config.PAYMENT_GATEWAY_URL || !config.PAYMENT_TMN_CODE || !config.PAYMENT_HASH_SECRET)
    return undefined;
  return {
    gatewayUrl: config.PAYMENT_GATEWAY_URL,
    merchant: { tmnCode: config.PAYMENT_TMN_CODE, hashSecret: config.PAYMENT_HASH_SECRET },
    sandbox: false,
    ...urls,
  };
}
