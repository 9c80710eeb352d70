import { describe, expect, it } from 'vitest';
import { formatMonth, lastDayOfMonth, monthsBetween, parseMonth } from '../../src/foundation/month.ts';

describe('parseMonth', () => {
  it.each([
    ['2026-01', '2026-01'],
    ['2026-01-01', '2026-01'],
    ['2026.01', '2026-01'],
    ['2026/01', '2026-01'],
    ['Jan-26', '2026-01'],
    ['26-Jan', '2026-01'],
    ['dec-25', '2025-12'],
    [' 2026-12 ', '2026-12'],
  ])('reads %s', (text, month) => expect(parseMonth(text)).toBe(month));
  it.each(['2026-1', '2026-13', '2026-01-15', '2026년 1월', 'January 2026', '01/2026', 'Foo-26', '', '2026.1.'])('rejects %s', (text) =>
    expect(parseMonth(text)).toBeUndefined(),
  );
});

describe('month arithmetic', () => {
  it('lists the programme months across a year end', () => {
    expect(monthsBetween('2025-12', '2026-03')).toEqual(['2025-12', '2026-01', '2026-02', '2026-03']);
    expect(monthsBetween('2026-03', '2026-02')).toEqual([]);
  });
  it('knows month ends and leap years', () => {
    expect(lastDayOfMonth('2026-02')).toBe('2026-02-28');
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
    expect(lastDayOfMonth('2025-12')).toBe('2025-12-31');
  });
  it('writes months in Korean', () => expect(formatMonth('2026-06')).toBe('2026년 6월'));
});
