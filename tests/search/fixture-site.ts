/**
 * The search fixture site (tests/fixtures/search-corpus under /portal/): the shared `search`
 * site (tests/helpers/shared-sites.ts), whose build writes the search index itself.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SUB_BASE, sharedSite } from '../helpers/shared-sites.ts';
import { FIXTURES } from '../helpers/paths.ts';

export const SEARCH_CORPUS = path.join(FIXTURES, 'search-corpus');
export const SEARCH_BASE = SUB_BASE;

/** The built site's folder. */
export async function searchFixtureSite(): Promise<string> {
  const site = await sharedSite('search');
  if (!existsSync(path.join(site.outDir, 'pagefind', 'portal-facets.json'))) throw new Error(`the search fixture build has no search index: ${site.outDir}`);
  return site.outDir;
}
