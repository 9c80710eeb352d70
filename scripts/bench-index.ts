/**
 * npx node scripts/bench-index.ts --site DIR --content DIR --mode portal|alone|folder --out DIR
 *
 * One search index of a built site, from scratch (no cache), timed from the first page read to the
 * last file written, for `npm run bench` (scripts/bench.ts), which alternates the modes:
 *
 * - `portal`: what `astro build` does (src/build/pagefind-index.ts, the Korean terms added);
 * - `alone`: Pagefind on the same pages as they are, through the same Node API, page by page;
 * - `folder`: Pagefind's own folder indexer over the site (what its CLI does), its fastest way.
 *
 * Prints one line of JSON: `{ "mode": …, "pages": …, "seconds": … }`.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { buildSearchIndex, closePagefind, EXCLUDE, readLanguage } from '../src/build/pagefind-index.ts';

const { values } = parseArgs({ options: { site: { type: 'string' }, content: { type: 'string' }, mode: { type: 'string' }, out: { type: 'string' } } });
const site = path.resolve(values.site ?? '');
const out = path.resolve(values.out ?? '');
const mode = values.mode;
if (!values.site || !values.out || !values.content || (mode !== 'portal' && mode !== 'alone' && mode !== 'folder')) {
  console.error('usage: scripts/bench-index.ts --site DIR --content DIR --mode portal|alone|folder --out DIR');
  process.exit(2);
}
const language = readLanguage(path.resolve(values.content));
rmSync(out, { recursive: true, force: true });

const started = performance.now();
let pages: number;
if (mode === 'folder') {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ko', excludeSelectors: EXCLUDE });
  if (!index) throw new Error(errors.join('; '));
  const added = await index.addDirectory({ path: site, glob: '**/*.html' });
  if (added.errors.length > 0) throw new Error(added.errors.join('; '));
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  pages = added.page_count;
} else {
  pages = (await buildSearchIndex({ siteDir: site, outputPath: out, mode, language })).pages;
}
const seconds = (performance.now() - started) / 1000;
await closePagefind();
console.log(JSON.stringify({ mode, pages, seconds }));
