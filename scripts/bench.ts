/**
 * npm run bench [-- --sizes 1000,10000] [--runs 3] [--no-lighthouse] [--no-write]
 *
 * The build benchmark of issue 7 (a benchmark, never a test: timings on 2 cores are noisy).
 * For each size N it generates a seeded synthetic archive (scripts/generate-archive.ts, plus the
 * synthetic KPI year: organisations, matched pairs, budget), then measures:
 *
 * - `validate`, the portal build (`astro build`, which also writes the search index): wall time,
 *   pages per second, peak RSS (GNU time's maximum resident set size of the build process); the
 *   index step's own time from the line the search-index integration logs;
 * - dist/ size, search index size, bytes a browser downloads for a first and a second query
 *   (scripts/search-bytes.ts, portal vs Pagefind alone on the same corpus), JS per page type
 *   (the quality gates' reader, tests/quality/dist.ts);
 * - the same corpus built by a minimal Astro site (bench/minimal-astro: one collection, one page
 *   per release, an archive list) and, when `hugo` is on the PATH, a minimal Hugo site
 *   (bench/minimal-hugo), and the portal's time as a ratio to each;
 * - Lighthouse (mobile) on home, a release, a KPI page, search and /data/, for the first size and
 *   for the full test fixture (tests/helpers/full-fixture.ts: every feature in use, built at root
 *   as of FULL_AS_OF), with `npx -y lighthouse@12` (not a dependency: it would bring a second zod)
 *   and CHROME_PATH.
 *
 * Every timed build and every Lighthouse figure is the median of `--runs` runs (3 by default); the
 * portal and the minimal site are built in turn, so both meet the same moments of a noisy machine,
 * each run into an empty output folder and an empty Astro cache. The portal's first build, with
 * nothing cached, is timed apart; its timed runs keep only the caches named by a content hash
 * (share images, the record archive, the search index), as a rebuild would. The search index is
 * also timed from scratch on the built pages (scripts/bench-index.ts), beside Pagefind alone on
 * the same pages: through the same Node API, and with its own folder indexer.
 *
 * Prints a report and writes it into docs/benchmarks.md between the bench markers, keeping the
 * rest of the file (the validate section). Work folders: test-output/bench/ (ignored by git).
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { distFiles, htmlFilesOf, loadedScripts } from '../tests/quality/dist.ts';
import { JS_BUDGET, pageType, type PageType } from '../tests/quality/page-types.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { parseIndexLog } from '../src/integrations/search-index.ts';
import { FULL_AS_OF, fullContent, mergedTagVocabulary } from '../tests/helpers/full-fixture.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const WORK = path.join(ROOT, 'test-output', 'bench');
const DOC = path.join(ROOT, 'docs', 'benchmarks.md');
const AS_OF = '2027-01-15';
const SITE = 'http://localhost:4321';
const node = process.execPath;
const ASTRO = path.join(ROOT, 'node_modules', '.bin', 'astro');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '3' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
});
const sizes = (values.sizes ?? '1000').split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
const RUNS = Math.max(1, Number(values.runs) || 3);

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

interface Timed {
  seconds: number;
  maxRssMb: number;
  stdout: string;
  stderr: string;
}

/** The portal's caches named by a hash of what they hold (src/build/share-image.ts, src/integrations/record-archive.ts, src/build/pagefind-index.ts): kept between timed runs. */
const CONTENT_HASH_CACHES = ['share-images', 'portal-archive', 'portal-search-index'];

/** Several runs of one build: the medians, each run's figures, and the last run's log. */
interface Runs extends Timed {
  each: { seconds: number; maxRssMb: number }[];
}

function medianRun(runs: Timed[]): Runs {
  const last = runs.at(-1);
  if (!last) throw new Error('no run');
  return { ...last, seconds: median(runs.map((r) => r.seconds)), maxRssMb: median(runs.map((r) => r.maxRssMb)), each: runs.map(({ seconds, maxRssMb }) => ({ seconds, maxRssMb })) };
}

const eachRun = (runs: Runs) => runs.each.map((r) => `${r.seconds.toFixed(1)} s / ${r.maxRssMb.toFixed(0)} MB`).join(', ');

/** Runs a command under GNU time: wall seconds and the peak RSS of the process. */
function timed(command: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT): Timed {
  const report = path.join(os.tmpdir(), `bench-time-${process.pid}.txt`);
  const started = performance.now();
  const run: SpawnSyncReturns<string> = spawnSync('/usr/bin/time', ['-f', '%M', '-o', report, command, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 512 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${run.status}):\n${run.stderr.slice(-4000)}\n${run.stdout.slice(-4000)}`);
  const kb = Number(readFileSync(report, 'utf8').trim().split('\n').pop());
  return { seconds, maxRssMb: kb / 1024, stdout: run.stdout, stderr: run.stderr };
}

function dirBytes(dir: string, filter: (file: string) => boolean = () => true): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => filter(f))
    .map((f) => statSync(path.join(dir, f)))
    .filter((s) => s.isFile())
    .reduce((sum, s) => sum + s.size, 0);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const sec = (s: number) => `${s.toFixed(1)} s`;

/** The synthetic archive plus the synthetic KPI year (organisations, matches, budget, revisions). */
function generate(count: number): string {
  const dir = path.join(WORK, `content-${count}`);
  rmSync(dir, { recursive: true, force: true });
  const run = spawnSync(node, ['scripts/generate-archive.ts', '--count', String(count), '--out', dir], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  const kpi = path.join(ROOT, 'tests', 'fixtures', 'kpi-synthetic');
  for (const file of ['programme.yaml', 'organizations.yaml', 'budget.csv', 'matches.yaml', 'revisions.yaml']) {
    if (existsSync(path.join(kpi, file))) cpSync(path.join(kpi, file), path.join(dir, file));
  }
  cpSync(path.join(kpi, 'releases'), path.join(dir, 'releases'), { recursive: true });
  // The KPI year's releases carry tags of their own: its vocabulary joins the archive's (the archive's label wins).
  writeFileSync(path.join(dir, 'tags.yaml'), mergedTagVocabulary([path.join(dir, 'tags.yaml'), path.join(kpi, 'tags.yaml')]));
  return dir;
}

function jsPerType(outDir: string): Map<PageType, number> {
  const max = new Map<PageType, number>();
  for (const file of htmlFilesOf(distFiles(outDir))) {
    const type = pageType(file);
    const html = readFileSync(path.join(outDir, file), 'utf8');
    const total = loadedScripts(outDir, SITE, '/', file, html, type === 'search' ? (f) => f.startsWith('pagefind/') : () => false).reduce((s, x) => s + x.gzip, 0);
    max.set(type, Math.max(max.get(type) ?? 0, total));
  }
  return max;
}

interface SizeResult {
  count: number;
  pages: number;
  validate: Timed;
  /** The first build, nothing cached. */
  first: Timed;
  build: Runs;
  /** The search index step inside `astro build` (its integration's log line), median of the runs. */
  index: { seconds: number; cached: boolean };
  /** The index built from scratch on the same pages (scripts/bench-index.ts), medians: the portal's, Pagefind alone's, Pagefind's folder indexer's. */
  fromScratch: Record<IndexBenchMode, number>;
  minimal: Runs;
  minimalPages: number;
  hugo?: Timed | undefined;
  hugoPages?: number | undefined;
  distBytes: number;
  indexBytes: number;
  searchBytes: string;
  js: Map<PageType, number>;
  buildLogWarnings: number;
}

const INDEX_MODES = ['portal', 'alone', 'folder'] as const;
type IndexBenchMode = (typeof INDEX_MODES)[number];

/** The search index of the built site from scratch, each way in turn, RUNS times: the medians. */
function indexFromScratch(count: number, siteDir: string, content: string): Record<IndexBenchMode, number> {
  const seconds: Record<IndexBenchMode, number[]> = { portal: [], alone: [], folder: [] };
  for (let run = 1; run <= RUNS; run += 1) {
    for (const mode of INDEX_MODES) {
      const out = path.join(WORK, `index-${count}-${mode}`);
      const result = spawnSync(node, ['scripts/bench-index.ts', '--site', siteDir, '--content', content, '--mode', mode, '--out', out], { cwd: ROOT, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`scripts/bench-index.ts --mode ${mode} failed:\n${result.stderr.slice(-2000)}`);
      const line = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as { seconds: number };
      seconds[mode].push(line.seconds);
      rmSync(out, { recursive: true, force: true });
    }
    process.stdout.write(`run ${run}: search index from scratch: portal ${sec(seconds.portal.at(-1) ?? 0)}, Pagefind alone ${sec(seconds.alone.at(-1) ?? 0)}, Pagefind's folder indexer ${sec(seconds.folder.at(-1) ?? 0)}\n`);
  }
  return { portal: median(seconds.portal), alone: median(seconds.alone), folder: median(seconds.folder) };
}

function benchSize(count: number): SizeResult {
  process.stdout.write(`\n== ${count} releases ==\n`);
  const content = generate(count);
  const portalOut = path.join(WORK, `portal-${count}`, 'dist');
  const portalCache = path.join(WORK, `portal-${count}`, 'cache');
  rmSync(path.dirname(portalOut), { recursive: true, force: true });
  const env = { PORTAL_CONTENT_DIR: content, PORTAL_AS_OF: AS_OF, PORTAL_SITE: SITE, PORTAL_BASE: '/', PORTAL_OUT_DIR: portalOut, PORTAL_CACHE_DIR: portalCache };

  const validate = timed(node, ['scripts/validate.ts', '--content', content], env);
  process.stdout.write(`validate ${sec(validate.seconds)}\n`);
  const minimalOut = path.join(WORK, `minimal-${count}`, 'dist');
  // The first build, with nothing cached (the folder was emptied above), draws every share image and writes the record archive.
  const first = timed(ASTRO, ['build'], env);
  process.stdout.write(`first portal build (empty cache) ${sec(first.seconds)}, peak RSS ${first.maxRssMb.toFixed(0)} MB\n`);
  const portalRuns: Timed[] = [];
  const indexSeconds: number[] = [];
  let indexCached = true;
  const minimalRuns: Timed[] = [];
  for (let run = 1; run <= RUNS; run += 1) {
    // A rebuild: only the caches named by a hash of what they hold stay (share images, the archive).
    rmSync(portalOut, { recursive: true, force: true });
    for (const entry of readdirSync(portalCache)) if (!CONTENT_HASH_CACHES.includes(entry)) rmSync(path.join(portalCache, entry), { recursive: true, force: true });
    const build = timed(ASTRO, ['build'], env);
    // The index is written inside `astro build` (src/integrations/search-index.ts), which logs its time.
    const indexLog = parseIndexLog(build.stdout + build.stderr);
    if (!indexLog) throw new Error(`no search index line in the build log:\n${build.stdout.slice(-2000)}`);
    portalRuns.push(build);
    indexSeconds.push(indexLog.ms / 1000);
    indexCached &&= indexLog.cached;
    process.stdout.write(`run ${run}: portal astro build (pages + search index) ${sec(build.seconds)}, of which search index ${sec(indexLog.ms / 1000)}, peak RSS ${build.maxRssMb.toFixed(0)} MB\n`);
    rmSync(path.dirname(minimalOut), { recursive: true, force: true });
    const minimal = timed(ASTRO, ['build'], { BENCH_CONTENT_DIR: content, BENCH_OUT_DIR: minimalOut, BENCH_CACHE_DIR: path.join(WORK, `minimal-${count}`, 'cache') }, path.join(ROOT, 'bench', 'minimal-astro'));
    minimalRuns.push(minimal);
    process.stdout.write(`run ${run}: minimal Astro build ${sec(minimal.seconds)}, peak RSS ${minimal.maxRssMb.toFixed(0)} MB\n`);
  }
  const build = medianRun(portalRuns);
  const minimal = medianRun(minimalRuns);
  const index = { seconds: median(indexSeconds), cached: indexCached };
  const fromScratch = indexFromScratch(count, portalOut, content);
  const buildLogWarnings = (build.stdout + build.stderr).split('\n').filter((l) => /warn/i.test(l)).length;
  const pages = htmlFilesOf(distFiles(portalOut)).length;
  const distBytes = dirBytes(portalOut);
  const indexBytes = dirBytes(path.join(portalOut, 'pagefind'), (f) => /^(index|fragment|filter)\//.test(f) || f.endsWith('.pf_meta'));
  const js = jsPerType(portalOut);
  const minimalPages = htmlFilesOf(distFiles(minimalOut)).length;

  let hugo: Timed | undefined;
  let hugoPages: number | undefined;
  if (spawnSync('hugo', ['version']).status === 0) {
    const hugoContent = path.join(WORK, `hugo-content-${count}`, 'releases');
    rmSync(path.dirname(hugoContent), { recursive: true, force: true });
    mkdirSync(hugoContent, { recursive: true });
    for (const year of readdirSync(path.join(content, 'releases'))) {
      for (const file of readdirSync(path.join(content, 'releases', year))) {
        cpSync(path.join(content, 'releases', year, file), path.join(hugoContent, file.replace(/\.mdx$/, '.md')));
      }
    }
    const hugoOut = path.join(WORK, `hugo-${count}`);
    rmSync(hugoOut, { recursive: true, force: true });
    hugo = timed('hugo', ['--source', 'bench/minimal-hugo', '--contentDir', path.dirname(hugoContent), '--destination', hugoOut, '--quiet', '--noBuildLock']);
    hugoPages = htmlFilesOf(distFiles(hugoOut)).length;
    process.stdout.write(`minimal Hugo build ${sec(hugo.seconds)}, peak RSS ${hugo.maxRssMb.toFixed(0)} MB\n`);
  }

  // Bytes per query: portal vs Pagefind alone, on this corpus (writes pagefind-alone/ beside it).
  const bytes = spawnSync(node, ['scripts/search-bytes.ts', '--site', portalOut], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PORTAL_CONTENT_DIR: content }, maxBuffer: 64 * 1024 * 1024 });
  const searchBytes = bytes.status === 0 ? bytes.stdout.split('\n').filter((l) => l.startsWith('|')).join('\n') : `(search-bytes failed: ${bytes.stderr.slice(-500)})`;
  process.stdout.write(`${searchBytes}\n`);
  return { count, pages, validate, first, build, index, fromScratch, minimal, minimalPages, hugo, hugoPages, distBytes, indexBytes, searchBytes, js, buildLogWarnings };
}

interface LighthouseRow {
  page: string;
  scores: Record<string, number | null>;
}

/** The full test fixture built at the root (its own content folder, composed by the test helper), for Lighthouse. */
async function fullFixtureSite(): Promise<string> {
  const root = path.join(WORK, 'full-fixture');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  // The helper composes the fixture under the tests' build folder.
  process.env['PORTAL_TEST_BUILD_ROOT'] = root;
  const content = await fullContent();
  const outDir = path.join(root, 'dist');
  const build = timed(ASTRO, ['build'], { PORTAL_CONTENT_DIR: content, PORTAL_AS_OF: FULL_AS_OF, PORTAL_SITE: SITE, PORTAL_BASE: '/', PORTAL_OUT_DIR: outDir, PORTAL_CACHE_DIR: path.join(root, 'cache') });
  process.stdout.write(`full fixture built in ${sec(build.seconds)}\n`);
  return outDir;
}

async function lighthouse(count: number): Promise<LighthouseRow[] | string> {
  const sites: [string, string, string][] = [
    [`${count} releases`, path.join(WORK, `portal-${count}`, 'dist'), '한라봉'],
    ['full fixture', await fullFixtureSite(), '한라봉'],
  ];
  const rows: LighthouseRow[] = [];
  for (const [siteName, outDir, query] of sites) {
    const result = await lighthouseSite(siteName, outDir, query);
    if (typeof result === 'string') return result;
    rows.push(...result);
  }
  return rows;
}

async function lighthouseSite(siteName: string, outDir: string, query: string): Promise<LighthouseRow[] | string> {
  const release = readdirSync(path.join(outDir, 'releases')).filter((d) => /^\d{4}-\d{2}-\d{2}-/.test(d)).sort()[0] ?? '';
  const pages: [string, string][] = [
    ['home', '/'],
    ['release', `/releases/${release}/`],
    ['KPI (budget)', '/kpi/budget/'],
    ['search', `/search/?q=${encodeURIComponent(query)}`],
    ['open data', '/data/'],
  ];
  const server = await serveStatic(outDir, '/');
  const rows: LighthouseRow[] = [];
  try {
    for (const [pageName, p] of pages) {
      const name = `${siteName}: ${pageName}`;
      const each: Record<string, number | null>[] = [];
      for (let run = 1; run <= RUNS; run += 1) {
        const scores = await lighthouseRun(server.url, p, path.join(WORK, `lighthouse-${name.replace(/\W+/g, '-')}-${run}.json`));
        if (typeof scores === 'string') return scores;
        each.push(scores);
      }
      const categories = Object.keys(each[0] ?? {});
      rows.push({ page: `${name} (${p})`, scores: Object.fromEntries(categories.map((c) => [c, each.some((s) => s[c] === null) ? null : median(each.map((s) => s[c] ?? 0))])) });
      process.stdout.write(`lighthouse ${name}: ${JSON.stringify(rows.at(-1)?.scores)} (runs: ${each.map((s) => JSON.stringify(s)).join(' ')})\n`);
    }
  } finally {
    await server.close();
  }
  return rows;
}

/** One Lighthouse run of a page: its category scores, or why it did not run. */
async function lighthouseRun(origin: string, p: string, report: string): Promise<Record<string, number | null> | string> {
  // Asynchronous: the static server answers from this process's event loop.
  const run = await new Promise<{ status: number | null; output: string }>((resolve) => {
    const child = spawn(
      'npx',
      ['-y', 'lighthouse@12', `${origin}${p.slice(1)}`, '--output=json', `--output-path=${report}`, '--quiet', '--form-factor=mobile', '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
      { cwd: os.tmpdir(), env: { ...process.env, CHROME_PATH: process.env['CHROME_PATH'] ?? '/usr/bin/chromium' } },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (status) => resolve({ status, output }));
  });
  if (run.status !== 0 || !existsSync(report)) return `Lighthouse did not run: ${run.output.slice(-600)}`;
  const json = JSON.parse(readFileSync(report, 'utf8')) as { categories: Record<string, { score: number | null }> };
  return Object.fromEntries(Object.entries(json.categories).map(([k, v]) => [k, v.score === null ? null : Math.round(v.score * 100)]));
}

function render(results: SizeResult[], lh: LighthouseRow[] | string | undefined): string {
  const when = new Date().toISOString().slice(0, 10);
  const lines: string[] = [];
  lines.push('## `npm run bench`', '');
  lines.push(
    `Measured ${when} on the 2-core development machine: each build and Lighthouse figure is the median of ${RUNS} run${RUNS === 1 ? '' : 's'}, the portal and the minimal site built in turn, every run into an empty output folder and an empty Astro cache. ` +
      `The portal keeps its three content-hash caches (share images, the record archive, the search index) from its first build, which is timed apart (first build); the search index is also timed from scratch on the built pages, beside Pagefind alone on the same pages. ` +
      `Corpus: \`scripts/generate-archive.ts\` (seed 7) + the synthetic KPI year from \`tests/fixtures/kpi-synthetic\`, built as of ${AS_OF}. ` +
      'Peak RSS is GNU time\'s maximum resident set size of the build process.',
    '',
  );
  lines.push('| releases | step | wall time | pages | pages/s | peak RSS |', '| ---: | --- | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const portal = r.build.seconds;
    const pagesOnly = r.build.seconds - r.index.seconds;
    lines.push(`| ${r.count} | validate | ${sec(r.validate.seconds)} | | | ${r.validate.maxRssMb.toFixed(0)} MB |`);
    lines.push(`| ${r.count} | portal first build (nothing cached: every share image, the record archive) | ${sec(r.first.seconds)} | ${r.pages} | ${(r.pages / r.first.seconds).toFixed(0)} | ${r.first.maxRssMb.toFixed(0)} MB |`);
    lines.push(`| ${r.count} | portal \`astro build\` without its index step | ${sec(pagesOnly)} | ${r.pages} | ${(r.pages / pagesOnly).toFixed(0)} | |`);
    lines.push(`| ${r.count} | portal search index (inside \`astro build\`${r.index.cached ? ', taken from its cache' : ''}) | ${sec(r.index.seconds)} | | | |`);
    lines.push(`| ${r.count} | search index from scratch on the built pages: portal / Pagefind alone (its Node API) / Pagefind's folder indexer | ${sec(r.fromScratch.portal)} / ${sec(r.fromScratch.alone)} / ${sec(r.fromScratch.folder)} | | | |`);
    lines.push(`| ${r.count} | **portal \`astro build\` (pages + index)** | **${sec(portal)}** | ${r.pages} | ${(r.pages / portal).toFixed(0)} | ${r.build.maxRssMb.toFixed(0)} MB |`);
    lines.push(`| ${r.count} | minimal Astro (MDX) | ${sec(r.minimal.seconds)} | ${r.minimalPages} | ${(r.minimalPages / r.minimal.seconds).toFixed(0)} | ${r.minimal.maxRssMb.toFixed(0)} MB |`);
    if (r.hugo) lines.push(`| ${r.count} | minimal Hugo | ${sec(r.hugo.seconds)} | ${r.hugoPages} | ${((r.hugoPages ?? 0) / r.hugo.seconds).toFixed(0)} | ${r.hugo.maxRssMb.toFixed(0)} MB |`);
  }
  lines.push('');
  lines.push('| releases | portal ÷ minimal Astro (astro build without its index step) | portal ÷ minimal Astro (astro build with the index) | goal | index from scratch ÷ Pagefind alone (Node API / folder indexer; goal ≤ 1.3×) | portal ÷ Hugo | portal peak RSS | minimal Astro peak RSS | dist/ | search index | build log warning lines |');
  lines.push('| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const portal = r.build.seconds;
    const pagesOnly = r.build.seconds - r.index.seconds;
    lines.push(
      `| ${r.count} | ${(pagesOnly / r.minimal.seconds).toFixed(2)}× | ${(portal / r.minimal.seconds).toFixed(2)}× | ≤ 1.25× | ${(r.fromScratch.portal / r.fromScratch.alone).toFixed(2)}× / ${(r.fromScratch.portal / r.fromScratch.folder).toFixed(2)}× | ${r.hugo ? `${(portal / r.hugo.seconds).toFixed(0)}×` : 'no hugo'} | ${r.build.maxRssMb.toFixed(0)} MB | ${r.minimal.maxRssMb.toFixed(0)} MB | ${mb(r.distBytes)} | ${kb(r.indexBytes)} | ${r.buildLogWarnings} |`,
    );
  }
  lines.push('', 'Each run (wall time / peak RSS):', '');
  for (const r of results) lines.push(`- ${r.count} releases: portal ${eachRun(r.build)}; minimal Astro ${eachRun(r.minimal)}`);
  lines.push('', '### Bytes a browser downloads per search query (`scripts/search-bytes.ts` on the same corpus)', '');
  for (const r of results) lines.push(`${r.count} releases:`, '', r.searchBytes, '');
  lines.push('### JavaScript per page type (gzip, largest page of each type; Pagefind\'s own files excluded on search)', '');
  const types = [...new Set(results.flatMap((r) => [...r.js.keys()]))].sort();
  lines.push(`| page type | budget | ${results.map((r) => `${r.count} releases`).join(' | ')} |`, `| --- | ---: | ${results.map(() => '---:').join(' | ')} |`);
  for (const t of types) lines.push(`| ${t} | ${JS_BUDGET[t]} B | ${results.map((r) => `${r.js.get(t) ?? '—'} B`).join(' | ')} |`);
  lines.push('');
  if (lh !== undefined) {
    lines.push(`### Lighthouse 12, mobile (${results[0]?.count ?? ''} releases, and the full test fixture; goal 100 in each category)`, '');
    if (typeof lh === 'string') lines.push(lh, '');
    else {
      const cats = [...new Set(lh.flatMap((r) => Object.keys(r.scores)))];
      lines.push(`| page | ${cats.join(' | ')} |`, `| --- | ${cats.map(() => '---:').join(' | ')} |`);
      for (const r of lh) lines.push(`| ${r.page} | ${cats.map((c) => r.scores[c] ?? '—').join(' | ')} |`);
      lines.push('');
    }
  }
  return lines.join('\n');
}

const START = '<!-- bench:start (written by npm run bench) -->';
const END = '<!-- bench:end -->';

function writeDoc(section: string): void {
  const doc = readFileSync(DOC, 'utf8');
  const block = `${START}\n${section}\n${END}`;
  const next = doc.includes(START) ? doc.replace(new RegExp(`${START.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s\\S]*?${END}`), block) : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(DOC, next);
}

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  const results: SizeResult[] = [];
  for (const size of sizes) results.push(benchSize(size));
  const lh = values['no-lighthouse'] ? undefined : await lighthouse(sizes[0] ?? 1000);
  const section = render(results, lh);
  process.stdout.write(`\n${section}\n`);
  if (!values['no-write']) {
    writeDoc(section);
    process.stdout.write(`\nwritten to ${path.relative(ROOT, DOC)}\n`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
