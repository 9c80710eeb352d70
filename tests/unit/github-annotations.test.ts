import { describe, expect, it } from 'vitest';
import { toGithubAnnotation } from '../../src/foundation/github-annotations.ts';

describe('toGithubAnnotation', () => {
  it('puts file, line and column where GitHub reads them', () => {
    expect(
      toGithubAnnotation({ file: 'content/matches.yaml', line: 4, column: 11, field: '0.demand', ko: '기관 id가 없습니다', en: 'unknown id', fix: '고치세요', severity: 'error' }),
    ).toBe('::error file=content/matches.yaml,line=4,col=11,title=0.demand — 기관 id가 없습니다::content/matches.yaml:4:11 0.demand — 기관 id가 없습니다 (unknown id) → 고치세요');
  });
  it('escapes separators in properties and newlines in the message, and marks warnings', () => {
    const line = toGithubAnnotation({ file: 'a,b:c.csv', field: 'x', ko: '50% 초과,\n둘째 줄', en: 'e', fix: 'f', severity: 'warning' });
    expect(line).toMatch(/^::warning file=a%2Cb%3Ac\.csv,title=x — 50%25 초과%2C%0A둘째 줄::/);
    expect(line).not.toContain('\n');
    expect(line).not.toContain('line=');
  });
});
