/**
 * The environment a build runs in: the only module that reads process.env
 * (besides astro.config.mjs, which passes site and base to Astro).
 */
import path from 'node:path';
import { parseAsOf } from '../foundation/as-of.ts';
import { t } from '../i18n/index.ts';

export interface SiteEnv {
  /** Absolute path of the content folder (`PORTAL_CONTENT_DIR`, default `content/`). */
  contentDir: string;
  /** The instant pages and checks are computed for (`PORTAL_AS_OF`), fixed once per run. */
  asOf: Date;
  /** Where the site is published: origin (`PORTAL_SITE`, default the local preview) and base path (`PORTAL_BASE`). */
  site: SiteAddress;
  /** `npm run demo` (`PORTAL_DEMO=1`): every page says its figures are synthetic. Never with content/ or in a deploy build. */
  demo: boolean;
  /** The build's cache folder (`PORTAL_CACHE_DIR`, as astro.config.mjs gives Astro): the share images are kept there. */
  cacheDir: string;
}

export interface SiteAddress {
  origin: string;
  base: string;
}

/** The local preview's address (`npm start`): links to it are links to this site too. */
export const LOCAL_ORIGIN = 'http://localhost:4321';

/**
 * The one place that reads the wall clock. A run (a build, `validate`, a script) without
 * `PORTAL_AS_OF` takes "now" once and writes it back into the environment, so every later
 * reader in the process — and every child process — sees the same instant.
 */
export function pinAsOf(env: Record<string, string | undefined> = process.env): Date {
  const given = env['PORTAL_AS_OF']?.trim();
  if (given) return parseAsOf(given);
  const now = new Date();
  env['PORTAL_AS_OF'] = now.toISOString();
  return now;
}

export function readSiteEnv(env: Record<string, string | undefined> = process.env): SiteEnv {
  const contentDir = path.resolve(env['PORTAL_CONTENT_DIR'] ?? 'content');
  const demo = env['PORTAL_DEMO'] === '1';
  // The demo banner must never reach the real site: refused for the real content and for a deploy.
  if (demo && (contentDir === path.resolve('content') || env['PORTAL_DEPLOY'] === '1')) throw new Error(t('cli.demoNotReal'));
  return {
    contentDir,
    demo,
    asOf: pinAsOf(env),
    site: { origin: new URL(env['PORTAL_SITE'] || LOCAL_ORIGIN).origin, base: env['PORTAL_BASE'] || '/' },
    cacheDir: path.resolve(env['PORTAL_CACHE_DIR'] || 'node_modules/.astro'),
  };
}
