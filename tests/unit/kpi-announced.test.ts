import { describe, expect, it } from 'vitest';
import { agrees, formatLike, parseAnnounced } from '../../src/domain/kpi/announced.ts';

describe('announced values', () => {
  it('reads money forms into 백만원 with their precision', () => {
    expect(parseAnnounced('money', '42억 원')).toMatchObject({ value: 4200, precision: 100 });
    expect(parseAnnounced('money', '42.5억원')).toMatchObject({ value: 4250, precision: 10 });
    expect(parseAnnounced('money', '140억 5,000만 원')).toMatchObject({ value: 14050, precision: 0.01 });
    expect(parseAnnounced('money', '7,500만 원')).toMatchObject({ value: 75 });
    expect(parseAnnounced('money', '4,213백만원')).toMatchObject({ value: 4213, precision: 1 });
    expect(parseAnnounced('money', '사십억')).toBeUndefined();
  });
  it('reads shares and counts', () => {
    expect(parseAnnounced('share', '42%')).toMatchObject({ value: 0.42 });
    expect(parseAnnounced('share', '42.5%')?.value).toBeCloseTo(0.425);
    expect(parseAnnounced('count', '약 20개 기관')).toMatchObject({ value: 20, suffix: '개 기관' });
    expect(parseAnnounced('count', '3건')).toMatchObject({ value: 3, suffix: '건' });
  });
  it('compares at the announced precision', () => {
    const eok = parseAnnounced('money', '42억 원')!;
    expect(agrees(4213, eok)).toBe(true);
    expect(agrees(4260, eok)).toBe(false);
    expect(agrees(0.4249, parseAnnounced('share', '42%')!)).toBe(true);
    expect(agrees(0.4251, parseAnnounced('share', '42.5%')!)).toBe(true);
    expect(agrees(4, parseAnnounced('count', '3건')!)).toBe(false);
  });
  it('writes the data value the way the announcement was written', () => {
    expect(formatLike('money', 4310, parseAnnounced('money', '42억 원')!)).toBe('43억 원');
    expect(formatLike('money', 4310, parseAnnounced('money', '42.5억 원')!)).toBe('43.1억 원');
    expect(formatLike('money', 4310, parseAnnounced('money', '4,213백만원')!)).toBe('4,310백만원');
    expect(formatLike('money', 14050, parseAnnounced('money', '140억 1,000만 원')!)).toBe('140억 5,000만 원');
    expect(formatLike('share', 0.4312, parseAnnounced('share', '42.5%')!)).toBe('43.1%');
    expect(formatLike('count', 4, parseAnnounced('count', '3건')!)).toBe('4건');
  });
});
