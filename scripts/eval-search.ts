/**
 * Measures search quality on the judged corpora: Pagefind alone vs the portal's Korean-aware
 * search, recall@10 and MRR per kind of query, and both index sizes.
 *
 * Two judged sets: `fixture` (tests/fixtures/search-corpus with search-queries.json, written
 * together with the matching code) and `unseen` (tests/fixtures/search-unseen with its
 * queries.json, written by someone who had not read the matching code).
 *
 *   npm run search:eval                        # both corpora: builds each site into test-output/, then measures
 *   … -- --corpus unseen                       # one corpus
 *   … -- --site DIR                            # measures an already built site (with --corpus)
 *   … -- --releases-only                       # indexes the release pages only (the judged population)
 *   … -- --misses                              # lists every query below 1 (and every false hit)
 *   … -- --json                                # prints the numbers as JSON instead of tables
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex, closePagefind, readLanguage, SITE_PAGES_FILE } from '../src/build/pagefind-index.ts';
import { portalSearch } from '../src/domain/search/engine.ts';
import type { LanguageData } from '../src/domain/search/korean.ts';
import { loadPagefind } from './search-harness.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURE_CONTENT = path.join(ROOT, 'tests/fixtures/search-corpus');
export const FIXTURE_QUERIES = path.join(ROOT, 'tests/fixtures/search-queries.json');

/** A judged corpus: a content folder and its judged queries. */
export interface Corpus {
  name: 'fixture' | 'unseen';
  content: string;
  queries: string;
}

export const CORPORA: Record<Corpus['name'], Corpus> = {
  fixture: { name: 'fixture', content: FIXTURE_CONTENT, queries: FIXTURE_QUERIES },
  unseen: { name: 'unseen', content: path.join(ROOT, 'tests/fixtures/search-unseen'), queries: path.join(ROOT, 'tests/fixtures/search-unseen/queries.json') },
};

export function judgedQueries(corpus: Corpus): JudgedQuery[] {
  return JSON.parse(readFileSync(corpus.queries, 'utf8')).queries as JudgedQuery[];
}

export interface JudgedQuery {
  id: string;
  kind: string;
  q: string;
  relevant: string[];
  allWords?: string[];
}

export interface QueryOutcome {
  id: string;
  kind: string;
  q: string;
  top: string[];
  recall: number;
  rr: number;
  falseHits: number;
  unmatched?: string[];
}

export interface KindRow {
  kind: string;
  queries: number;
  recall: number;
  mrr: number;
  falseHits: number;
  /** Queries whose result list held a release not judged relevant. */
  wrongLists: number;
}

export interface Evaluation {
  alone: { rows: KindRow[]; overall: KindRow; outcomes: QueryOutcome[]; indexBytes: number };
  portal: { rows: KindRow[]; overall: KindRow; outcomes: QueryOutcome[]; indexBytes: number };
}

/** The release id in a result URL: `/releases/2026-01-12-slug/` → `2026-01-12-slug`. */
export function releaseIdOf(url: string): string {
  return /\/releases\/([^/]+)\/?$/.exec(url)?.[1] ?? url;
}

/**
 * Scores one query. `listed` is the result list (every release in it, in order), `partial` the
 * releases shown after it as matching only some of the words. Recall@10 and the reciprocal rank
 * read the list followed by the partial section (its first 10 releases, as the acceptance check
 * reads the page); a false result is a release in the list that is not judged relevant (for a
 * find-nothing query: any release in the list).
 */
export function score(query: JudgedQuery, listed: string[], partial: string[] = []): Pick<QueryOutcome, 'recall' | 'rr' | 'falseHits'> {
  const relevant = new Set(query.relevant);
  const falseHits = listed.filter((id) => !relevant.has(id)).length;
  if (relevant.size === 0) return { recall: 1, rr: 1, falseHits };
  const top10 = [...listed, ...partial].slice(0, 10);
  const found = top10.filter((id) => relevant.has(id)).length;
  const first = top10.findIndex((id) => relevant.has(id));
  return { recall: found / Math.min(10, relevant.size), rr: first >= 0 ? 1 / (first + 1) : 0, falseHits };
}

export function summarise(outcomes: QueryOutcome[]): { rows: KindRow[]; overall: KindRow } {
  const kinds = [...new Set(outcomes.map((o) => o.kind))];
  const row = (kind: string, list: QueryOutcome[]): KindRow => {
    const judged = list.filter((o) => o.kind !== 'find-nothing');
    const mean = (f: (o: QueryOutcome) => number) => (judged.length ? judged.reduce((s, o) => s + f(o), 0) / judged.length : 1);
    return { kind, queries: list.length, recall: mean((o) => o.recall), mrr: mean((o) => o.rr), falseHits: list.reduce((s, o) => s + o.falseHits, 0), wrongLists: list.filter((o) => o.falseHits > 0).length };
  };
  return { rows: kinds.map((k) => row(k, outcomes.filter((o) => o.kind === k))), overall: row('overall', outcomes) };
}

async function idsToReleases(results: { data(): Promise<{ url: string }> }[]): Promise<string[]> {
  const data = await Promise.all(results.map((r) => r.data()));
  return data.map((d) => releaseIdOf(d.url));
}

export function buildFixtureSite(outDir: string, cacheDir: string, content = FIXTURE_CONTENT): void {
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      PORTAL_CONTENT_DIR: content,
      PORTAL_OUT_DIR: outDir,
      PORTAL_CACHE_DIR: cacheDir,
      PORTAL_AS_OF: '2027-01-15',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  if (result.status !== 0) throw new Error(`fixture build failed:\n${result.stdout}\n${result.stderr}`);
}

export interface EvaluateOptions {
  corpus?: Corpus;
  language?: LanguageData;
  /** Index the release pages only (the judged population), not the about and KPI pages the site also indexes. */
  releasesOnly?: boolean;
}

export async function evaluate(siteDir: string, workDir: string, options: EvaluateOptions = {}): Promise<Evaluation> {
  const corpus = options.corpus ?? CORPORA.fixture;
  const lang = options.language ?? readLanguage(corpus.content);
  const queries = judgedQueries(corpus);
  const alonePath = path.join(workDir, 'alone');
  const portalPath = path.join(workDir, 'portal');
  const include = options.releasesOnly ? { include: (relative: string) => relative.startsWith('releases/20') } : {};
  const aloneReport = await buildSearchIndex({ siteDir, outputPath: alonePath, mode: 'alone', language: lang, ...include });
  const portalReport = await buildSearchIndex({ siteDir, outputPath: portalPath, mode: 'portal', language: lang, ...include });
  await closePagefind();
  const alone = await loadPagefind(alonePath);
  const portal = await loadPagefind(portalPath);
  const sitePages = new Set<string>(JSON.parse(readFileSync(path.join(portalPath, SITE_PAGES_FILE), 'utf8')).ids);
  const aloneOutcomes: QueryOutcome[] = [];
  const portalOutcomes: QueryOutcome[] = [];
  for (const query of queries) {
    const a = await alone.search(query.q);
    const aList = await idsToReleases(a?.results ?? []);
    aloneOutcomes.push({ id: query.id, kind: query.kind, q: query.q, top: aList.slice(0, 10), ...score(query, aList) });
    const p = await portalSearch(portal, query.q, lang, { sitePages });
    const ids = (list: { id: string }[]) => Promise.all(list.map(async (r) => releaseIdOf(await fragmentUrl(portalPath, r.id))));
    const pList = await ids(p.results);
    // The page shows the first 10 partial matches after the list.
    const pPartial = await ids(p.partial.slice(0, 10));
    portalOutcomes.push({ id: query.id, kind: query.kind, q: query.q, top: [...pList, ...pPartial].slice(0, 10), unmatched: p.unmatched, ...score(query, pList, pPartial) });
  }
  return {
    alone: { ...summarise(aloneOutcomes), outcomes: aloneOutcomes, indexBytes: aloneReport.indexBytes },
    portal: { ...summarise(portalOutcomes), outcomes: portalOutcomes, indexBytes: portalReport.indexBytes },
  };
}

/** A result id's URL, read from its fragment (what `result.data()` does in the browser). */
async function fragmentUrl(bundleDir: string, id: string): Promise<string> {
  const { gunzipSync } = await import('node:zlib');
  const raw = gunzipSync(readFileSync(path.join(bundleDir, 'fragment', `${id}.pf_fragment`))).toString('utf8');
  return JSON.parse(raw.slice(raw.indexOf('{'))).url;
}

const pct = (n: number) => n.toFixed(3);

/** A kind's cell: recall or MRR, or — for find-nothing queries (nothing to find). */
const figure = (row: KindRow, value: number) => (row.kind === 'find-nothing' ? '—' : pct(value));
/** False results, with the number of queries they fell in. */
export const falseCell = (row: KindRow) => (row.falseHits === 0 ? '0' : `${row.falseHits} (${row.wrongLists})`);

export function table(evaluation: Evaluation): string {
  const lines = [
    '| kind | queries | recall@10 alone | recall@10 portal | MRR alone | MRR portal | false results alone | false results portal |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const rows = [...evaluation.alone.rows, evaluation.alone.overall];
  const portalRows = [...evaluation.portal.rows, evaluation.portal.overall];
  rows.forEach((a, i) => {
    const p = portalRows[i]!;
    const name = a.kind === 'overall' ? '**overall**' : a.kind;
    lines.push(`| ${name} | ${a.queries} | ${figure(a, a.recall)} | ${figure(p, p.recall)} | ${figure(a, a.mrr)} | ${figure(p, p.mrr)} | ${falseCell(a)} | ${falseCell(p)} |`);
  });
  const ratio = evaluation.portal.indexBytes / evaluation.alone.indexBytes;
  lines.push('', `index (word index + fragments + filters + meta, gzip as served): alone ${evaluation.alone.indexBytes} B, portal ${evaluation.portal.indexBytes} B (${ratio.toFixed(2)}×)`);
  return lines.join('\n');
}

/**
 * The judged sets a command line asks for (`--corpus fixture|unseen`, default both), each with its
 * built site: `--site DIR`, or a fresh build under test-output/<folder>/<corpus>/ (inside the
 * repository, which git ignores: Astro keeps a build's prerender files under an outDir there).
 */
export function corpusSites(args: string[], folder: string): { corpus: Corpus; siteDir: string; work: string }[] {
  const siteArg = args.indexOf('--site');
  const corpusArg = args.indexOf('--corpus');
  const names = corpusArg >= 0 ? [args[corpusArg + 1] as Corpus['name']] : (['fixture', 'unseen'] as const);
  return names.map((name) => {
    const corpus = CORPORA[name];
    if (!corpus) throw new Error(`unknown corpus ${name} (fixture, unseen)`);
    const work = path.join(ROOT, 'test-output', folder, corpus.name);
    const siteDir = siteArg >= 0 ? path.resolve(args[siteArg + 1] ?? '') : path.join(work, 'site');
    if (siteArg < 0) buildFixtureSite(siteDir, path.join(work, 'cache'), corpus.content);
    if (!existsSync(siteDir)) throw new Error(`no site at ${siteDir}`);
    return { corpus, siteDir, work };
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  for (const { corpus, siteDir, work } of corpusSites(args, 'search-eval')) {
    const evaluation = await evaluate(siteDir, path.join(work, 'bundles'), { corpus, releasesOnly: args.includes('--releases-only') });
    report(corpus, evaluation, args);
  }
}

function report(corpus: Corpus, evaluation: Evaluation, args: string[]): void {
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ corpus: corpus.name, ...evaluation }, null, 2)}\n`);
  } else {
    process.stdout.write(`\n## ${corpus.name} (${path.relative(ROOT, corpus.content)})\n\n${table(evaluation)}\n`);
    if (args.includes('--misses')) {
      for (const mode of ['alone', 'portal'] as const) {
        for (const o of evaluation[mode].outcomes) {
          if (o.recall < 1 || o.rr < 1 || o.falseHits > 0) process.stdout.write(`${mode}\t${o.id}\t${o.kind}\t${o.q}\tR=${pct(o.recall)} RR=${pct(o.rr)} FH=${o.falseHits}\t${o.top.slice(0, 5).join(' ')}${o.unmatched?.length ? `\tunmatched=${o.unmatched.join(',')}` : ''}\n`);
        }
      }
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
