/**
 * `npm run demo` (issue 13, item 7): the script builds the full synthetic fixture into its own
 * folders with no [WARN] line in its log, and every page of it says, in Korean first, that the
 * figures are synthetic; the real site never carries that banner and its build is quiet too.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { childEnv, withAstroLock } from '../helpers/build-site.ts';
import { buildRoot, REPO_ROOT } from '../helpers/paths.ts';
import { sharedSite } from '../helpers/shared-sites.ts';

const warnLines = (log: string) => log.split('\n').filter((line) => /\[WARN\]/.test(line));

function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full, `${prefix}${name}/`);
    return name.endsWith('.html') ? [`${prefix}${name}`] : [];
  });
}

let demoDir: string;
let log: string;
let status: number | null;

beforeAll(() => {
  demoDir = path.join(buildRoot(), 'demo');
  const env = childEnv();
  for (const name of ['PORTAL_AS_OF', 'PORTAL_DEMO', 'PORTAL_CONTENT_DIR', 'PORTAL_OUT_DIR', 'PORTAL_CACHE_DIR', 'PORTAL_SITE', 'PORTAL_BASE']) delete env[name];
  const run = withAstroLock(() => spawnSync(process.execPath, ['scripts/demo.ts', '--no-serve', '--dir', demoDir], { cwd: REPO_ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
  status = run.status;
  log = `${run.stdout}\n${run.stderr}`;
});

describe('npm run demo', () => {
  it('builds the full synthetic fixture into its own folders, with no [WARN] line', () => {
    expect(status, log.slice(-3000)).toBe(0);
    expect(warnLines(log)).toEqual([]);
    // Its own output: the fixture's 60-odd releases and the KPI pages with data.
    expect(htmlFiles(path.join(demoDir, 'dist')).filter((f) => f.startsWith('releases/2026-')).length).toBeGreaterThan(50);
    expect(readFileSync(path.join(demoDir, 'dist/kpi/budget/index.html'), 'utf8')).toContain('<canvas');
  });

  it('says on every page, before the header and in Korean first, that the figures are synthetic', () => {
    const pages = htmlFiles(path.join(demoDir, 'dist'));
    expect(pages.length).toBeGreaterThan(100);
    const without: string[] = [];
    for (const page of pages) {
      const $ = load(readFileSync(path.join(demoDir, 'dist', page), 'utf8'));
      const banner = $('body > .demo-banner');
      if (banner.length !== 1 || !/^시연용 사이트 이 사이트의 수치와 보도자료는 모두 합성/.test(banner.text().trim())) without.push(page);
      else if (banner.nextAll('header').length !== 1) without.push(`${page} (banner not above the header)`);
    }
    expect(without).toEqual([]);
  });
});

describe('the real site', () => {
  // During the programme, after its end, and as the frozen record.
  it.each(['real', 'realEnded', 'realEndedLater'] as const)('%s: never carries the demo banner, and its build prints no [WARN] line', async (name) => {
    const real = await sharedSite(name);
    expect(warnLines(`${real.stdout}\n${real.stderr}`)).toEqual([]);
    const pages = htmlFiles(real.outDir);
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) expect(real.file(page), page).not.toContain('demo-banner');
  });
});
