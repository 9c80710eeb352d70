/**
 * Measures search quality on the fixture corpus: Pagefind alone vs the portal's Korean-aware
 * search, recall@10 and MRR per kind of query, and both index sizes.
 *
 *   npx node scripts/eval-search.ts            # builds the fixture site into /tmp, then measures
 *   npx node scripts/eval-search.ts --site DIR # measures an already built fixture site
 *   … --json                                   # prints the numbers as JSON instead of tables
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex, closePagefind, readLanguage } from '../src/build/pagefind-index.ts';
import { portalSearch } from '../src/domain/search/engine.ts';
import type { LanguageData } from '../src/domain/search/korean.ts';
import { loadPagefind } from './search-harness.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURE_CONTENT = path.join(ROOT, 'tests/fixtures/search-corpus');
export const FIXTURE_QUERIES = path.join(ROOT, 'tests/fixtures/search-queries.json');

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
}

export interface Evaluation {
  alone: { rows: KindRow[]; overall: KindRow; outcomes: QueryOutcome[]; indexBytes: number };
  portal: { rows: KindRow[]; overall: KindRow; outcomes: QueryOutcome[]; indexBytes: number };
}

/** The release id in a result URL: `/releases/2026-01-12-slug/` → `2026-01-12-slug`. */
export function releaseIdOf(url: string): string {
  return /\/releases\/([^/]+)\/?$/.exec(url)?.[1] ?? url;
}

export function score(query: JudgedQuery, top: string[], total: number): Pick<QueryOutcome, 'recall' | 'rr' | 'falseHits'> {
  const top10 = top.slice(0, 10);
  if (query.relevant.length === 0) return { recall: 1, rr: 1, falseHits: total };
  const relevant = new Set(query.relevant);
  const found = top10.filter((id) => relevant.has(id)).length;
  const first = top10.findIndex((id) => relevant.has(id));
  return { recall: found / Math.min(10, relevant.size), rr: first >= 0 ? 1 / (first + 1) : 0, falseHits: 0 };
}

function summarise(outcomes: QueryOutcome[]): { rows: KindRow[]; overall: KindRow } {
  const kinds = [...new Set(outcomes.map((o) => o.kind))];
  const row = (kind: string, list: QueryOutcome[]): KindRow => {
    const judged = list.filter((o) => o.kind !== 'find-nothing');
    const mean = (f: (o: QueryOutcome) => number) => (judged.length ? judged.reduce((s, o) => s + f(o), 0) / judged.length : 1);
    return { kind, queries: list.length, recall: mean((o) => o.recall), mrr: mean((o) => o.rr), falseHits: list.reduce((s, o) => s + o.falseHits, 0) };
  };
  return { rows: kinds.map((k) => row(k, outcomes.filter((o) => o.kind === k))), overall: row('overall', outcomes) };
}

async function idsToReleases(results: { data(): Promise<{ url: string }> }[]): Promise<string[]> {
  const data = await Promise.all(results.slice(0, 10).map((r) => r.data()));
  return data.map((d) => releaseIdOf(d.url));
}

export function buildFixtureSite(outDir: string, cacheDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      PORTAL_CONTENT_DIR: FIXTURE_CONTENT,
      PORTAL_OUT_DIR: outDir,
      PORTAL_CACHE_DIR: cacheDir,
      PORTAL_AS_OF: '2027-01-15',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  if (result.status !== 0) throw new Error(`fixture build failed:\n${result.stdout}\n${result.stderr}`);
}

export async function evaluate(siteDir: string, workDir: string, language?: LanguageData): Promise<Evaluation> {
  const lang = language ?? readLanguage(FIXTURE_CONTENT);
  const queries: JudgedQuery[] = JSON.parse(readFileSync(FIXTURE_QUERIES, 'utf8')).queries;
  const alonePath = path.join(workDir, 'alone');
  const portalPath = path.join(workDir, 'portal');
  // The judgments cover the corpus's releases only: the index measured is theirs, so pages
  // nobody judged (about, KPI readings) neither take top-10 places nor shift term statistics.
  const include = (relative: string) => relative.startsWith('releases/20');
  const aloneReport = await buildSearchIndex({ siteDir, outputPath: alonePath, mode: 'alone', language: lang, include });
  const portalReport = await buildSearchIndex({ siteDir, outputPath: portalPath, mode: 'portal', language: lang, include });
  await closePagefind();
  const alone = await loadPagefind(alonePath);
  const portal = await loadPagefind(portalPath);
  const aloneOutcomes: QueryOutcome[] = [];
  const portalOutcomes: QueryOutcome[] = [];
  for (const query of queries) {
    const a = await alone.search(query.q);
    const aTop = await idsToReleases(a?.results ?? []);
    aloneOutcomes.push({ id: query.id, kind: query.kind, q: query.q, top: aTop, ...score(query, aTop, a?.results.length ?? 0) });
    const p = await portalSearch(portal, query.q, lang);
    const pTop = await Promise.all(p.results.slice(0, 10).map(async (r) => releaseIdOf(await fragmentUrl(portalPath, r.id))));
    portalOutcomes.push({ id: query.id, kind: query.kind, q: query.q, top: pTop, unmatched: p.unmatched, ...score(query, pTop, p.results.length) });
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

export function table(evaluation: Evaluation): string {
  const lines = [
    '| kind | queries | recall@10 alone | recall@10 portal | MRR alone | MRR portal | false hits alone | false hits portal |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const rows = [...evaluation.alone.rows, evaluation.alone.overall];
  const portalRows = [...evaluation.portal.rows, evaluation.portal.overall];
  rows.forEach((a, i) => {
    const p = portalRows[i]!;
    const name = a.kind === 'overall' ? '**overall**' : a.kind;
    lines.push(`| ${name} | ${a.queries} | ${pct(a.recall)} | ${pct(p.recall)} | ${pct(a.mrr)} | ${pct(p.mrr)} | ${a.falseHits} | ${p.falseHits} |`);
  });
  const ratio = evaluation.portal.indexBytes / evaluation.alone.indexBytes;
  lines.push('', `index (word index + fragments + filters + meta, gzip as served): alone ${evaluation.alone.indexBytes} B, portal ${evaluation.portal.indexBytes} B (${ratio.toFixed(2)}×)`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const siteArg = args.indexOf('--site');
  const work = path.join(os.tmpdir(), 'search-eval');
  const siteDir = siteArg >= 0 ? path.resolve(args[siteArg + 1] ?? '') : path.join(work, 'site');
  if (siteArg < 0) buildFixtureSite(siteDir, path.join(work, 'cache'));
  if (!existsSync(siteDir)) throw new Error(`no site at ${siteDir}`);
  const evaluation = await evaluate(siteDir, path.join(work, 'bundles'));
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(evaluation, null, 2)}\n`);
  } else {
    process.stdout.write(`${table(evaluation)}\n`);
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
