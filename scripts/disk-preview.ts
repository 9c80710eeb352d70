/**
 * npm run preview:disk [-- BUILT [OUT]]   (default: dist/ → preview/)
 * Turns a built site into the pull-request preview that opens from disk (src/build/disk-preview.ts).
 * Reads PORTAL_SITE and PORTAL_BASE as the build did, to know which links are the site's own.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeDiskPreview } from '../src/build/disk-preview.ts';
import { readSiteEnv } from '../src/content-io/site-env.ts';
import { t } from '../src/i18n/index.ts';

const { positionals } = parseArgs({ allowPositionals: true, options: {} });
const built = path.resolve(positionals[0] ?? 'dist');
const out = path.resolve(positionals[1] ?? 'preview');
const { site } = readSiteEnv();
let pages: number;
try {
  pages = writeDiskPreview(built, out, { site: site.origin, base: site.base });
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
process.stdout.write(`${t('cli.diskPreview.done', { pages, out: path.relative(process.cwd(), out) || '.' })}\n`);
