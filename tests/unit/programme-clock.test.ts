import { describe, expect, it } from 'vitest';
import { parseAsOf } from '../../src/foundation/as-of.ts';
import { programmeClock } from '../../src/domain/programme-clock.ts';
import { pinAsOf } from '../../src/content-io/site-env.ts';

const START = '2025-12-17';
const END = '2026-12-31';
const at = (value: string) => parseAsOf(value);

describe('programmeClock', () => {
  it('counts down to the start before the programme', () => {
    const clock = programmeClock(START, END, at('2025-12-01'));
    expect(clock).toMatchObject({ phase: 'before', daysElapsed: 0, daysToStart: 16, daysLeft: 395, shareElapsed: 0, dDay: 'D-395' });
  });
  it('counts the first day as begun', () => {
    expect(programmeClock(START, END, at('2025-12-17'))).toMatchObject({ phase: 'running', daysElapsed: 1, totalDays: 380 });
  });
  it('gives D-n while running', () => {
    const clock = programmeClock(START, END, at('2026-11-27T15:00:00+09:00'));
    expect(clock).toMatchObject({ phase: 'running', today: '2026-11-27', daysLeft: 34, dDay: 'D-34', daysElapsed: 346 });
    expect(clock.shareElapsed).toBeCloseTo(346 / 380);
  });
  it('uses the KST day, not the UTC day', () => {
    // 2026-12-30T16:00Z is already 2026-12-31 01:00 in Korea: the last day.
    expect(programmeClock(START, END, new Date('2026-12-30T16:00:00Z')).dDay).toBe('D-day');
    expect(programmeClock(START, END, new Date('2026-12-30T14:59:59Z')).dDay).toBe('D-1');
  });
  it.each([
    ['2025-12-01', 'D-395'],
    ['2026-11-27', 'D-34'],
    ['2026-12-31', 'D-day'],
    ['2027-01-05', '종료'],
  ])('as of %s (00:00 KST) the home page label is %s', (asOf, label) => {
    expect(programmeClock(START, END, at(asOf)).dDay).toBe(label);
  });
  it('says D-day on the last day and 종료 after', () => {
    expect(programmeClock(START, END, at('2026-12-31'))).toMatchObject({ phase: 'running', dDay: 'D-day', daysLeft: 0, shareElapsed: 1 });
    expect(programmeClock(START, END, at('2027-01-01'))).toMatchObject({ phase: 'ended', dDay: '종료', daysLeft: 0, daysElapsed: 380 });
  });
});

describe('parseAsOf', () => {
  it('reads a day as 00:00 KST and an instant as given', () => {
    expect(at('2026-03-01').toISOString()).toBe('2026-02-28T15:00:00.000Z');
    expect(at('2026-03-01T09:00:00+09:00').toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });
  it('rejects nonsense with a fix', () => {
    expect(() => parseAsOf('next tuesday')).toThrow(/PORTAL_AS_OF=next tuesday — .+ → /);
  });
});

describe('pinAsOf', () => {
  it('keeps a given instant and fixes an unset one once for the whole run', () => {
    expect(pinAsOf({ PORTAL_AS_OF: '2026-03-01' }).toISOString()).toBe('2026-02-28T15:00:00.000Z');
    const env: Record<string, string | undefined> = {};
    const first = pinAsOf(env);
    expect(env['PORTAL_AS_OF']).toBe(first.toISOString());
    // Every later reader of the same environment sees the same instant, not a new "now".
    expect(pinAsOf(env).getTime()).toBe(first.getTime());
  });
});
