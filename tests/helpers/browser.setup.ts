/**
 * Global set-up of the browser project: one headless Chromium (at CHROME_PATH, default
 * /usr/bin/chromium) for every browser test file, which connect to it (browser.ts).
 */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await chromium.launchServer({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  project.provide('browserWsEndpoint', server.wsEndpoint());
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    browserWsEndpoint: string;
  }
}
