import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject, onTestFailed } from 'vitest';

export const baseUrl = inject('e2eBaseUrl');
export const chromiumPath = inject('chromiumPath');
/** The flows need a Chromium; without one (outside CI) they are skipped, as global-setup announced. */
export const noBrowser = !chromiumPath;

export const LAPTOP = { width: 1366, height: 768 };

/**
 * How long a step may wait for the page. A loaded 2-core machine (the platform, its database and Chromium on
 * it) has been seen to take over 15 s for one answer; a flow that is really stuck still fails, later.
 */
export const STEP_TIMEOUT = 30_000;
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

/** How many profiles this worker has opened: each failure screenshot is named after its own. */
let opened = 0;

/** A fresh browser profile (no cookies, no stored language) with one page. */
export async function openSession(browser: Browser, viewport = LAPTOP): Promise<Session> {
  const number = ++opened;
  // as someone who asked for less motion: dialogs and popups appear at once, with nothing still moving when
  // a step clicks in them (the staff app turns Ant Design's animations off for them)
  const context = await browser.newContext({
    viewport,
    locale: 'vi-VN',
    baseURL: baseUrl,
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(STEP_TIMEOUT);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // what the page said on its console, kept for the report of a failed flow (an error boundary logs there)
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text().slice(0, 500));
  });
  onTestFailed(async ({ task }) => {
    // what the page looked like when the flow failed, for whoever reads the report
    const dir = path.resolve(
      import.meta.dirname,
      '../..',
      process.env.CONGSO_TEST_DATA_DIR ?? '.data/test-e2e',
      'failures',
    );
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${task.name.replace(/[^\p{L}\p{N}]+/gu, '-')}-${number}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    console.error(`[e2e] screenshot of the failure: ${file}`);
    console.error(`[e2e] the page was at ${page.url()}: ${await pageSummary(page)}`);
    for (const line of [...pageErrors, ...consoleErrors.slice(-5)])
      console.error(`[e2e] the page said: ${line}`);
  });
  return { context, page, pageErrors };
}

/** The page's headings and alerts in one line, for a failure report read without the screenshot. */
async function pageSummary(page: Page): Promise<string> {
  const texts = await page
    .locator('h1, h2, [role=alert], [role=dialog] [class*=title]')
    .allInnerTexts()
    .catch(() => []);
  return texts
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' | ')
    .slice(0, 1000);
}
