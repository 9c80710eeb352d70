import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content-io/load-content.ts';
import { formatProblem } from '../../src/foundation/problems.ts';
import { isPublic } from '../../src/domain/releases.ts';
import { slugFromTitle } from '../../src/domain/slug.ts';
import { writeContent } from '../helpers/fixture-content.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { DURING, DURING_TEXT } from '../helpers/instants.ts';

const run = (args: string[]) =>
  spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/node'), ['scripts/new-release.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, PORTAL_AS_OF: DURING_TEXT } });

describe('slugFromTitle', () => {
  it('romanises a Korean title into a readable slug', () => {
    expect(slugFromTitle('제주 AI 사업단 출범')).toBe('jeju-ai-saeopdan-chulbeom');
    expect(slugFromTitle('2차 매칭데이 개최')).toBe('2cha-maechingdei-gaechoe');
  });

  it.each([
    ['품질관리에', 'pumjilgwalli'],
    ['제주테크노파크는', 'jejutekeunopakeu'],
    ['수요기업과 공급기업을', 'suyogieop-gonggeupgieop'],
    ['사업단이 도로를', 'saeopdan-doro'],
    ['자문단의 데이터로', 'jamundan-deiteo'],
    ['제주도에서', 'jejudo'],
    ['기업에게', 'gieop'],
    ['바이오산업으로', 'baiosaneop'],
    ['AI가 SDS와', 'ai-sds'],
  ])('drops the particle that ends a word: %s → %s', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });

  it.each([
    // Nouns whose last syllable looks like a particle keep it.
    ['연구성과', 'yeonguseonggwa'],
    ['화상회의', 'hwasanghoeui'],
    ['매칭데이', 'maechingdei'],
    ['전문가', 'jeonmunga'],
    ['어린이', 'eorini'],
    ['투자가', 'tujaga'],
    ['제주도', 'jejudo'],
    ['결과', 'gyeolgwa'],
    ['회의', 'hoeui'],
  ])('keeps a noun whole: %s → %s', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });

  it('keeps whole words within 60 characters', () => {
    const slug = slugFromTitle('한라봉·감귤 품질관리에 AI 적용, 첫 과제 착수');
    expect(slug.startsWith('hallabong-gamgyul-pumjilgwalli-ai-')).toBe(true);
    expect(slug).not.toContain('pumjilgwallie');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slugFromTitle('제주테크노파크바이오융합센터스마트헬스케어인공지능데이터플랫폼구축사업단 출범').length).toBeLessThanOrEqual(60);
  });
});

describe('npm run new:release', () => {
  it('writes a dated file with every field, which validation then asks to complete, and never overwrites', () => {
    const content = writeContent('newrelease', []);
    const args = ['--content', content, '--title', '2차 매칭데이 개최', '--category', '행사', '--orgs', 'jeju-technopark,estsoft', '--date', '2026-12-01T10:00:00+09:00'];
    const first = run(args);
    expect(first.status).toBe(0);
    // It says it is a draft, and how to publish it.
    expect(first.stdout).toMatch(/초안을 만들었습니다 \(draft created\): .*2026-12-01-2cha-maechingdei-gaechoe\.mdx/);
    expect(first.stdout).toMatch(/공개하려면: ① date\(2026-12-01T10:00:00\+09:00\)를 공개할 시각으로 맞추고 .*② draft: true 줄을 지우고 커밋하세요/);
    const file = path.join(content, 'releases/2026/2026-12-01-2cha-maechingdei-gaechoe.mdx');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('date: 2026-12-01T10:00:00+09:00');
    expect(text).toContain('organizations: [jeju-technopark, estsoft]');
    expect(text).toMatch(/^draft: true$/m);
    // The only thing left for the editor is the summary: validation says so.
    expect(loadContent(content, DURING).problems.map(formatProblem)).toEqual([expect.stringMatching(/2026-12-01-2cha-maechingdei-gaechoe\.mdx:3:\d+ summary — 비어 있습니다/)]);

    const again = run(args);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/이미 있는 파일입니다: .*\(file exists, not overwritten\)/);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('publishes nothing until the draft line is deleted, even with its time long past', () => {
    const content = writeContent('newrelease-draft', []);
    expect(run(['--content', content, '--title', '시험 보도자료', '--orgs', 'jeju-technopark', '--date', '2026-01-05T10:00:00+09:00']).status).toBe(0);
    const file = path.join(content, 'releases/2026/2026-01-05-siheom-bodojaryo.mdx');
    // Written and complete, it is still a draft: checked, but not public.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^summary: .*$/m, 'summary: 시험용 요약입니다.'));
    const loaded = loadContent(content, DURING);
    expect(loaded.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(loaded.releases.map((r) => [r.id, r.data.draft])).toEqual([['2026-01-05-siheom-bodojaryo', true]]);
    expect(loaded.releases.filter((r) => isPublic(r, DURING))).toEqual([]);
    // Following the printed step (the draft line deleted) publishes it.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^draft: true\n/m, ''));
    const published = loadContent(content, DURING);
    expect(published.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(published.releases.filter((r) => isPublic(r, DURING)).map((r) => r.id)).toEqual(['2026-01-05-siheom-bodojaryo']);
  });

  it('refuses an unknown organisation id', () => {
    const content = writeContent('newrelease-bad', []);
    const result = run(['--content', content, '--title', '시험', '--orgs', 'nobody']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('organizations.yaml에 없는 기관 id: nobody');
  });
});
