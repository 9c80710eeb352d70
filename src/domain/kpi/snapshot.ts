/**
 * The KPI snapshot: every figure the KPI pages, the home cards, the open-data page and <Stat>
 * need, computed from the content and an as-of instant by the three calculators (budget.ts,
 * participants.ts, matches.ts). Pure. The contract (types and the meaning of each field) is in ./types.ts.
 */
import { lastDayOfMonth, monthOfDay, monthsBetween } from '../../foundation/month.ts';
import { programmeClock } from '../programme-clock.ts';
import { budgetKpi } from './budget.ts';
import { matchesKpi } from './matches.ts';
import { participantsKpi } from './participants.ts';
import type { Calendar } from './calendar.ts';
import type { KpiInput, KpiSnapshot } from './types.ts';

export function kpiSnapshot(input: KpiInput, asOf: Date): KpiSnapshot {
  const { start, end } = input.programme.period;
  const clock = programmeClock(start, end, asOf);
  const months = monthsBetween(monthOfDay(start), monthOfDay(end));
  const today = clock.today;
  const calendar: Calendar = { months, today, ended: (month) => lastDayOfMonth(month) < today, final: clock.phase === 'ended' };
  const todayMonth = monthOfDay(today);
  const first = months[0] ?? todayMonth;
  const last = months.at(-1) ?? todayMonth;
  return {
    asOf,
    clock,
    period: { start, end },
    months,
    asOfMonth: todayMonth < first ? first : todayMonth > last ? last : todayMonth,
    final: calendar.final,
    budget: budgetKpi(input, calendar, clock.shareElapsed),
    participants: participantsKpi(input, calendar),
    matches: matchesKpi(input, calendar),
    revisions: [...(input.revisions ?? [])].sort((a, b) => b.date.localeCompare(a.date)),
  };
}

/** An as-of instant after the programme's end: every month has ended, all data counts. */
