/** The matches KPI: demand/supply pairs and the stages they reached, by month (MatchesKpi). Pure. */
import { t } from '../../i18n/index.ts';
import { formatDay, formatNumber } from '../../foundation/format.ts';
import { lastDayOfMonth, monthOfDay } from '../../foundation/month.ts';
import { MATCH_STAGES } from '../../schemas/match.ts';
import { citation, citations } from '../sources.ts';
import { stateSeries, targetsFor, type Calendar } from './calendar.ts';
import { MATCH_STAGE_LABEL, type Day, type KpiInput, type MatchesKpi, type MatchRow, type MatchStage, type Month, type MonthPoint } from './types.ts';

const STAGE_INDEX = new Map(MATCH_STAGES.map((stage, index) => [stage, index]));

/** The stages a pair has reached by `day` (a stage dated later is not yet a fact). */
export function stagesReached<T extends { date: Day }>(pair: { stages: readonly T[] }, day: Day): T[] {
  return pair.stages.filter((s) => s.date <= day);
}

/** Index of the furthest stage a pair reached by `day`, or -1. */
function furthest(stages: readonly { stage: MatchStage; date: Day }[], day: Day): number {
  return stagesReached({ stages }, day).reduce((acc, s) => Math.max(acc, STAGE_INDEX.get(s.stage) ?? -1), -1);
}

export function matchesKpi(input: KpiInput, calendar: Calendar): MatchesKpi {
  const { programme } = input;
  const names = new Map(input.organizations.map((o) => [o.id, o.name]));
  const today = calendar.today;
  const zero = (): Record<MatchStage, number> => ({ consultation: 0, agreement: 0, 'project-started': 0, completed: 0 });
  const byStage = zero();
  const reached = zero();
  const rows: MatchRow[] = [];
  const eventDays: Day[] = [];

  for (const pair of input.matches) {
    const done = stagesReached(pair, today);
    const index = furthest(pair.stages, today);
    const last = index >= 0 ? MATCH_STAGES[index] : undefined;
    if (last) {
      byStage[last] += 1;
      for (const stage of MATCH_STAGES) if ((STAGE_INDEX.get(stage) ?? 0) <= index) reached[stage] += 1;
    }
    eventDays.push(...done.map((s) => s.date));
    const stageDate = last ? done.filter((s) => s.stage === last).map((s) => s.date).at(-1) : undefined;
    const row: MatchRow = {
      id: pair.id,
      demand: { id: pair.demand, name: names.get(pair.demand) ?? pair.demand },
      supply: { id: pair.supply, name: names.get(pair.supply) ?? pair.supply },
      stage: last,
      stageLabel: last ? MATCH_STAGE_LABEL[last] : t('stage.future'),
      stageDate,
      stages: done.map((s) => ({ stage: s.stage, label: MATCH_STAGE_LABEL[s.stage], date: s.date })),
      source: citation(programme, pair.source),
    };
    if (pair.release) row.release = pair.release;
    if (pair.note) row.note = pair.note;
    if (last) rows.push(row);
  }
  rows.sort((a, b) => (a.stages[0]?.date ?? '').localeCompare(b.stages[0]?.date ?? '') || a.id.localeCompare(b.id));

  const total = reached.consultation;
  const referenceDate = eventDays.length > 0 ? eventDays.reduce((a, b) => (a > b ? a : b)) : undefined;
  const referenceMonth = referenceDate ? monthOfDay(referenceDate) : undefined;
  const funnel = Object.fromEntries(
    MATCH_STAGES.map((stage) => {
      const stageIndex = STAGE_INDEX.get(stage) ?? 0;
      const count = (month: Month) => {
        const end = lastDayOfMonth(month) < today ? lastDayOfMonth(month) : today;
        return input.matches.filter((pair) => furthest(pair.stages, end) >= stageIndex).length;
      };
      return [stage, stateSeries(calendar, referenceMonth, count)];
    }),
  ) as Record<MatchStage, MonthPoint[]>;
  const series = funnel.consultation;
  const stageText = MATCH_STAGES.map((stage) => t('reading.stageCount', { stage: MATCH_STAGE_LABEL[stage], count: formatNumber(byStage[stage]) })).join(', ');
  const ids = input.matches.filter((p) => furthest(p.stages, today) >= 0).map((p) => p.source);

  return {
    status: total === 0 ? 'no-data' : series.some((p) => p.state === 'not-reported') ? 'partial' : 'complete',
    referenceDate: total === 0 ? undefined : referenceDate,
    referenceMonth: total === 0 ? undefined : referenceMonth,
    source: citations(programme, ids),
    sourceIds: [...new Set(ids)],
    reading:
      total === 0
        ? t('reading.matchesNone')
        : t(calendar.final ? 'reading.matchesFinal' : 'reading.matches', { total: formatNumber(total), stages: stageText, date: formatDay(referenceDate ?? '') }),
    targets: targetsFor(input, 'matches.'),
    total,
    byStage,
    reached,
    stageOrder: MATCH_STAGES.map((stage) => ({ stage, label: MATCH_STAGE_LABEL[stage] })),
    funnel,
    series,
    rows,
  };
}
