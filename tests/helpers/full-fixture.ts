/**
 * The content of the full fixture: every feature in use. It is composed at test time from the
 * committed fixtures: the synthetic KPI year (charts on every KPI page, a <Stat> release,
 * revisions) + the search corpus (59 releases, synonyms, policy pages) + the base fixture; YAML
 * lists of organisations and sources are merged by id, the tag vocabularies (tags.yaml) by tag; plus a notice open at the as-of time
 * with attachments, a corrected release and a release dated in UTC. A fixture folder added later
 * joins by being listed in FULL_LAYERS. Built (as `full`, under /portal/) by shared-sites.ts.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { buildRoot, FIXTURES } from './paths.ts';
import { bigPng, hwpLike, OPEN_NOTICE_ATTACHMENTS, rawRelease, smallPdf } from './journalist-fixture.ts';

/** Fixture folders layered into the full site; earlier layers win for files both have. */
export const FULL_LAYERS = ['kpi-synthetic', 'search-corpus', 'site-base'];
export const FULL_AS_OF = '2026-11-27';
export const FULL_BASE = '/portal/';

type Yaml = Record<string, unknown>;

/** Organisations: a list of `{ id, … }`; the first layer's entry wins. */
function mergeById(lists: unknown[]): unknown[] {
  const seen = new Set<string>();
  const out: unknown[] = [];
  for (const list of lists) {
    for (const item of Array.isArray(list) ? list : []) {
      const id = (item as { id?: string }).id ?? JSON.stringify(item);
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(item);
    }
  }
  return out;
}

function readYaml(file: string): unknown {
  return existsSync(file) ? parse(readFileSync(file, 'utf8')) : undefined;
}

/** Several tag vocabularies (tags.yaml files, missing ones skipped) as one tags.yaml: every tag and merged tag, the first file's label winning. */
export function mergedTagVocabulary(files: string[]): string {
  const vocabularies = files.map((file) => readYaml(file) as { tags?: Yaml; merged?: Yaml } | undefined).filter((v) => !!v);
  const tags = Object.assign({}, ...vocabularies.map((v) => v.tags ?? {}).reverse());
  const merged = Object.assign({}, ...vocabularies.map((v) => v.merged ?? {}).reverse());
  return stringify({ tags, merged });
}

/** Writes the committed layers into the full fixture's content folder (once per test run). */
function composeLayers(dir: string): string {
  if (existsSync(path.join(dir, 'programme.yaml'))) return dir;
  mkdirSync(dir, { recursive: true });
  const layers = FULL_LAYERS.map((name) => path.join(FIXTURES, name));
  for (const layer of layers) {
    // Files the earlier layers already have stay (no overwrite); README files are not content.
    cpSync(layer, dir, { recursive: true, force: false, filter: (src) => !/README\.md$/.test(src) });
  }
  // Releases: one id once, whatever year folder it sits in.
  const seenReleases = new Set<string>();
  const releasesDir = path.join(dir, 'releases');
  for (const year of existsSync(releasesDir) ? readdirSync(releasesDir) : []) {
    for (const file of readdirSync(path.join(releasesDir, year))) {
      if (seenReleases.has(file)) throw new Error(`release ${file} twice in the full fixture`);
      seenReleases.add(file);
    }
  }
  const organizations = mergeById(layers.map((l) => readYaml(path.join(l, 'organizations.yaml'))));
  writeFileSync(path.join(dir, 'organizations.yaml'), stringify(organizations));
  writeFileSync(path.join(dir, 'tags.yaml'), mergedTagVocabulary(layers.map((l) => path.join(l, 'tags.yaml'))));
  const programmes = layers.map((l) => readYaml(path.join(l, 'programme.yaml')) as Yaml | undefined).filter((p): p is Yaml => !!p);
  const programme = { ...programmes[0] };
  programme['sources'] = Object.assign({}, ...programmes.map((p) => p['sources'] ?? {}).reverse());
  writeFileSync(path.join(dir, 'programme.yaml'), stringify(programme));
  return dir;
}

/** A notice open at FULL_AS_OF with its attachments (HWP, PDF, image), a corrected release, a release dated in UTC. */
export const JOURNALIST_NOTICE = '2026-11-20-third-call-open';
const CORRECTED = '2026-11-02-corrected-news';
/** Written in UTC (23:30 Z): in Korea it is already the next morning, 2026-11-03 08:30. */
export const UTC_WRITTEN = '2026-11-03-utc-written';

async function addJournalistLayer(dir: string): Promise<void> {
  const files: Record<string, string | Buffer> = {
    [`releases/2026/${JOURNALIST_NOTICE}.mdx`]: rawRelease({
      id: JOURNALIST_NOTICE,
      date: '2026-11-20T09:00:00+09:00',
      title: '3차 수요기업 모집',
      category: '공지',
      tags: ['모집'],
      extra: ['application:', '  opens: 2026-11-20T09:00:00+09:00', '  closes: 2026-12-04T18:00:00+09:00', ...OPEN_NOTICE_ATTACHMENTS],
    }),
    [`releases/2026/${CORRECTED}.mdx`]: rawRelease({
      id: CORRECTED,
      date: '2026-11-02T10:00:00+09:00',
      title: '정정이 있는 보도자료',
      extra: ['corrections:', '  - date: 2026-11-03T09:00:00+09:00', '    note: 행사 장소를 바로잡았습니다.'],
    }),
    [`releases/2026/${UTC_WRITTEN}.mdx`]: rawRelease({ id: UTC_WRITTEN, date: '2026-11-02T23:30:00Z', title: 'UTC로 적은 보도자료' }),
    [`attachments/${JOURNALIST_NOTICE}/참가신청서.hwp`]: hwpLike(),
    [`attachments/${JOURNALIST_NOTICE}/모집-안내.pdf`]: smallPdf(),
    [`attachments/${JOURNALIST_NOTICE}/matching-room.png`]: await bigPng(),
  };
  for (const [relative, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), body);
  }
}

/** Writes (once per test run, or into `dir` for `npm run demo`) and returns the full fixture's content folder. */
export async function fullContent(dir = path.join(buildRoot(), 'content-quality-full')): Promise<string> {
  const content = composeLayers(dir);
  if (!existsSync(path.join(content, '.ready'))) {
    await addJournalistLayer(content);
    writeFileSync(path.join(content, '.ready'), '');
  }
  return content;
}
