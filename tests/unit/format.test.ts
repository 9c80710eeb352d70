import { describe, expect, it } from 'vitest';
import { formatKstDateTime, formatMillionWon, formatPercent } from '../../src/foundation/format.ts';
import { parseKstTime, toKstIso } from '../../src/foundation/kst.ts';

describe('formatMillionWon', () => {
  it.each([
    [23300, '233억 원'],
    [14000, '140억 원'],
    [14050, '140억 5,000만 원'],
    [75, '7,500만 원'],
    [0, '0원'],
    [123456, '1,234억 5,600만 원'],
  ])('%i 백만원 → %s', (input, expected) => {
    expect(formatMillionWon(input)).toBe(expected);
  });
});

describe('KST times', () => {
  it('shows an instant in KST whatever offset it was written with', () => {
    const parsed = parseKstTime('2026-03-02T23:30:00Z');
    expect(parsed && formatKstDateTime(parsed.instant)).toBe('2026년 3월 3일 08:30');
    expect(parsed && toKstIso(parsed.instant)).toBe('2026-03-03T08:30:00+09:00');
  });
  it('rejects impossible days and times', () => {
    expect(parseKstTime('2026-02-29')).toBeUndefined();
    expect(parseKstTime('2026-01-01T24:00:00+09:00')).toBeUndefined();
    expect(parseKstTime('2026-01-01T10:00')).toBeUndefined();
  });
  it('formats shares', () => {
    expect(formatPercent(0.425)).toBe('42.5%');
  });
});
