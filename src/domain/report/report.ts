/**
 * /report/ (사업 성과 보고, issue 12) as data: its sections in order (the table of contents),
 * the KPIs against their targets, the budget by source against plan, the pairs' funnel and the
 * completed pairs, the organisations by role and sector, the timeline, and what was never
 * reported. Every figure is the KPI snapshot's, so the report and the KPI pages agree. Pure;
 * hrefs are site paths (the page adds the base).
 */
import { t } from '../../i18n/index.ts';
import { formatDay, formatMillionWon, formatNumber, formatPercent } from '../../foundation/format.ts';
import { paths } from '../../foundation/urls.ts';
import { KPI_INFO, KPI_NAMES, type KpiName } from '../../schemas/kpi-names.ts';
import type { Organization } from '../../schemas/organization.ts';
import { SECTORS } from '../../schemas/organization.ts';
import type { Programme } from '../../schemas/programme.ts';
import type { KpiSnapshot } from '../kpi/types.ts';
import { budgetMonthTable } from '../kpi/view/budget.ts';
import { countCell, type TableCell, type TableView } from '../kpi/view/table.ts';
import { groupsByRole, roleLabel, sectorLabel } from '../organizations.ts';
import type { FormerRelease } from '../permanence.ts';
import type { SiteRecord } from '../record.ts';
import type { ResultsState } from '../results.ts';
import { citation } from '../sources.ts';
import { timeline, type TimelineEntry, type TimelineRelease } from './timeline.ts';

export type SectionId = 'summary' | 'kpis' | 'budget' | 'matches' | 'organizations' | 'timeline' | 'not-reported' | 'sources';

export interface ReportSection {
  id: SectionId;
  number: number;
  title: string;
}

/** A horizontal bar of a paper-friendly chart: a share 0–1 of its scale. */
export interface ReportBar {
  label: string;
  share: number;
  valueText: string;
  kind: 'plan' | 'actual' | 'stage';
}

export interface ReportInput {
  snapshot: KpiSnapshot;
  programme: Programme;
  organizations: readonly Organization[];
  /** Public releases, newest first (as siteData gives them). */
  releases: readonly TimelineRelease[];
  former: readonly FormerRelease[];
  results: ResultsState;
  record: SiteRecord;
  datasetTitle: (name: string) => string;
}

export interface ReportView {
  title: string;
  /** `중간 보고 (2026년 12월 1일 기준)`, `최종 보고 (잠정)`, `최종 보고 (확정)` */
  subtitle: string;
  results: ResultsState;
  /** The record's date, shown on the title page. */
  recordDay: string;
  sections: ReportSection[];
  summary: { label: string; value: string }[];
  kpis: TableView;
  budget: { reported: boolean; sources: TableView; bars: { source: string; bars: ReportBar[] }[]; months: TableView | undefined };
  matches: { reported: boolean; funnel: TableView; bars: ReportBar[]; completed: TableView | undefined };
  organizations: { note: string; byRole: TableView; bySector: TableView };
  timeline: TimelineEntry[];
  notReported: string[];
  sources: { id: string; text: string; url: string | undefined }[];
  /** Where the figures and the whole record can be read and downloaded: site paths with labels. */
  links: { label: string; href: string }[];
}

/** What the report says for a figure that was never reported: plainly, never 0. */
export const NOT_REPORTED = (): string => t('report.notReported');

const notReportedCell = (): TableCell => ({ text: NOT_REPORTED(), state: 'not-reported' });

/** KPIs the report always lists (with any other that has a target), in KPI_NAMES order. */
const REPORTED_KPIS: readonly KpiName[] = ['budget.executed', 'budget.executionRate', 'participants.count', 'matches.total', 'matches.agreement', 'matches.projectStarted', 'matches.completed'];

/** A KPI's headline figure from the snapshot, with its 기준일 and source; undefined when never reported. */
function headline(snapshot: KpiSnapshot, name: KpiName): { value: number | undefined; referenceDate: string | undefined; source: string } {
  const { budget, participants, matches } = snapshot;
  const matchesValue = (stage: keyof typeof matches.reached) => (matches.status === 'no-data' ? undefined : matches.reached[stage]);
  const m = { referenceDate: matches.referenceDate, source: matches.source };
  const b = { referenceDate: budget.referenceDate, source: budget.executed === undefined ? budget.totalSource : budget.source };
  switch (name) {
    case 'budget.planned':
      return { value: budget.planned, ...b };
    case 'budget.executed':
      return { value: budget.executed, ...b };
    case 'budget.executionRate':
      return { value: budget.executionRate, ...b };
    case 'budget.remaining':
      return { value: budget.remaining, ...b };
    case 'participants.count':
      return { value: participants.status === 'no-data' ? undefined : participants.count, referenceDate: participants.referenceDate, source: participants.source };
    case 'matches.total':
    case 'matches.consultation':
      return { value: matchesValue('consultation'), ...m };
    case 'matches.agreement':
      return { value: matchesValue('agreement'), ...m };
    case 'matches.projectStarted':
      return { value: matchesValue('project-started'), ...m };
    case 'matches.completed':
      return { value: matchesValue('completed'), ...m };
  }
}

function kpiText(name: KpiName, value: number, participantsLabel: string | undefined): string {
  const kind = KPI_INFO[name].kind;
  if (name === 'participants.count' && participantsLabel) return participantsLabel;
  if (kind === 'money') return formatMillionWon(value);
  if (kind === 'share') return formatPercent(value);
  return name.startsWith('matches.') ? t('report.pairsCount', { count: formatNumber(value) }) : formatNumber(value);
}

function kpiTable(input: ReportInput): TableView {
  const { snapshot, programme } = input;
  const targets = programme.targets ?? [];
  const names = KPI_NAMES.filter((name) => REPORTED_KPIS.includes(name) || targets.some((target) => target.kpi === name));
  const participantsLabel = snapshot.participants.status === 'no-data' ? undefined : snapshot.participants.label;
  return {
    caption: t('report.kpisCaption'),
    head: [t('report.kpi'), t('report.figure'), t('report.target'), t('report.achieved'), t('kpi.referenceDate'), t('kpi.source')],
    numeric: [true, true, true, false, false],
    rows: names.map((name) => {
      const { value, referenceDate, source } = headline(snapshot, name);
      const target = targets.find((entry) => entry.kpi === name);
      const figure: TableCell = value === undefined ? notReportedCell() : { text: kpiText(name, value, participantsLabel), value };
      const targetCell: TableCell = target ? { text: target.label ?? kpiText(name, target.value, undefined), value: target.value } : { text: t('report.noTarget') };
      const achieved: TableCell = target && value !== undefined && target.value > 0 ? { text: formatPercent(value / target.value), value: value / target.value } : { text: t('common.dash') };
      return {
        head: KPI_INFO[name].label,
        key: name,
        cells: [
          figure,
          targetCell,
          achieved,
          { text: referenceDate ? formatDay(referenceDate) : t('common.dash') },
          { text: [source, target ? citation(programme, target.source) : ''].filter(Boolean).join(' · ') || t('common.dash') },
        ],
      };
    }),
  };
}

function budgetSection(snapshot: KpiSnapshot): ReportView['budget'] {
  const { budget } = snapshot;
  const reported = budget.executed !== undefined;
  const money = (value: number | undefined): TableCell => (value === undefined ? notReportedCell() : { text: formatMillionWon(value), value });
  const share = (value: number | undefined): TableCell => (value === undefined ? { text: t('common.dash') } : { text: formatPercent(value), value });
  // One row's cells, for a funding source and for the total alike.
  const cellsOf = (amount: number, row: { planned?: number | undefined; executed?: number | undefined; executionRate?: number | undefined; remaining?: number | undefined }): TableCell[] => [
    { text: formatMillionWon(amount), value: amount },
    money(row.planned),
    money(row.executed),
    share(row.planned && row.executed !== undefined ? row.executed / row.planned : undefined),
    share(row.executionRate),
    money(row.remaining),
  ];
  const sources: TableView = {
    caption: t('report.budgetCaption'),
    head: [t('budget.sourceName'), t('budget.sourceAmount'), t('report.plannedCumulative'), t('report.executedCumulative'), t('report.againstPlan'), t('budget.sourceRate'), t('budget.sourceRemaining')],
    numeric: [true, true, true, true, true, true],
    rows: budget.sources.map((s) => ({
      head: s.itemised ? s.name : `${s.name} (${t('budget.notItemised')})`,
      key: s.key,
      cells: cellsOf(s.amount, s),
    })),
    foot: {
      head: t('budget.totalRow'),
      key: 'total',
      strong: true,
      cells: cellsOf(budget.total, budget),
    },
  };
  const bars = budget.sources.map((s) => ({
    source: s.name,
    bars: [
      ...(s.planned === undefined ? [] : [{ label: t('report.barPlanned'), share: s.amount > 0 ? s.planned / s.amount : 0, valueText: formatMillionWon(s.planned), kind: 'plan' as const }]),
      {
        label: t('report.barExecuted'),
        share: s.executed === undefined || s.amount <= 0 ? 0 : s.executed / s.amount,
        valueText: s.executed === undefined ? NOT_REPORTED() : `${formatMillionWon(s.executed)} (${formatPercent(s.executionRate ?? 0)})`,
        kind: 'actual' as const,
      },
    ],
  }));
  const anyRow = budget.rows.some((row) => row.planned !== undefined || row.executed !== undefined);
  return { reported, sources, bars, months: anyRow ? budgetMonthTable(snapshot, t('report.budgetMonthsCaption')) : undefined };
}

function matchesSection(snapshot: KpiSnapshot): ReportView['matches'] {
  const { matches } = snapshot;
  const reported = matches.status !== 'no-data';
  const unit = t('unit.pairs');
  const cell = (value: number) => (reported ? countCell(value, unit) : notReportedCell());
  const funnel: TableView = {
    caption: t('report.funnelCaption'),
    head: [t('matches.stage'), t('matches.reached'), t('matches.current')],
    numeric: [true, true],
    rows: matches.stageOrder.map((s) => ({ head: s.label, key: s.stage, cells: [cell(matches.reached[s.stage]), cell(matches.byStage[s.stage])] })),
  };
  const bars: ReportBar[] = reported
    ? matches.stageOrder.map((s) => ({
        label: s.label,
        share: matches.total > 0 ? matches.reached[s.stage] / matches.total : 0,
        valueText: t('report.pairsCount', { count: formatNumber(matches.reached[s.stage]) }),
        kind: 'stage',
      }))
    : [];
  const done = matches.rows.filter((row) => row.stage === 'completed');
  const completed: TableView | undefined =
    done.length === 0
      ? undefined
      : {
          caption: t('report.completedCaption'),
          head: [t('report.pair'), t('matches.demand'), t('matches.supply'), t('report.completedOn')],
          numeric: [false, false, false],
          rows: done.map((row) => ({
            head: row.id,
            key: row.id,
            cells: [{ text: row.demand.name }, { text: row.supply.name }, { text: row.stageDate ? formatDay(row.stageDate) : t('common.dash') }],
          })),
        };
  return { reported, funnel, bars, completed };
}

function organizationsSection(input: ReportInput): ReportView['organizations'] {
  const { snapshot, organizations } = input;
  const members = snapshot.participants.basis === 'member-list' ? organizations.filter((o) => o.membership.status === 'member') : organizations;
  const names = (list: readonly Organization[]) => list.map((o) => o.name).join(', ');
  const byRole: TableView = {
    caption: t('report.byRoleCaption'),
    head: [t('org.role'), t('report.orgCount'), t('report.orgNames')],
    numeric: [true, false],
    rows: groupsByRole(members).map((group) => ({ head: roleLabel(group.role), key: group.role, cells: [countCell(group.items.length), { text: names(group.items) }] })),
  };
  const bySector: TableView = {
    caption: t('report.bySectorCaption'),
    head: [t('org.sector'), t('report.orgCount'), t('report.orgNames')],
    numeric: [true, false],
    rows: SECTORS.map((sector) => ({ sector, items: members.filter((o) => o.sector === sector) }))
      .filter((group) => group.items.length > 0)
      .map((group) => ({ head: sectorLabel(group.sector), key: group.sector, cells: [countCell(group.items.length), { text: names(group.items) }] })),
  };
  const { participants } = snapshot;
  const note =
    participants.basis === 'member-list'
      ? t('report.orgNoteMembers', { count: formatNumber(members.length) })
      : t('report.orgNoteNamed', { count: formatNumber(members.length), reported: participants.reported.label, source: participants.reported.source });
  return { note, byRole, bySector };
}

/** What the content never reported, said plainly (each a sentence). */
function notReported(input: ReportInput): string[] {
  const { snapshot, programme } = input;
  const { budget, participants, matches } = snapshot;
  const out: string[] = [];
  if (budget.executed === undefined) out.push(t('report.neverBudget'));
  else if (budget.notReportedMonths.length > 0) out.push(t('report.neverBudgetMonths', { count: formatNumber(budget.notReportedMonths.length) }));
  if (budget.planned === undefined) out.push(t('report.neverPlan'));
  for (const source of budget.sources.filter((s) => !s.itemised)) out.push(t('report.neverSplit', { name: source.name, amount: formatMillionWon(source.amount) }));
  if (participants.status === 'no-data') out.push(t('report.neverParticipants'));
  else if (participants.basis === 'reported') out.push(t('report.neverMemberList', { label: participants.reported.label }));
  if (matches.status === 'no-data') out.push(t('report.neverMatches'));
  const targeted = new Set((programme.targets ?? []).map((target) => target.kpi));
  const untargeted = REPORTED_KPIS.filter((name) => !targeted.has(name)).map((name) => KPI_INFO[name].label);
  if (untargeted.length > 0) out.push(t('report.neverTargets', { kpis: untargeted.join(', ') }));
  return out;
}

export function reportView(input: ReportInput): ReportView {
  const { snapshot, programme, results, record } = input;
  const titles: Record<SectionId, string> = {
    summary: t('report.sectionSummary'),
    kpis: t('report.sectionKpis'),
    budget: t('report.sectionBudget'),
    matches: t('report.sectionMatches'),
    organizations: t('report.sectionOrganizations'),
    timeline: t('report.sectionTimeline'),
    'not-reported': t('report.sectionNotReported'),
    sources: t('report.sectionSources'),
  };
  const order: SectionId[] = ['summary', 'kpis', 'budget', 'matches', 'organizations', 'timeline', 'not-reported', 'sources'];
  const subtitle =
    results.kind === 'interim'
      ? t('report.subtitleInterim', { date: formatDay(snapshot.clock.today) })
      : results.kind === 'final'
        ? t('report.subtitleFinal', { date: formatDay(results.confirmed ?? '') })
        : t('report.subtitleProvisional');
  const { budget, participants, matches } = snapshot;
  const usedSources = [...new Set([programme.period.source, programme.budget.source, programme.membership.source, ...(programme.targets ?? []).map((x) => x.source), ...(results.source ? [results.source] : [])])];
  const allSources = Object.keys(programme.sources).sort((a, b) => (usedSources.indexOf(a) + 1 || 99) - (usedSources.indexOf(b) + 1 || 99) || a.localeCompare(b));
  const publicReleases = input.releases.length;
  return {
    title: t('report.title'),
    subtitle,
    results,
    recordDay: record.day,
    sections: order.map((id, index) => ({ id, number: index + 1, title: titles[id] })),
    summary: [
      { label: t('home.period'), value: t('clock.range', { start: formatDay(snapshot.period.start), end: formatDay(snapshot.period.end) }) },
      { label: t('budget.total'), value: `${formatMillionWon(budget.total)} (${budget.sources.map((s) => `${s.name} ${formatMillionWon(s.amount)}`).join(', ')})` },
      { label: t('report.summaryBudget'), value: budget.executionRate === undefined ? NOT_REPORTED() : t('report.summaryBudgetValue', { executed: formatMillionWon(budget.executed ?? 0), rate: formatPercent(budget.executionRate) }) },
      { label: t('card.participants'), value: participants.status === 'no-data' ? NOT_REPORTED() : participants.label },
      { label: t('card.matches'), value: matches.status === 'no-data' ? NOT_REPORTED() : t('report.summaryMatchesValue', { total: formatNumber(matches.total), completed: formatNumber(matches.reached.completed) }) },
      { label: t('report.summaryReleases'), value: t('report.releasesCount', { count: formatNumber(publicReleases) }) },
      { label: t('report.status'), value: results.label },
      { label: t('report.recordDay'), value: formatDay(record.day) },
    ],
    kpis: kpiTable(input),
    budget: budgetSection(snapshot),
    matches: matchesSection(snapshot),
    organizations: organizationsSection(input),
    timeline: timeline({
      today: snapshot.clock.today,
      asOf: snapshot.asOf,
      period: snapshot.period,
      releases: [...input.releases].reverse(),
      pairs: matches.rows,
      revisions: snapshot.revisions,
      former: input.former,
      confirmed: results.confirmed,
      datasetTitle: input.datasetTitle,
    }),
    notReported: notReported(input),
    sources: allSources.map((id) => ({ id, text: citation(programme, id), url: programme.sources[id]?.url })),
    links: [
      { label: t('report.linkKpi'), href: paths.kpi() },
      { label: t('report.linkData'), href: paths.data() },
      { label: t('report.linkArchive'), href: paths.dataFile('archive', 'zip') },
      { label: t('report.linkReleases'), href: paths.releases() },
    ],
  };
}
