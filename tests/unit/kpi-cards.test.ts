import { describe, expect, it } from 'vitest';
import { kpiCards } from '../../src/domain/kpi/cards.ts';
import { kpiSnapshot } from '../../src/domain/kpi/snapshot.ts';
import { day, input, pair, realProgramme, row } from './kpi-input.helper.ts';

describe('kpiCards', () => {
  it('with no data says so on every card and never shows a zero', () => {
    const { cards } = kpiCards(kpiSnapshot(input(), day('2026-03-01')), realProgramme);
    expect(cards.map((c) => c.id)).toEqual(['budget', 'clock', 'participants', 'matches']);
    const budget = cards[0];
    expect(budget).toMatchObject({ empty: true, href: '/kpi/budget/', bars: undefined, spark: undefined });
    expect(budget?.figure).not.toMatch(/0(\.0)?%/);
    expect(cards.find((c) => c.id === 'matches')).toMatchObject({ empty: true, stages: undefined });
  });

  it('shows execution against time elapsed once a month is reported', () => {
    const snapshot = kpiSnapshot(input({ budget: [row('2026-01', 'national', 500, 466), row('2026-02', 'national', 500, 400)] }), day('2026-03-15'));
    const budget = kpiCards(snapshot, realProgramme).cards[0];
    expect(budget?.empty).toBe(false);
    expect(budget?.figure).toBe('3.7%'); // (466 + 400) / 23,300
    expect(budget?.bars?.map((b) => b.kind)).toEqual(['actual', 'time']);
    expect(budget?.spark?.values.slice(0, 3)).toEqual([null, 466, 866]);
    expect(budget?.referenceDate).toBe('2026-02-28');
  });

  it('leaves out the cards asked for; the compact clock links to /kpi/', () => {
    const snapshot = kpiSnapshot(input({ matches: [pair('p', 'uni-jeju', 'estsoft', [['consultation', '2026-01-10']])] }), day('2026-03-01'));
    expect(kpiCards(snapshot, realProgramme, { omit: ['clock'] }).cards.map((c) => c.id)).toEqual(['budget', 'participants', 'matches']);
    expect(kpiCards(snapshot, realProgramme, { compact: true }).cards.find((c) => c.id === 'clock')?.href).toBe('/kpi/');
    expect(kpiCards(snapshot, realProgramme).cards.find((c) => c.id === 'clock')?.href).toBe('');
  });

  it('draws no as-of marker once the programme has ended', () => {
    expect(kpiCards(kpiSnapshot(input(), day('2026-06-01')), realProgramme).position).toBeTypeOf('number');
    expect(kpiCards(kpiSnapshot(input(), day('2027-02-01')), realProgramme).position).toBeUndefined();
  });
});
