import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, LAPTOP, launchBrowser, noBrowser, openSession, STEP_TIMEOUT } from './support/browser.ts';

/**
 * Someone whose system asks for less motion (prefers-reduced-motion) gets the staff app's popups without
 * animation (WCAG 2.3.3); everyone else keeps Ant Design's. Told apart by the animations the language list
 * runs as it opens, recorded from the moment before the click.
 */

/** Opens the language list of the login page and returns the animations it ran as it appeared. */
async function motionClassesOfOpening(page: Page): Promise<string[]> {
  await page.goto('/staff/login');
  await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  await page.evaluate(() => {
    const seen = new Set<string>();
    (window as unknown as { seenMotion: Set<string> }).seenMotion = seen;
    // an animation the element runs while it carries a motion class (Ant Design keeps the class names even
    // when its motion is off; only the animation itself goes)
    const note = (element: Element) => {
      if (![...element.classList].some((name) => /-(appear|enter)(-|$)/.test(name))) return;
      const animation = getComputedStyle(element).animationName;
      if (animation && animation !== 'none') seen.add(animation);
    };
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.target instanceof Element) note(record.target);
        for (const node of record.addedNodes)
          if (node instanceof Element)
            for (const element of [node, ...node.querySelectorAll('*')]) note(element);
      }
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['class'],
    });
  });
  await page.getByRole('combobox', { name: 'Ngôn ngữ' }).click();
  await page.locator('.ant-select-item-option', { hasText: 'EN' }).waitFor();
  return page.evaluate(() => [...(window as unknown as { seenMotion: Set<string> }).seenMotion].sort());
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
    expect(await motionClassesOfOpening(reduced.page)).toEqual([]);
    expect(reduced.pageErrors).toEqual([]);
    await reduced.context.close();

    const context = await browser.newContext({ viewport: LAPTOP, locale: 'vi-VN', baseURL: baseUrl });
    context.setDefaultTimeout(STEP_TIMEOUT);
    const animated = await motionClassesOfOpening(await context.newPage());
    expect(animated).toContainEqual(expect.stringMatching(/SlideUpIn/));
    await context.close();
  });
});
