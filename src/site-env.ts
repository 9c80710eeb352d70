/**
 * The environment a build runs in: the only module that reads process.env
 * (besides astro.config.mjs, which passes site and base to Astro).
 */
import path from 'node:path';
import { parseAsOf } from './lib/as-of.ts';

export interface SiteEnv {
  /** Absolute path of the content folder (`PORTAL_CONTENT_DIR`, default `content/`). */
  contentDir: string;
  /** The instant pages are computed for (`PORTAL_AS_OF`, default now). */
  asOf: Date;
}

export function readSiteEnv(env: Record<string, string | undefined> = process.env, now = new Date()): SiteEnv {
  return {
    contentDir: path.resolve(env['PORTAL_CONTENT_DIR'] ?? 'content'),
    asOf: parseAsOf(env['PORTAL_AS_OF'], now),
  };
}
