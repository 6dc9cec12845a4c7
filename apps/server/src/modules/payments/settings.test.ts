import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../platform/config/config.ts';
import { paymentSettings } from './settings.ts';

const gateway = {
  PAYMENT_GATEWAY_URL: 'https://pay.vnpay.vn/vpcpay.html',
  PAYMENT_TMN_CODE: 'TINH0001',
  PAYMENT_HASH_SECRET: 'MOT-BI-MAT-DAI-VA-RIENG',
};

describe('the payment gateway from the configuration', () => {
  it('is the sandbox served by the platform by default, outside production', () => {
    const settings = paymentSettings(loadConfig({ PUBLIC_URL: 'https://dvc.example.vn/' }));
    expect(settings).toMatchObject({
      gatewayUrl: 'https://dvc.example.vn/sandbox-gateway/pay',
      sandbox: true,
      returnUrl: 'https://dvc.example.vn/thanh-toan/ket-qua',
      notifyUrl: 'https://dvc.example.vn/api/payments/notify',
    });
    expect(settings?.merchant.tmnCode).toBe('CONGSO01');
  });

  it('takes no test payments in production unless asked, and then offers none without a gateway', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).PAYMENT_SANDBOX).toBe(false);
    expect(paymentSettings(loadConfig({ NODE_ENV: 'production' }))).toBeUndefined();
    expect(loadConfig({ NODE_ENV: 'production', PAYMENT_SANDBOX: 'true' }).PAYMENT_SANDBOX).toBe(true);
  });

  it('is the configured gateway, which needs its address, terminal and secret together', () => {
    const settings = paymentSettings(loadConfig({ NODE_ENV: 'production', ...gateway }));
    expect(settings).toEqual({
      gatewayUrl: gateway.PAYMENT_GATEWAY_URL,
      merchant: { tmnCode: 'TINH0001', hashSecret: 'MOT-BI-MAT-DAI-VA-RIENG' },
      sandbox: false,
      returnUrl: 'http://localhost:3000/thanh-toan/ket-qua',
      notifyUrl: 'http://localhost:3000/api/payments/notify',
    });
    const { PAYMENT_HASH_SECRET: _, ...withoutSecret } = gateway;
    expect(() => loadConfig({ NODE_ENV: 'production', ...withoutSecret })).toThrow(ConfigError);
  });
});
