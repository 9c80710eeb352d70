/**
 * The rule for figures quoted in releases with <Stat>. Pure: the readers hand in parsed data, a way
 * to locate each field, and the <Stat> uses found in release bodies.
 *
 * <Stat> rule (docs: docs/편집-가이드 KPI section):
 *   <Stat kpi="budget.executed" at="2026-06" value="42억 원" /> must agree with the data:
 *   the data's value for that KPI and month, rounded to the precision the value is written
 *   in (42억 원 → to 1억; 42.5% → to 0.1%p; counts exactly), equals the announced value.
 *   When the data changes after publication the build fails, until the release records
 *   the change: a `corrections` entry dated after the release's `date` whose note contains
 *   both the announced value and the value the data now gives, written the same way
 *   (e.g. "6월 누적 집행액 42억 원 → 43억 원, 5월 실적 정정"). The message prints the
 *   exact text to add. The release keeps its announced value; <Stat> marks it as corrected.
 *   An unknown KPI name, a period outside the programme, or a month the data gives no
 *   figure for (미보고) fails too.
 */
import { problemText, t } from '../i18n/index.ts';
import type { MessageParts, Problem } from '../foundation/problems.ts';
import { squeeze } from '../domain/kpi/announced.ts';
import { formatMonth } from '../foundation/month.ts';
import { statFigure } from '../domain/kpi/stat.ts';
import type { KpiSnapshot } from '../domain/kpi/types.ts';
import { kstDay } from '../foundation/kst.ts';
import { KPI_NAMES } from '../schemas/kpi-names.ts';
import type { StatUse } from './kpi-content.ts';

function statProblem(use: StatUse, parts: MessageParts, field = '<Stat>'): Problem {
  const p: Problem = { file: use.release.file, field, severity: 'error', ...parts };
  if (use.line !== undefined) p.line = use.line;
  if (use.column !== undefined) p.column = use.column;
  return p;
}

/** Checks one <Stat> against the KPI snapshot of the run's as-of instant (src/domain/kpi/stat.ts). */
export function checkStat(use: StatUse, snapshot: KpiSnapshot | undefined): Problem[] {
  const attrs = use.attributes;
  for (const name of ['kpi', 'at', 'value']) {
    if (attrs[name] === null) {
      return [statProblem(use, problemText('stat.nameMustBePlain', { name }))];
    }
    if (attrs[name] === undefined || attrs[name]?.trim() === '') {
      return [
        statProblem(use, problemText('stat.statNeedsName', { name })),
      ];
    }
  }
  const unknown = Object.keys(attrs).filter((name) => !['kpi', 'at', 'value'].includes(name));
  if (unknown.length > 0) {
    return [statProblem(use, problemText('stat.unknownAttributeUnknown', { unknown: unknown.join(', ') }))];
  }
  const kpi = (attrs['kpi'] ?? '').trim();
  const at = (attrs['at'] ?? '').trim();
  const value = attrs['value'] ?? '';
  if (!(KPI_NAMES as readonly string[]).includes(kpi)) {
    return [statProblem(use, problemText('stat.unknownKpiKpi', { kpi, kpiNames: KPI_NAMES.join(', ') }))];
  }
  if (!snapshot) return [];
  const figure = statFigure(snapshot, { kpi, at, value });
  if (!figure.ok && figure.reason === 'unreadable-value') {
    const example = t(figure.kind === 'money' ? 'example.statMoney' : figure.kind === 'share' ? 'example.statShare' : 'example.statCount');
    return [statProblem(use, problemText('stat.cannotReadValueValue', { value, label: figure.label, example }))];
  }
  if (!figure.ok) {
    return [statProblem(use, problemText('stat.unknownPeriod', { message: figure.message, at }))];
  }
  const month = formatMonth(at);
  if (figure.data === undefined) {
    return [
      statProblem(use, problemText('stat.theDataGivesNo', { month, label: figure.label, kpi, at })),
    ];
  }
  if (figure.current === undefined) return [];
  const now = figure.current;
  const releaseDay = kstDay(use.release.data.date.instant);
  const corrected = (use.release.data.corrections ?? []).some(
    (c) => c.date.instant.getTime() > use.release.data.date.instant.getTime() && squeeze(c.note).includes(squeeze(value)) && squeeze(c.note).includes(squeeze(now)),
  );
  if (corrected) return [];
  return [
    statProblem(use, problemText('stat.announcedKpiAtValue', { month, label: figure.label, value, now, kpi, at, releaseDay })),
  ];
}
