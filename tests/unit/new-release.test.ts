import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content-io/load-content.ts';
import { formatProblem } from '../../src/foundation/problems.ts';
import { slugFromTitle } from '../../src/foundation/slug.ts';
import { writeContent } from '../helpers/fixture-content.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { DURING, DURING_TEXT } from '../helpers/instants.ts';

const run = (args: string[]) =>
  spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/node'), ['scripts/new-release.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, PORTAL_AS_OF: DURING_TEXT } });

describe('slugFromTitle', () => {
  it('romanises a Korean title into a readable slug', () => {
    expect(slugFromTitle('제주 AI 사업단 출범')).toBe('jeju-ai-saeopdan-chulbeom');
    expect(slugFromTitle('한라봉·감귤 품질관리에 AI 적용, 첫 과제 착수')).toMatch(/^[a-z0-9]+(-[a-z0-9]+){1,5}$/);
  });
});

describe('npm run new:release', () => {
  it('writes a dated file with every field, which validation then asks to complete, and never overwrites', () => {
    const content = writeContent('newrelease', []);
    const args = ['--content', content, '--title', '2차 매칭데이 개최', '--category', '행사', '--orgs', 'jeju-technopark,estsoft', '--date', '2026-12-01T10:00:00+09:00'];
    const first = run(args);
    expect(first.status).toBe(0);
    const file = path.join(content, 'releases/2026/2026-12-01-2cha-maechingdei-gaechoe.mdx');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('date: 2026-12-01T10:00:00+09:00');
    expect(text).toContain('organizations: [jeju-technopark, estsoft]');
    // The only thing left for the editor is the summary: validation says so.
    expect(loadContent(content, DURING).problems.map(formatProblem)).toEqual([expect.stringMatching(/2026-12-01-2cha-maechingdei-gaechoe\.mdx:3:\d+ summary — 비어 있습니다/)]);

    const again = run(args);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/이미 있는 파일입니다: .*\(file exists, not overwritten\)/);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('refuses an unknown organisation id', () => {
    const content = writeContent('newrelease-bad', []);
    const result = run(['--content', content, '--title', '시험', '--orgs', 'nobody']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('organizations.yaml에 없는 기관 id: nobody');
  });
});
