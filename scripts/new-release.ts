/**
 * npm run new:release [-- --title "…" --category 보도자료 --orgs a,b --slug x --date 2026-12-01T10:00:00+09:00]
 * Writes content/releases/<YYYY>/<YYYY-MM-DD>-<slug>.mdx with every required field
 * filled or commented. Asks for what the flags leave out; never overwrites a file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/content-io/load-content.ts';
import { kstDay, parseKstTime, toKstIso } from '../src/foundation/kst.ts';
import { SLUG_PATTERN, slugFromTitle } from '../src/foundation/slug.ts';
import { CATEGORIES } from '../src/schemas/release.ts';
import { readSiteEnv } from '../src/content-io/site-env.ts';
import { releaseTemplate } from './release-template.ts';

const { values } = parseArgs({
  options: {
    title: { type: 'string' },
    category: { type: 'string' },
    orgs: { type: 'string' },
    slug: { type: 'string' },
    date: { type: 'string' },
    content: { type: 'string' },
  },
});

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const env = readSiteEnv();
const contentDir = values.content ? path.resolve(values.content) : env.contentDir;
const prompt = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
async function ask(question: string, given: string | undefined, fallback = ''): Promise<string> {
  if (given !== undefined) return given;
  if (!prompt) return fallback;
  return (await prompt.question(question)).trim() || fallback;
}

const title = (await ask('제목 (title): ', values.title)).normalize('NFC');
if (!title) fail('new:release — 제목이 없습니다 (title is required) → --title "제목" 을 주세요');

const categoryLabels = Object.values(CATEGORIES);
const category = await ask(`분류 (${categoryLabels.join('/')}) [보도자료]: `, values.category, '보도자료');
if (!categoryLabels.includes(category as never) && !(category in CATEGORIES)) {
  fail(`new:release — 알 수 없는 분류 '${category}' (unknown category) → ${categoryLabels.join(', ')} 중 하나`);
}

const known = new Set(loadContent(contentDir, env.asOf).organizations?.data.map((o) => o.id) ?? []);
const orgs = (await ask(`기관 id, 쉼표로 구분 (예: ${[...known].slice(0, 2).join(',')}): `, values.orgs))
  .split(',')
  .map((id) => id.trim())
  .filter(Boolean);
const unknown = orgs.filter((id) => !known.has(id));
if (unknown.length > 0) fail(`new:release — organizations.yaml에 없는 기관 id: ${unknown.join(', ')} (unknown organisation) → 먼저 기관을 추가하세요`);

const when = values.date ? parseKstTime(values.date) : { instant: env.asOf, dateOnly: false };
if (!when) fail(`new:release — 날짜 형식이 잘못되었습니다: ${values.date} → 2026-12-01 또는 2026-12-01T10:00:00+09:00`);
const day = kstDay(when.instant);

const slug = await ask(`주소용 영문 slug [${slugFromTitle(title)}]: `, values.slug, slugFromTitle(title));
prompt?.close();
if (!SLUG_PATTERN.test(slug)) fail(`new:release — slug '${slug}'는 영문 소문자·숫자·하이픈만 쓸 수 있습니다 (bad slug) → 예: jeju-ai-saeopdan-chulbeom`);

const folder = path.join(contentDir, 'releases', day.slice(0, 4));
const file = path.join(folder, `${day}-${slug}.mdx`);
mkdirSync(folder, { recursive: true });
try {
  // 'wx': refuse to overwrite an existing release.
  writeFileSync(file, releaseTemplate({ title, category, organizations: orgs, date: when.dateOnly ? day : toKstIso(when.instant) }), { flag: 'wx' });
} catch {
  fail(`new:release — 이미 있는 파일입니다: ${path.relative(process.cwd(), file)} (file exists, not overwritten) → 다른 --slug 를 주세요`);
}
process.stdout.write(`만들었습니다 (created): ${path.relative(process.cwd(), file)}\n다음: 본문과 요약을 쓰고 npm run validate 로 확인하세요.\n`);
