/**
 * The demo cannot touch the real site: its banner's switch (PORTAL_DEMO=1) is refused for content/
 * and for a deploy build, and `npm run demo` only empties a folder it made itself.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteEnv } from '../../src/content-io/site-env.ts';
import { buildRoot, FIXTURES, REPO_ROOT } from '../helpers/paths.ts';

const AS_OF = '2026-11-27';

describe('PORTAL_DEMO', () => {
  it('is on for a fixture folder, off when not set', () => {
    const fixture = path.join(FIXTURES, 'kpi-synthetic');
    expect(readSiteEnv({ PORTAL_DEMO: '1', PORTAL_CONTENT_DIR: fixture, PORTAL_AS_OF: AS_OF }).demo).toBe(true);
    expect(readSiteEnv({ PORTAL_CONTENT_DIR: fixture, PORTAL_AS_OF: AS_OF }).demo).toBe(false);
  });
  it('is refused for the real content, named or by default', () => {
    expect(() => readSiteEnv({ PORTAL_DEMO: '1', PORTAL_AS_OF: AS_OF })).toThrow(/PORTAL_DEMO=1은 시연용 합성 데이터에만/);
    expect(() => readSiteEnv({ PORTAL_DEMO: '1', PORTAL_CONTENT_DIR: 'content', PORTAL_AS_OF: AS_OF })).toThrow(/PORTAL_DEMO/);
  });
  it('is refused in a deploy build, whatever the content', () => {
    expect(() => readSiteEnv({ PORTAL_DEMO: '1', PORTAL_DEPLOY: '1', PORTAL_CONTENT_DIR: path.join(FIXTURES, 'kpi-synthetic'), PORTAL_AS_OF: AS_OF })).toThrow(/PORTAL_DEMO/);
  });
});

describe('npm run demo --dir', () => {
  it('refuses a folder it did not make, and leaves it as it was', () => {
    const dir = path.join(buildRoot(), 'not-a-demo');
    mkdirSync(path.join(dir, 'content'), { recursive: true });
    writeFileSync(path.join(dir, 'content', 'programme.yaml'), 'name: kept\n');
    const run = spawnSync(process.execPath, ['scripts/demo.ts', '--no-serve', '--dir', dir], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/시연용 폴더가 아닙니다/);
    expect(readdirSync(path.join(dir, 'content'))).toEqual(['programme.yaml']);
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
  });
  it('refuses the repository itself (whose content/ it would empty)', () => {
    const run = spawnSync(process.execPath, ['scripts/demo.ts', '--no-serve', '--dir', '.'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(existsSync(path.join(REPO_ROOT, 'content/programme.yaml'))).toBe(true);
  });
});
