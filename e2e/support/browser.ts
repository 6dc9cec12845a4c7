import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject, onTestFailed } from 'vitest';

export const baseUrl = inject('e2eBaseUrl');
export const chromiumPath = inject('chromiumPath');
/** The flows need a Chromium; without one (outside CI) they are skipped, as global-setup announced. */
export const noBrowser = !chromiumPath;

export const LAPTOP = { width: 1366, height: 768 };
export const TABLET = { width: 820, height: 1180 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** uncaught errors in the page: a flow fails if any happened */
  pageErrors: string[];
}

/** A fresh browser profile (no cookies, no stored language) with one page. */
export async function openSession(browser: Browser, viewport = LAPTOP): Promise<Session> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', baseURL: baseUrl });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  onTestFailed(async ({ task }) => {
    // what the page looked like when the flow failed, for whoever reads the report
    const dir = path.resolve(
      import.meta.dirname,
      '../..',
      process.env.CONGSO_TEST_DATA_DIR ?? '.data/test-e2e',
      'failures',
    );
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${task.name.replace(/[^\p{L}\p{N}]+/gu, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    console.error(`[e2e] screenshot of the failure: ${file}`);
  });
  return { context, page, pageErrors };
}
