import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { installSecurity } from './security.ts';

describe('security headers', () => {
  it('let the platform frame its own answers (the receipt preview) and no other site frame them', async () => {
    const app = Fastify();
    await installSecurity(app, { ratePerMinute: 100, https: false });
    app.get('/slip.pdf', async (_request, reply) =>
      reply.type('application/pdf').send(Buffer.from('%PDF-1.7')),
    );
    const response = await app.inject({ url: '/slip.pdf' });
    const policy = String(response.headers['content-security-policy']);
    expect(policy).toContain("frame-ancestors 'self'");
    expect(policy).toContain("default-src 'self'");
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['strict-transport-security']).toBeUndefined();
    await app.close();
  });
});
