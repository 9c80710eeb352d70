import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/foundation/problems.ts';
import { decodeMessage, encodeMessage } from '../../src/foundation/message.ts';

describe('formatProblem', () => {
  it('prints path:line:column field — ko (en) → fix', () => {
    expect(
      formatProblem({ file: 'content/a.yaml', line: 3, column: 5, field: 'id', ko: '없음', en: 'missing', fix: '추가하세요', severity: 'error' }),
    ).toBe('content/a.yaml:3:5 id — 없음 (missing) → 추가하세요');
  });
  it('leaves out line and column when unknown and marks warnings', () => {
    expect(formatProblem({ file: 'x.mdx', field: '(파일)', ko: 'k', en: 'e', fix: 'f', severity: 'warning' })).toBe(
      '경고 x.mdx (파일) — k (e) → f',
    );
  });
  it('round-trips the three texts of a schema message', () => {
    expect(decodeMessage(encodeMessage({ ko: '가', en: 'a', fix: 'b' }))).toEqual({ ko: '가', en: 'a', fix: 'b' });
    expect(decodeMessage('plain zod text')).toBeUndefined();
  });
});
