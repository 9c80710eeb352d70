/** Tags, organisations and years → releases; tag URLs (NFC, percent-encoded); tag checks. */
import { describe, expect, it } from 'vitest';
import { organizationCounts, releasesByTag, releasesOfOrganization, releaseYears, tagProblems, yearArchives } from '../../src/domain/archives.ts';
import { formatProblem } from '../../src/foundation/problems.ts';
import { parseKstTime } from '../../src/foundation/kst.ts';
import { paths } from '../../src/foundation/urls.ts';

const release = (id: string, date: string, tags: string[], organizations: string[] = []) => ({
  id,
  data: { date: parseKstTime(date)!, tags, organizations },
});
// Newest first, as the pages hand them in.
const releases = [
  release('c', '2026-02-10', ['매칭데이', 'AI 전환'], ['estsoft', 'jeju-technopark']),
  release('b', '2026-01-01T08:00:00+09:00', ['매칭데이'.normalize('NFD')], ['jeju-technopark']),
  release('a', '2025-12-31T23:30:00Z', ['출범식'], ['jeju-technopark']), // 2026-01-01 08:30 KST
  release('z', '2025-12-17', ['출범식'], ['jeju-technopark', 'jeju-technopark']),
];

describe('releasesByTag', () => {
  it('groups NFC tags in Korean order, keeping the release order', () => {
    const byTag = releasesByTag(releases);
    expect([...byTag.keys()]).toEqual(['AI 전환', '매칭데이', '출범식'].sort((x, y) => x.localeCompare(y, 'ko')));
    expect(byTag.get('매칭데이')?.map((r) => r.id)).toEqual(['c', 'b']);
    expect(byTag.get('출범식')?.map((r) => r.id)).toEqual(['a', 'z']);
  });
});

describe('paths.tag', () => {
  it('percent-encodes the NFC form, so NFD and NFC input give one URL', () => {
    expect(paths.tag('매칭데이')).toBe('/tags/%EB%A7%A4%EC%B9%AD%EB%8D%B0%EC%9D%B4/');
    expect(paths.tag('매칭데이'.normalize('NFD'))).toBe(paths.tag('매칭데이'));
    expect(paths.tag('AI 전환', 2)).toBe('/tags/AI%20%EC%A0%84%ED%99%98/page/2/');
  });
});

describe('organisations', () => {
  it('finds the releases naming an organisation and counts each release once', () => {
    expect(releasesOfOrganization(releases, 'estsoft').map((r) => r.id)).toEqual(['c']);
    expect(organizationCounts(releases).get('jeju-technopark')).toBe(4);
  });
});

describe('years', () => {
  it('uses the KST year and groups months newest first with counts', () => {
    expect(releaseYears(releases)).toEqual([
      { year: 2026, count: 3 },
      { year: 2025, count: 1 },
    ]);
    const [y2026, y2025] = yearArchives(releases);
    expect(y2026?.months.map((m) => [m.month, m.items.length])).toEqual([
      [2, 1],
      [1, 2],
    ]);
    expect([y2026?.newer, y2026?.older, y2025?.newer, y2025?.older]).toEqual([undefined, 2025, 2026, undefined]);
  });
});

describe('tagProblems', () => {
  it('rejects tags that cannot be one URL segment, and a tag given twice', () => {
    const problems = tagProblems({
      file: 'content/releases/2026/2026-01-05-x.mdx',
      data: { tags: ['AI/ICT', '모집', '모집'] },
      locate: (path) => ({ line: 6, column: 7 + Number(path[1]) * 5 }),
    });
    expect(problems.map(formatProblem)).toEqual([
      "content/releases/2026/2026-01-05-x.mdx:6:7 tags.0 — 태그 'AI/ICT'에 주소에 쓸 수 없는 문자가 있습니다 (tag 'AI/ICT' has a character that cannot go in a URL) → / \\ ? # % < > \" | * : 와 줄바꿈·탭을 빼거나 하이픈(-)으로 바꾸세요 (예: AI-ICT). .html 같은 파일 확장자로 끝나지 않게 하세요",
      "content/releases/2026/2026-01-05-x.mdx:6:17 tags.2 — 태그 '모집'이 두 번 나옵니다 (duplicate tag '모집') → 한 번만 적으세요",
    ]);
  });
});
