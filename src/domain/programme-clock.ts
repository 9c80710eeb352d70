/**
 * Where the programme stands at an instant: before, running or ended, with days
 * elapsed and left and a D-day label. Pure: the as-of time is an argument.
 */
import { t } from '../i18n/index.ts';
import { DAY_MS, kstDay, kstMidnight } from '../foundation/kst.ts';

export type ProgrammePhase = 'before' | 'running' | 'ended';

export interface ProgrammeClock {
  phase: ProgrammePhase;
  /** KST calendar day of the as-of time, `YYYY-MM-DD`. */
  today: string;
  /** Days of the programme, counting the start and end days. */
  totalDays: number;
  /** Programme days that have begun by today (0 before the start, totalDays after the end). */
  daysElapsed: number;
  /** Days from today to the end day (0 on the last day and after). */
  daysLeft: number;
  /** Days from today to the start day (only meaningful before the start). */
  daysToStart: number;
  /** Share of the programme's days that have begun, 0–1. */
  shareElapsed: number;
  /** `D-45`, `D-day` on the last day, `종료` after. */
  dDay: string;
}

function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Math.round(kstMidnight(y, m, d).getTime() / DAY_MS);
}

export function programmeClock(start: string, end: string, asOf: Date): ProgrammeClock {
  const today = kstDay(asOf);
  const [s, e, now] = [dayNumber(start), dayNumber(end), dayNumber(today)];
  const totalDays = e - s + 1;
  const phase: ProgrammePhase = now < s ? 'before' : now > e ? 'ended' : 'running';
  const daysElapsed = Math.min(Math.max(now - s + 1, 0), totalDays);
  const daysLeft = Math.max(e - now, 0);
  const dDay = phase === 'ended' ? t('clock.endedLabel') : daysLeft === 0 ? 'D-day' : `D-${daysLeft}`;
  return {
    phase,
    today,
    totalDays,
    daysElapsed,
    daysLeft,
    daysToStart: Math.max(s - now, 0),
    shareElapsed: daysElapsed / totalDays,
    dDay,
  };
}
