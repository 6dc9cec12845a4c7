import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openSession, type Session } from './browser.ts';
import { login } from './flows.ts';

/** A signed-in user in a browser profile of their own. */
export async function signIn(browser: Browser, username: string): Promise<Session> {
  const session = await openSession(browser);
  await login(session.page, username);
  return session;
}

/**
 * The people of one flow, each signed in (in a profile of their own) the first time the flow turns to them;
 * `done` checks that none of their pages failed and closes them.
 */
export function team(browser: Browser) {
  const sessions = new Map<string, Session>();
  return {
    async as(username: string): Promise<Page> {
      let session = sessions.get(username);
      if (!session) {
        session = await signIn(browser, username);
        sessions.set(username, session);
      }
      return session.page;
    },
    async done(): Promise<void> {
      for (const session of sessions.values()) {
        expect(session.pageErrors).toEqual([]);
        await session.context.close();
      }
    },
  };
}

/**
 * Opens an entry of the main menu (its name may end with counts, "99+" included; "Hồ sơ" is not "Hồ sơ công
 * việc") and waits for its page.
 */
export async function openMenu(page: Page, entry: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: new RegExp(`^${entry}[\\d\\s+]*$`) })
    .click();
  await page.getByRole('heading', { name: entry, level: 1, exact: true }).waitFor();
}

/** A dialog's field by its label. */
export const field = (dialog: Locator, label: string) => dialog.getByLabel(label, { exact: true });
