/**
 * npm run new:release [-- --title "…" --category press --orgs a,b --slug x --date 2026-12-01T10:00:00+09:00]
 * Writes content/releases/<YYYY>/<YYYY-MM-DD>-<slug>.mdx with every required field
 * filled or commented, as a draft (`draft: true`): nothing is published until the draft line is
 * deleted, and the command says how. Asks for what the flags leave out, the publication time
 * included (default: the as-of day); never overwrites a file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/content-io/load-content.ts';
import { kstDay, parseKstTime, toKstIso } from '../src/foundation/kst.ts';
import { SLUG_PATTERN, slugFromTitle } from '../src/domain/slug.ts';
import { CATEGORIES } from '../src/schemas/release.ts';
import { readSiteEnv } from '../src/content-io/site-env.ts';
import { t } from '../src/i18n/index.ts';
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

const title = (await ask(t('cli.newRelease.askTitle'), values.title)).normalize('NFC');
if (!title) fail(t('cli.newRelease.noTitle'));

const categoryLabels = Object.values(CATEGORIES);
const category = await ask(t('cli.newRelease.askCategory', { labels: categoryLabels.join('/'), fallback: CATEGORIES.press }), values.category, CATEGORIES.press);
if (!categoryLabels.includes(category as never) && !(category in CATEGORIES)) {
  fail(t('cli.newRelease.unknownCategory', { category, labels: categoryLabels.join(', ') }));
}

const known = new Set(loadContent(contentDir, env.asOf).organizations?.data.map((o) => o.id) ?? []);
const orgs = (await ask(t('cli.newRelease.askOrganizations', { examples: [...known].slice(0, 2).join(',') }), values.orgs))
  .split(',')
  .map((id) => id.trim())
  .filter(Boolean);
const unknown = orgs.filter((id) => !known.has(id));
if (unknown.length > 0) fail(t('cli.newRelease.unknownOrganizations', { ids: unknown.join(', ') }));

const dateText = await ask(t('cli.newRelease.askDate', { fallback: toKstIso(env.asOf) }), values.date, '');
const when = dateText ? parseKstTime(dateText) : { instant: env.asOf, dateOnly: false };
if (!when) fail(t('cli.newRelease.badDate', { date: dateText }));
const day = kstDay(when.instant);

const slug = await ask(t('cli.newRelease.askSlug', { fallback: slugFromTitle(title) }), values.slug, slugFromTitle(title));
prompt?.close();
if (!SLUG_PATTERN.test(slug)) fail(t('cli.newRelease.badSlug', { slug }));

const folder = path.join(contentDir, 'releases', day.slice(0, 4));
const file = path.join(folder, `${day}-${slug}.mdx`);
mkdirSync(folder, { recursive: true });
try {
  // 'wx': refuse to overwrite an existing release.
  writeFileSync(file, releaseTemplate({ title, category, organizations: orgs, date: when.dateOnly ? day : toKstIso(when.instant) }), { flag: 'wx' });
} catch {
  fail(t('cli.newRelease.exists', { file: path.relative(process.cwd(), file) }));
}
const date = when.dateOnly ? day : toKstIso(when.instant);
process.stdout.write(`${t('cli.newRelease.created', { file: path.relative(process.cwd(), file), date, day })}\n`);
