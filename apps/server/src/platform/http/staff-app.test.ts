import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { installStaffApp } from './staff-app.ts';

async function appWith(dist: string) {
  const app = Fastify({ routerOptions: { ignoreTrailingSlash: true } });
  await installStaffApp(app, dist);
  return app;
}

describe('staff app hosting', () => {
  it('serves index.html for the app and its deep links, assets with long caching, 404 for missing files', async () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'congso-staff-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(path.join(dist, 'assets/app-1a2b3c.js'), 'console.log(1)');
    const app = await appWith(dist);
    for (const url of ['/staff', '/staff/', '/staff/directory/agencies/123']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toContain('id="root"');
      expect(response.headers['cache-control']).toBe('no-cache');
    }
    const asset = await app.inject({ url: '/staff/assets/app-1a2b3c.js' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await app.inject({ url: '/staff/assets/missing.js' })).statusCode).toBe(404);
  });

  it('says how to build it when it is not built', async () => {
    const app = await appWith(path.join(os.tmpdir(), 'congso-no-such-dist'));
    for (const url of ['/staff', '/staff/', '/staff/x']) {
      const response = await app.inject({ url });
      expect(response.statusCode).toBe(503);
      expect(response.body).toMatch(/npm run build/);
    }
  });
});
