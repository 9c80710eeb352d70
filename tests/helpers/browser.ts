/**
 * The browser tests' Chromium: a connection to the one browser the browser project's set-up
 * launched (browser.setup.ts), and what every page test watches for.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserWsEndpoint'));
}

/** Collects console errors and warnings, page errors, dialogs and failed or 4xx/5xx requests. */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text().slice(0, 300)}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('requestfailed', (r) => {
    // A navigation (a form submitted) cancels the old page's pending requests: not a failure.
    if (r.failure()?.errorText === 'net::ERR_ABORTED' && !r.isNavigationRequest()) return;
    problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  return problems;
}

/**
 * Presses Tab `times` times with every key event sent at once over the DevTools protocol, which
 * Chromium handles in order: one wait in all rather than a round trip per press.
 */
export async function pressTabs(page: Page, times: number): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const tab = { windowsVirtualKeyCode: 9, code: 'Tab', key: 'Tab' };
  const sent: Promise<unknown>[] = [];
  for (let i = 0; i < times; i += 1) sent.push(session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...tab }), session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...tab }));
  await Promise.all(sent);
  await session.detach();
}
