/** "Cite this": organisation, title, KST time, permanent URL; and the licence line. */
import { describe, expect, it } from 'vitest';
import { citationText, citationTime, licenceLine } from '../../src/domain/citation.ts';
import { parseKstTime } from '../../src/foundation/kst.ts';
import { absoluteUrl, paths } from '../../src/foundation/urls.ts';

const input = (date: string) => ({
  organization: '제주테크노파크',
  programme: '제주 AI 사업단',
  title: '제주 AI 사업단,  2차 매칭데이\n참가 기업 모집',
  kind: '공지',
  date: parseKstTime(date)!,
  url: absoluteUrl('https://example.github.io', '/portal/', paths.release('2026-03-02-matching-2')),
  licence: { name: '공공누리 제1유형 (출처표시)' },
});

describe('citationText', () => {
  it('names organisation, title, KST time and the absolute permanent URL, on one line', () => {
    expect(citationText(input('2026-03-02T00:30:00Z'))).toBe(
      '제주테크노파크 제주 AI 사업단 (2026년 3월 2일 09:30 KST). 「제주 AI 사업단, 2차 매칭데이 참가 기업 모집」. 공지. https://example.github.io/portal/releases/2026-03-02-matching-2/',
    );
  });

  it('gives a bare date without a time', () => {
    expect(citationTime(parseKstTime('2025-12-17')!)).toBe('2025년 12월 17일');
  });

  it('does not repeat the organisation when the programme name starts with it', () => {
    expect(citationText({ ...input('2025-12-17'), programme: '제주테크노파크 AI 사업단' })).toMatch(/^제주테크노파크 AI 사업단 \(2025년 12월 17일\)/);
  });
});

describe('licenceLine', () => {
  it('states the licence, with its URL when known', () => {
    expect(licenceLine({ name: '공공누리 제1유형 (출처표시)' })).toBe('이용 허락: 공공누리 제1유형 (출처표시)');
    expect(licenceLine({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' })).toBe('이용 허락: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)');
  });
});
