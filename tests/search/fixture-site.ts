/**
 * The search fixture site (tests/fixtures/search-corpus), built once per test run through the
 * shared build helper under a sub-path, then indexed the way `npm run build` indexes.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from '../helpers/build-site.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { buildSearchIndex, closePagefind, readLanguage } from '../../src/build/pagefind-index.ts';

export const SEARCH_CORPUS = path.join(FIXTURES, 'search-corpus');
export const SEARCH_BASE = '/portal/';

export async function searchFixtureSite(): Promise<string> {
  const site = buildSite({ content: SEARCH_CORPUS, asOf: '2027-01-15', base: SEARCH_BASE });
  if (!existsSync(path.join(site.outDir, 'pagefind', 'portal-facets.json'))) {
    await buildSearchIndex({ siteDir: site.outDir, mode: 'portal', language: readLanguage(SEARCH_CORPUS)});
    await closePagefind();
  }
  return site.outDir;
}
