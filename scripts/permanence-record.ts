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

const { values } = parseArgs({
  options: { content: { type: 'string' }, check: { type: 'boolean', default: false } },
  allowPositionals: false,
});
const env = readSiteEnv();
const contentDir = values.content ? path.resolve(values.content) : env.contentDir;

const loaded = await checkContent(contentDir, env.asOf, env.site);
if (hasErrors(loaded.problems)) {
  const errors = sortProblems(loaded.problems).filter((p) => p.severity === 'error');
  process.stderr.write(`게시 기록을 쓰지 않았습니다: 콘텐츠 오류 ${errors.length}건을 먼저 고치세요 (record not written: fix these first)\n${errors.map(formatProblem).join('\n')}\n`);
  process.exit(1);
}
const files = loadPermanenceFiles(contentDir, []);
const record = nextRecord(files.record?.data.releases ?? [], loaded.releases, files, env.asOf);
const target = path.join(contentDir, RECORD_FILE);
const text = `${JSON.stringify(record, null, 2)}\n`;
const before = existsSync(target) ? readFileSync(target, 'utf8') : '';
if (values.check) {
  if (before !== text) {
    process.stderr.write(`${path.relative(process.cwd(), target)}이(가) 최신이 아닙니다 (the permanence record is out of date) → npm run permanence:record 를 실행하고 커밋하세요\n`);
    process.exit(1);
  }
  process.stdout.write(`게시 기록이 최신입니다: 보도자료 ${record.releases.length}건 (record up to date)\n`);
} else {
  writeRecord(contentDir, record);
  const changed = before === text ? '바뀐 것 없음 (unchanged)' : '새로 씀 (written)';
  process.stdout.write(`${path.relative(process.cwd(), target)}: 보도자료 ${record.releases.length}건, ${changed}\n`);
}
