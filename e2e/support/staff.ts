import type { Browser, Locator, Page } from 'playwright-core';
import { openSession, type Session } from './browser.ts';
import { login } from './flows.ts';

/** A signed-in user in a browser profile of their own. */
export async function signIn(browser: Browser, username: string): Promise<Session> {
  const session = await openSession(browser);
  await login(session.page, username);
  return session;
}

/** Opens an entry of the main menu (its name may end with counts) and waits for its page. */
export async function openMenu(page: Page, entry: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: new RegExp(`^${entry}`) })
    .click();
  await page.getByRole('heading', { name: entry, level: 1 }).waitFor();
}

/** A dialog's field by its label. */
export const field = (dialog: Locator, label: string) => dialog.getByLabel(label, { exact: true });
