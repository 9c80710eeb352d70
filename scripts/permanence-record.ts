/**
 * npm run permanence:record [-- --content DIR] [-- --check]
 * Writes content/published.json: every release public at the as-of time (PORTAL_AS_OF,
 * default now) with its URL and the hash of its text, plus the releases withdrawn or
 * moved since. Refuses while any content file has an error (a changed release needs
 * its corrections entry first). With --check, writes nothing and exits 1 when the
 * committed record is not what it would write (for CI).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/content-io/check-content.ts';
import { loadPermanenceFiles, nextRecord, writeRecord } from '../src/content-io/permanence.ts';
import { formatProblem, hasErrors, sortProblems } from '../src/foundation/problems.ts';
import { RECORD_FILE } from '../src/schemas/permanence.ts';
import { readSiteEnv } from '../src/content-io/site-env.ts';
import { t } from '../src/i18n/index.ts';

const { values } = parseArgs({
  options: { content: { type: 'string' }, check: { type: 'boolean', default: false } },
  allowPositionals: false,
});
const env = readSiteEnv();
const contentDir = values.content ? path.resolve(values.content) : env.contentDir;

const loaded = await checkContent(contentDir, env.asOf, env.site);
if (hasErrors(loaded.problems)) {
  const errors = sortProblems(loaded.problems).filter((p) => p.severity === 'error');
  process.stderr.write(`${t('cli.permanence.notWritten', { count: errors.length })}\n${errors.map(formatProblem).join('\n')}\n`);
  process.exit(1);
}
const files = loadPermanenceFiles(contentDir, []);
const record = nextRecord(files.record?.data.releases ?? [], loaded.releases, files, env.asOf);
const target = path.join(contentDir, RECORD_FILE);
const text = `${JSON.stringify(record, null, 2)}\n`;
const before = existsSync(target) ? readFileSync(target, 'utf8') : '';
if (values.check) {
  if (before !== text) {
    process.stderr.write(`${t('cli.permanence.outOfDate', { file: path.relative(process.cwd(), target) })}\n`);
    process.exit(1);
  }
  process.stdout.write(`${t('cli.permanence.upToDate', { count: record.releases.length })}\n`);
} else {
  writeRecord(contentDir, record);
  const changed = t(before === text ? 'cli.permanence.unchanged' : 'cli.permanence.written');
  process.stdout.write(`${t('cli.permanence.summary', { file: path.relative(process.cwd(), target), count: record.releases.length, changed })}\n`);
}
