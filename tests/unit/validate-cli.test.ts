import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeContent, type ReleaseSpec } from '../helpers/fixture-content.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { DURING_TEXT } from '../helpers/instants.ts';

const validate = (args: string[], cwd = REPO_ROOT) =>
  spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/node'), [path.join(REPO_ROOT, 'scripts/validate.ts'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', PORTAL_AS_OF: DURING_TEXT } });

/** A digest of every file under a folder, to prove a command changed nothing. */
function digest(dir: string): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    try {
      hash.update(file).update(readFileSync(path.join(dir, file)));
    } catch {
      hash.update(`${file}/`);
    }
  }
  return hash.digest('hex');
}

const good: ReleaseSpec = { id: '2026-02-03-ok', date: '2026-02-03T10:00:00+09:00' };
const bad = (id: string, org: string): ReleaseSpec => ({ id, date: `${id.slice(0, 10)}T10:00:00+09:00`, organizations: [org] });

describe('npm run validate', () => {
  it('passes the real content with exit 0', () => {
    const result = validate([]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/✓ 문제 없음/);
  });

  it('prints every problem at once, exits 1, and changes no file', () => {
    const dir = writeContent('cli', [good, bad('2026-02-04-a', 'ghost-a'), bad('2026-02-05-b', 'ghost-b')]);
    const before = digest(dir);
    const result = validate(['--content', dir]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/2026-02-04-a\.mdx:7:\d+ organizations\.0 — 기관 id 'ghost-a'/);
    expect(result.stdout).toMatch(/2026-02-05-b\.mdx:7:\d+ organizations\.0 — 기관 id 'ghost-b'/);
    expect(result.stdout).toMatch(/✗ 오류 2건/);
    expect(digest(dir)).toBe(before);
  });

  it('gives machines JSON with file, line and field', () => {
    const dir = writeContent('cli-json', [bad('2026-02-04-a', 'ghost-a')]);
    const result = validate(['--content', dir, '--json']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { ok: boolean; problems: { file: string; line: number; field: string; en: string }[] };
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ line: 7, field: 'organizations.0', en: "unknown organisation id 'ghost-a'" })]);
  });

  it('--changed reports only the files changed against a git ref', () => {
    const dir = writeContent('cli-changed', [bad('2026-02-04-a', 'ghost-a')]);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    git('-c', 'user.email=t@example.kr', '-c', 'user.name=t', 'add', '.');
    git('-c', 'user.email=t@example.kr', '-c', 'user.name=t', 'commit', '-qm', 'base');
    // A new bad file after the commit: only it is reported.
    writeFileSync(path.join(dir, 'releases/2026/2026-02-05-b.mdx'), readFileSync(path.join(dir, 'releases/2026/2026-02-04-a.mdx'), 'utf8').replaceAll('2026-02-04', '2026-02-05').replace('ghost-a', 'ghost-b'));
    const result = validate(['--content', '.', '--changed', 'HEAD'], dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("ghost-b");
    expect(result.stdout).not.toContain("ghost-a");
  });

  it('--changed also reports what a change breaks in files it did not touch', () => {
    const dir = writeContent('cli-changed-cross', [good]);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    git('-c', 'user.email=t@example.kr', '-c', 'user.name=t', 'add', '.');
    git('-c', 'user.email=t@example.kr', '-c', 'user.name=t', 'commit', '-qm', 'base');
    expect(validate(['--content', '.', '--changed', 'HEAD'], dir).status).toBe(0);
    // Remove the organisation the (unchanged) release names: the release is now broken.
    const orgs = path.join(dir, 'organizations.yaml');
    const text = readFileSync(orgs, 'utf8');
    const start = text.indexOf('- id: jeju-technopark');
    const end = text.indexOf('\n- id:', start + 1);
    writeFileSync(orgs, text.slice(0, start) + (end === -1 ? '' : text.slice(end + 1)));
    const result = validate(['--content', '.', '--changed', 'HEAD'], dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/releases\/2026\/2026-02-03-ok\.mdx:7:\d+ organizations\.0 — 기관 id 'jeju-technopark'/);
    expect(result.stdout).not.toContain('문제 없음');
  });
});
