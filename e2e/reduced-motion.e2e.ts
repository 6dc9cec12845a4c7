import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, LAPTOP, launchBrowser, noBrowser, openSession, STEP_TIMEOUT } from './support/browser.ts';

/**
 * Someone whose system asks for less motion (prefers-reduced-motion) gets the staff app's popups without
 * animation (WCAG 2.3.3); everyone else keeps Ant Design's. Told apart by the animations the language list
 * runs as it opens, recorded from the moment before the click.
 */

/** Opens the language list of the login page and returns the animations it ran as it appeared. */
async function animationsOfOpening(page: Page): Promise<string[]> {
  await page.goto('/staff/login');
  await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  await page.evaluate(() => {
    const seen = new Set<string>();
    (window as unknown as { seenMotion: Set<string> }).seenMotion = seen;
    // every CSS animation that starts in the page from now on (the spinner and badges' own aside)
    document.addEventListener('animationstart', (event) => seen.add(event.animationName), true);
  });
  await page.getByRole('combobox', { name: 'Ngôn ngữ' }).click();
  await page.locator('.ant-select-item-option', { hasText: 'EN' }).waitFor();
  // an opening animation has begun by the time its list is shown; what is found is told once it has had time
  await page.waitForTimeout(500);
  return page.evaluate(() =>
    [...(window as unknown as { seenMotion: Set<string> }).seenMotion].filter((name) => /Slide/.test(name)),
  );
}

describe.skipIf(noBrowser)('reduced motion', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('popups open without animation for those who asked for less motion, animated for others', async () => {
    const reduced = await openSession(browser);
    expect(await animationsOfOpening(reduced.page)).toEqual([]);
    expect(reduced.pageErrors).toEqual([]);
    await reduced.context.close();

    const context = await browser.newContext({ viewport: LAPTOP, locale: 'vi-VN', baseURL: baseUrl });
    context.setDefaultTimeout(STEP_TIMEOUT);
    const animated = await animationsOfOpening(await context.newPage());
    expect(animated).toContainEqual(expect.stringMatching(/SlideUpIn/));
    await context.close();
  });
});
