/**
 * Hostile and careless content (cases.ts): every kind stops `validate` and the build with the
 * file, the place, the reason and a fix. The build's gate is the same function as `validate`
 * (checkContent), so each kind is checked through it directly; the `validate` command and a
 * handful of real builds prove the wiring, that a refused build leaves the published site
 * byte-identical, and that no built file — Pagefind's gzip streams unpacked — names a draft or
 * a scheduled release.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-io/check-content.ts';
import { loadContent } from '../../src/content-io/load-content.ts';
import { parseAsOf } from '../../src/foundation/as-of.ts';
import { downloadBody, openDatasets } from '../../src/domain/kpi/datasets.ts';
import { kpiSnapshot } from '../../src/domain/kpi/snapshot.ts';
import { formatProblem, type Problem } from '../../src/foundation/problems.ts';
import { astroBuild } from '../helpers/build-site.ts';
import { buildRoot, REPO_ROOT } from '../helpers/paths.ts';
import { AS_OF, DRAFT_MARKER, PUBLIC_ID, SCHEDULED_MARKER, writeBase } from './base.ts';
import { CASES, type Expected, type HostileCase } from './cases.ts';

const asOf = parseAsOf(AS_OF);
let base: string;

function freshCopy(name: string): string {
  const dir = path.join(mkdtempSync(path.join(buildRoot(), `hostile-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40)}-`)), 'content');
  cpSync(base, dir, { recursive: true });
  return dir;
}

const errorsOf = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error');

function matches(problem: Problem, expected: Expected): boolean {
  const field = typeof expected.field === 'string' ? problem.field === expected.field : expected.field.test(problem.field);
  const line = expected.line === undefined ? true : expected.line === true ? problem.line !== undefined : problem.line === expected.line;
  return problem.file.normalize('NFC').endsWith(expected.file) && field && line && expected.ko.test(problem.ko);
}

/** The case applied to a fresh copy of the base folder, and the problem it must get. */
async function hostile(c: HostileCase): Promise<{ dir: string; problem: Problem | undefined; all: Problem[] }> {
  const dir = freshCopy(c.name);
  await c.apply(dir);
  const all = errorsOf((await checkContent(dir, asOf)).problems);
  return { dir, problem: all.find((p) => matches(p, c.expect)), all };
}

beforeAll(async () => {
  base = await writeBase(path.join(mkdtempSync(path.join(buildRoot(), 'hostile-base-')), 'content'));
});

describe('the hostile-content suite', () => {
  it('has at least 40 kinds, across bodies, frontmatter, data files, attachments and the folder', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.kind))).toEqual(new Set(['body', 'frontmatter', 'data file', 'attachment', 'folder', 'policy page']));
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it('starts from a base folder that passes', async () => {
    expect(errorsOf((await checkContent(base, asOf)).problems).map(formatProblem)).toEqual([]);
  });

  it.each(CASES)('$kind: $name — refused with file, place, reason and fix', async (c) => {
    const { problem, all } = await hostile(c);
    expect(problem, `expected ${c.expect.file} ${String(c.expect.field)} ${c.expect.ko}; got:\n${all.map(formatProblem).join('\n')}`).toBeDefined();
    // The one format: path:line[:column] field — 한국어 (English) → fix
    expect(formatProblem(problem as Problem)).toMatch(/^\S.* \S+ — .+ \(.+\) → .{6,}$/u);
    // No crash turned into a generic message: each kind has its own reason.
    expect(all.some((p) => /예기치 못한 오류/.test(p.ko))).toBe(false);
  });
});

/** Runs `npm run validate` on a folder as staff would. */
function validate(dir: string) {
  return spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/node'), [path.join(REPO_ROOT, 'scripts/validate.ts'), '--content', dir], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, PORTAL_AS_OF: AS_OF, GITHUB_ACTIONS: '' },
  });
}

const WIRED = ['expression running a command', 'javascript: source URL in programme.yaml', 'attachment that is a symlink to a file outside the folder', '20000×20000-pixel PNG of a few hundred bytes', 'alias bomb'];
const named = (name: string) => {
  const found = CASES.find((c) => c.name === name);
  if (!found) throw new Error(`no case ${name}`);
  return found;
};

describe('npm run validate on hostile content', () => {
  it.each(WIRED)('%s: exits 1 and prints the same message', async (name) => {
    const { dir, problem } = await hostile(named(name));
    const result = validate(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(formatProblem(problem as Problem));
    expect(result.stderr).not.toMatch(/at .+\.ts:\d+/); // no stack trace
  });
});

describe('open data in a spreadsheet', () => {
  it('CSV text cells that start like a formula get a leading quote; JSON keeps the exact text', () => {
    const dir = freshCopy('formula');
    const formula = '=HYPERLINK("https://evil.example/","열기")';
    const organizations = path.join(dir, 'organizations.yaml');
    writeFileSync(organizations, readFileSync(organizations, 'utf8').replace('name: 제주테크노파크', `name: '${formula}'`));
    writeFileSync(path.join(dir, 'budget.csv'), 'month,source,planned,executed,note\n2026-01,national,100,90,"@SUM(A1:A9)"\n2026-02,national,100,,"-2+3"\n2026-03,national,100,,+cmd\n');
    const loaded = loadContent(dir, asOf);
    expect(errorsOf(loaded.problems).map(formatProblem)).toEqual([]);
    const input = { programme: loaded.programme!.data, organizations: loaded.organizations!.data, budget: loaded.budget?.data ?? [], matches: [], revisions: [] };
    const datasets = openDatasets(input, kpiSnapshot(input, asOf));
    const csv = (name: string) => downloadBody(datasets.find((d) => d.name === name)!, 'csv');
    const json = (name: string) => downloadBody(datasets.find((d) => d.name === name)!, 'json');
    expect(csv('organizations')).toContain(`"'=HYPERLINK(""https://evil.example/"",""열기"")"`);
    expect(json('organizations')).toContain(JSON.stringify(formula).slice(1, -1));
    for (const cell of ["'@SUM(A1:A9)", "'-2+3", "'+cmd"]) expect(csv('budget')).toContain(cell);
    expect(csv('budget')).not.toMatch(/(^|,)[=+\-@]/m);
    // Numbers stay numbers.
    expect(csv('budget')).toContain('2026-01,national,국비,100,90,');
  });
});

// ───────────── end to end: the gate in a real build, the published site untouched ─────────────

type Tree = Map<string, string>;
function hashTree(dir: string): Tree {
  const tree: Tree = new Map();
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, entry);
    if (statSync(full).isFile()) tree.set(entry, createHash('sha256').update(readFileSync(full)).digest('hex'));
  }
  return tree;
}

/** Every built file's text; Pagefind's index files are gzip streams and are unpacked first. */
function builtTexts(dir: string): [string, string][] {
  return [...hashTree(dir).keys()].map((relative) => {
    const bytes = readFileSync(path.join(dir, relative));
    const unpacked = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
    return [relative, unpacked.toString('latin1') + unpacked.toString('utf8')];
  });
}

describe('hostile content in a real build', () => {
  let outDir: string;
  let published: Tree;
  let builds = 0;
  const build = (content: string) => {
    builds += 1;
    return astroBuild({ content, asOf: AS_OF, outDir, cacheDir: path.join(path.dirname(outDir), `cache-${builds}`) });
  };

  beforeAll(() => {
    outDir = path.join(mkdtempSync(path.join(buildRoot(), 'hostile-build-')), 'dist');
    const good = build(base);
    if (!good.ok) throw new Error(good.stderr);
    published = hashTree(outDir);
  });

  it('the good build publishes the public release and nothing of the draft or the scheduled release', () => {
    expect(published.has(path.join('releases', PUBLIC_ID, 'index.html'))).toBe(true);
    expect(published.has(path.join('pagefind', 'pagefind.js'))).toBe(true);
    const leaks = builtTexts(outDir).filter(([, text]) => text.includes(DRAFT_MARKER) || text.includes(SCHEDULED_MARKER)).map(([file]) => file);
    expect(leaks).toEqual([]);
  });

  it.each(['expression running a command', 'attachment that is a symlink to a file outside the folder', 'corrupt JPEG with a valid header', 'link to a scheduled release'])(
    '%s: the build stops with the same message and the published site is unchanged',
    async (name) => {
      const { dir, problem } = await hostile(named(name));
      const result = build(dir);
      expect(result.ok).toBe(false);
      expect(result.stderr).toContain(formatProblem(problem as Problem));
      expect(hashTree(outDir)).toEqual(published);
    },
  );
});
