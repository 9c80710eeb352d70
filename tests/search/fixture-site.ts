/**
 * The search fixture sites, built once per test run through the shared build helper under a
 * sub-path, then indexed the way `npm run build` indexes: `tests/fixtures/search-corpus` (the
 * judged set written with the matching code) and `tests/fixtures/search-unseen` (the judged set
 * written by someone who had not read it).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from '../helpers/build-site.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { buildSearchIndex, closePagefind, readLanguage } from '../../src/build/pagefind-index.ts';

export const SEARCH_CORPUS = path.join(FIXTURES, 'search-corpus');
export const SEARCH_UNSEEN = path.join(FIXTURES, 'search-unseen');
export const SEARCH_BASE = '/portal/';

export async function searchFixtureSite(content = SEARCH_CORPUS): Promise<string> {
  const site = buildSite({ content, asOf: '2027-01-15', base: SEARCH_BASE });
  if (!existsSync(path.join(site.outDir, 'pagefind', 'portal-site-pages.json'))) {
    await buildSearchIndex({ siteDir: site.outDir, mode: 'portal', language: readLanguage(content) });
    await closePagefind();
  }
  return site.outDir;
}
