/**
 * Issue 12: the record's date and the frozen record (src/domain/record.ts), the state of the
 * results (src/domain/results.ts, programme.yaml `results`), an extended period.
 */
import { describe, expect, it } from 'vitest';
import { parseAsOf } from '../../src/foundation/as-of.ts';
import { parseKstTime, type KstTime } from '../../src/foundation/kst.ts';
import { programmeClock } from '../../src/domain/programme-clock.ts';
import { recordOf, type RecordInput } from '../../src/domain/record.ts';
import { resultsState } from '../../src/domain/results.ts';
import { resultsSchema } from '../../src/schemas/results.ts';

const time = (text: string): KstTime => {
  const parsed = parseKstTime(text);
  if (!parsed) throw new Error(text);
  return parsed;
};
const PERIOD = { start: '2025-12-17', end: '2026-12-31' };

function record(asOf: string, extra: Partial<RecordInput> = {}, period = PERIOD) {
  const at = parseAsOf(asOf);
  return recordOf({
    asOf: at,
    phase: programmeClock(period.start, period.end, at).phase,
    period,
    releases: [
      { date: time('2025-12-17T10:00:00+09:00'), corrections: [] },
      { date: time('2026-05-02T09:00:00+09:00'), corrections: [{ date: time('2026-05-04T12:00:00+09:00') }] },
    ],
    former: [],
    days: [{ kind: 'data', day: '2026-11-30' }],
    ...extra,
  });
}

describe('recordOf', () => {
  it('while the programme runs: updated is the as-of day, not frozen', () => {
    const r = record('2026-12-01');
    expect(r).toMatchObject({ day: '2026-11-30', kind: 'data', frozen: false, updated: '2026-12-01' });
  });
  it('after the end with nothing to come: frozen, updated is the latest dated fact, the same on any later day', () => {
    const a = record('2027-02-01');
    const b = record('2031-01-01');
    expect(a).toMatchObject({ day: '2026-11-30', frozen: true, updated: '2026-11-30', next: undefined });
    expect(b).toEqual(a);
  });
  it('a correction after the other facts is the record date', () => {
    const r = record('2027-02-01', { days: [{ kind: 'data', day: '2026-01-31' }] });
    expect(r).toMatchObject({ day: '2026-05-04', kind: 'correction', frozen: true });
  });
  it('a release scheduled after the end keeps the record open until it is public', () => {
    const scheduled = { date: time('2027-03-02T09:00:00+09:00'), corrections: [] };
    const before = record('2027-02-01', { releases: [scheduled] });
    expect(before).toMatchObject({ frozen: false, next: '2027-03-02', updated: '2027-02-01' });
    const after = record('2027-03-03', { releases: [scheduled] });
    expect(after).toMatchObject({ frozen: true, day: '2027-03-02', kind: 'release' });
  });
  it('drafts are not facts', () => {
    const r = record('2027-02-01', { releases: [{ date: time('2027-03-02T09:00:00+09:00'), draft: true, corrections: [] }] });
    expect(r.frozen).toBe(true);
  });
  it('the confirmation of the results is a fact', () => {
    const r = record('2027-06-01', { days: [{ kind: 'results', day: '2027-05-31' }] });
    expect(r).toMatchObject({ day: '2027-05-31', kind: 'results', frozen: true });
  });
  it('an extended period (end 2027-06-30) needs no code: running in February, frozen only after its end', () => {
    const extended = { start: PERIOD.start, end: '2027-06-30' };
    expect(record('2027-02-01', {}, extended)).toMatchObject({ frozen: false, updated: '2027-02-01' });
    expect(record('2027-06-30', {}, extended).frozen).toBe(false);
    expect(record('2027-07-01', {}, extended)).toMatchObject({ frozen: true, updated: '2026-11-30' });
  });
});

describe('results', () => {
  it('is interim while the programme runs, whatever the file says', () => {
    expect(resultsState('running', { status: 'final', date: '2027-05-31' }, '2026-12-01')).toMatchObject({ kind: 'interim', label: '중간' });
  });
  it('is provisional after the end until staff mark it final', () => {
    expect(resultsState('ended', undefined, '2027-02-01')).toMatchObject({ kind: 'provisional', label: '잠정', confirmed: undefined });
    expect(resultsState('ended', { status: 'provisional' }, '2027-02-01').kind).toBe('provisional');
    expect(resultsState('ended', { status: 'final', date: '2027-05-31' }, '2027-06-01')).toMatchObject({ kind: 'final', label: '확정', confirmed: '2027-05-31' });
  });
  it('accepts the Korean and the English status, and holds the date to the status', () => {
    expect(resultsSchema.parse({ status: '확정', date: '2027-05-31' })).toMatchObject({ status: 'final', date: '2027-05-31' });
    expect(resultsSchema.parse({ status: 'provisional' }).status).toBe('provisional');
    expect(resultsSchema.safeParse({ status: '최종' }).success).toBe(false);
    expect(resultsSchema.safeParse({ status: '확정' }).success).toBe(false);
    expect(resultsSchema.safeParse({ status: '잠정', date: '2027-05-31' }).success).toBe(false);
  });
});
