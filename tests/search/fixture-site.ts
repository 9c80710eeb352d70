/**
 * The search fixture sites under /portal/, after their last release: the shared `search` site
 * (tests/fixtures/search-corpus, the judged set written with the matching code) and
 * `searchUnseen` (tests/fixtures/search-unseen, the judged set written by someone who had not
 * read it); tests/helpers/shared-sites.ts builds each once, and the build writes its search index.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SUB_BASE, sharedSite } from '../helpers/shared-sites.ts';
import { FIXTURES } from '../helpers/paths.ts';

export const SEARCH_CORPUS = path.join(FIXTURES, 'search-corpus');
export const SEARCH_UNSEEN = path.join(FIXTURES, 'search-unseen');
export const SEARCH_BASE = SUB_BASE;

/** The built site's folder: the fixture corpus, or the unseen one. */
export async function searchFixtureSite(corpus: 'fixture' | 'unseen' = 'fixture'): Promise<string> {
  const site = await sharedSite(corpus === 'unseen' ? 'searchUnseen' : 'search');
  if (!existsSync(path.join(site.outDir, 'pagefind', 'portal-site-pages.json'))) throw new Error(`the search fixture build has no search index: ${site.outDir}`);
  return site.outDir;
}
