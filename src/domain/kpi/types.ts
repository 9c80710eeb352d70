/**
 * The KPI contract: what `kpiSnapshot(input, asOf)` (./snapshot.ts) hands the pages.
 * Everything a page shows is precomputed here, so pages stay thin: headline
 * figures, per-month series with an explicit state per month, table rows, the
 * 기준일 (reference date), the source citation and a Korean written reading.
 *
 * Money is in 백만원 (million won) integers, as in programme.yaml; format with
 * `formatMillionWon` from src/foundation/format.ts. Shares are 0–1; format with `formatPercent`.
 * Days are `YYYY-MM-DD` (KST calendar days), months `YYYY-MM`.
 */
import { t } from '../../i18n/index.ts';
import type { ProgrammeClock } from '../programme-clock.ts';
import type { Organization, OrganizationRole, Sector } from '../../schemas/organization.ts';
import type { Programme } from '../../schemas/programme.ts';
import type { BudgetRow } from '../../schemas/budget.ts';
import type { MatchPair, MatchStage } from '../../schemas/match.ts';
import type { Revision } from '../../schemas/revision.ts';
import type { KpiKind, KpiName } from '../../schemas/kpi-names.ts';

export type { BudgetRow, MatchPair, MatchStage, Revision };
export type { KpiKind, KpiName };

/** `YYYY-MM` */
export type Month = string;
/** `YYYY-MM-DD` */
export type Day = string;

/** Everything the KPI logic reads; the content loader (or a test) builds it. */
export interface KpiInput {
  programme: Programme;
  organizations: Organization[];
  /** Rows of content/budget.csv: one per month and funding source (may be empty). */
  budget: BudgetRow[];
  /** Pairs of content/matches.yaml (may be empty). */
  matches: MatchPair[];
  /** Dated change log of published figures (content/revisions.yaml; may be empty). */
  revisions?: Revision[];
}

/**
 * - `no-data`: nothing reported at all → show the empty state (what is known), never a chart of zeros.
 * - `partial`: some figures, but gaps (a past month 미보고, or only a reported headline figure).
 * - `complete`: every month that has ended (up to the as-of time) is reported.
 */
export type KpiStatus = 'no-data' | 'partial' | 'complete';

/**
 * State of one month of a series:
 * - `reported`: the data gives a value (`value` is set).
 * - `not-reported` (미보고): the month has ended (or the data should cover it) but gives no value. Never shown as 0.
 * - `future` (예정): the month has not ended at the as-of time and has no value yet.
 * A `future` month can still carry a value for plan series (a plan is known ahead).
 * Budget executed figures count only for months that have ended at the as-of time
 * (a month's figure describes the whole month), so a 기준일 is never after the as-of day.
 */
export type MonthState = 'reported' | 'not-reported' | 'future';

export interface MonthPoint {
  month: Month;
  state: MonthState;
  value?: number;
}

/** Korean labels for the month states, for tables and chart tooltips. */
export const MONTH_STATE_LABEL: Record<MonthState, string> = {
  reported: t('monthState.reported'),
  'not-reported': t('monthState.not-reported'),
  future: t('monthState.future'),
};

/** A target stated by a source (programme.yaml `targets`); absent unless a source states one. */
export interface KpiTarget {
  kpi: KpiName;
  value: number;
  /** Day the target is for (default: the programme's end). */
  by: Day;
  label?: string;
  source: string;
}

/** Common to every KPI. */
export interface KpiBase {
  status: KpiStatus;
  /**
   * 기준일: end of the last period the data describes (budget: last day of the last
   * month with executed figures; matches: the latest stage date; participants: the
   * latest joined/asOf date). `undefined` when there is no data. Not the build date.
   */
  referenceDate: Day | undefined;
  /** Month of the reference date, `undefined` when there is no data. */
  referenceMonth: Month | undefined;
  /** Citation text for the figure, e.g. "비즈데일리(BizDaily), 2025-12-20, 경제 섹션". */
  source: string;
  /** Source ids (programme.yaml `sources`) behind `source`, for links. */
  sourceIds: string[];
  /** A short written reading in Korean, e.g. "집행률 42%, 경과 기간 80%". */
  reading: string;
  /** Targets stated by a source (usually none). */
  targets: KpiTarget[];
}

// ───────────────────────────── budget ─────────────────────────────

export interface BudgetSourceKpi {
  /** Key used in budget.csv's `source` column (programme.yaml budget.sources[].key). */
  key: string;
  /** 국비, 미공개/기타 … */
  name: string;
  /** This source's share of the total budget, 백만원. */
  amount: number;
  itemised: boolean;
  note?: string;
  /** Cumulative planned through the reference month (or through the last planned month when nothing is executed yet); undefined when no plan row. */
  planned: number | undefined;
  /** Cumulative executed through the reference month; undefined when nothing executed is reported. */
  executed: number | undefined;
  /** executed / amount; undefined when executed is undefined or amount is 0. */
  executionRate: number | undefined;
  /** amount − executed; undefined when executed is undefined. */
  remaining: number | undefined;
  /** Cumulative planned per programme month. */
  plannedSeries: MonthPoint[];
  /** Cumulative executed per programme month. */
  executedSeries: MonthPoint[];
}

/** One month of the budget table (what the chart shows, as numbers). */
export interface BudgetTableRow {
  month: Month;
  /** State of the executed figure for the month (all sources together). */
  state: MonthState;
  /** Per source: that month's own planned/executed (not cumulative); undefined = no figure. */
  bySource: { key: string; planned: number | undefined; executed: number | undefined }[];
  /** Sum over sources of the month's own figures; undefined = no figure. */
  planned: number | undefined;
  executed: number | undefined;
  /** Cumulative totals through this month; undefined when the month has no figure. */
  cumulativePlanned: number | undefined;
  cumulativeExecuted: number | undefined;
  /** Cumulative executed / total budget. */
  executionRate: number | undefined;
  /** Sources that have a row this month but no executed figure, or no row at all (past months). */
  missingSources: string[];
  /** Notes from the CSV rows of this month. */
  notes: string[];
}

export interface BudgetKpi extends KpiBase {
  unit: '백만원'; // i18n-ignore: the unit programme.yaml is written in
  /** Total programme budget (programme.yaml budget.total). */
  total: number;
  sources: BudgetSourceKpi[];
  /**
   * The rows of budget.csv as they may be published at the as-of time (the figures behind this
   * KPI, and /data/budget.csv): execution held back until its month has ended; by month, then source.
   */
  published: BudgetRow[];
  /** Cumulative planned through the reference month (or the whole plan when nothing is executed); undefined = no plan rows. */
  planned: number | undefined;
  /** Cumulative executed through the reference month; undefined = nothing reported (empty state). */
  executed: number | undefined;
  /** executed / total */
  executionRate: number | undefined;
  /** planned / total (through the same month) */
  plannedRate: number | undefined;
  /** total − executed */
  remaining: number | undefined;
  /** Whole plan: sum of every planned figure in the file. */
  plannedWhole: number | undefined;
  /** Cumulative totals per programme month (chart series; plan against actual). */
  plannedSeries: MonthPoint[];
  executedSeries: MonthPoint[];
  /** Past months (ended by the as-of time) with no executed figure. */
  notReportedMonths: Month[];
  rows: BudgetTableRow[];
  /** Source citation of the total and its split (programme.yaml budget.source). */
  totalSource: string;
}

// ─────────────────────────── participants ───────────────────────────

export interface ParticipantRow {
  id: string;
  name: string;
  /** Day membership began (membership.joined, else the organisation's firstMentioned). */
  joined: Day;
  roles: OrganizationRole[];
  sector: Sector;
}

export interface ParticipantsKpi extends KpiBase {
  /**
   * `member-list`: counted from organizations.yaml (membership.status 'member').
   * `reported`: no member list committed yet; the headline is programme.yaml membership.
   */
  basis: 'member-list' | 'reported';
  /** The headline figure: members counted, or the reported figure. */
  count: number;
  /** Headline label: "약 20개 기관" (reported) or "12개 기관" (counted). */
  label: string;
  /** The reported figure from programme.yaml membership, always given. */
  reported: { count: number; label: string; asOf: Day; source: string };
  /** Members over time (count by the end of each month). */
  series: MonthPoint[];
  /** The member list (empty under the `reported` basis), by joined day then name. */
  rows: ParticipantRow[];
}

// ───────────────────────────── matches ─────────────────────────────

export const MATCH_STAGE_LABEL: Record<MatchStage, string> = {
  consultation: t('stage.consultation'),
  agreement: t('stage.agreement'),
  'project-started': t('stage.project-started'),
  completed: t('stage.completed'),
};

export interface MatchRow {
  id: string;
  demand: { id: string; name: string };
  supply: { id: string; name: string };
  /** The furthest stage reached by the as-of time (undefined if its first stage is still in the future). */
  stage: MatchStage | undefined;
  stageLabel: string;
  /** Day of the furthest stage reached. */
  stageDate: Day | undefined;
  /** Every stage reached by the as-of time, in order. */
  stages: { stage: MatchStage; label: string; date: Day }[];
  release?: string;
  note?: string;
  source: string;
}

export interface MatchesKpi extends KpiBase {
  /** Pairs that reached at least the first stage. */
  total: number;
  /** Pairs whose furthest stage is this one (sums to total). */
  byStage: Record<MatchStage, number>;
  /** Funnel: pairs that reached at least this stage (a later stage implies the earlier). */
  reached: Record<MatchStage, number>;
  /** Stages in order with labels, for table headers and legends. */
  stageOrder: { stage: MatchStage; label: string }[];
  /** Funnel per month: pairs that had reached each stage by the month's end. */
  funnel: Record<MatchStage, MonthPoint[]>;
  /** Pairs over time (reached the first stage by month end) = funnel.consultation. */
  series: MonthPoint[];
  rows: MatchRow[];
}

// ───────────────────────────── snapshot ─────────────────────────────

export interface KpiSnapshot {
  /** The as-of instant the snapshot is computed for. */
  asOf: Date;
  clock: ProgrammeClock;
  /** Programme start and end days. */
  period: { start: Day; end: Day };
  /** Every month of the programme period, in order: the charts' category axis. */
  months: Month[];
  /** The month of the as-of day, clamped into `months` (first month before the start, last after the end). */
  asOfMonth: Month;
  /** True after the end date: pages switch to final-results wording. */
  final: boolean;
  budget: BudgetKpi;
  participants: ParticipantsKpi;
  matches: MatchesKpi;
  /** Change log of published figures per dataset, newest first. */
  revisions: Revision[];
}

// ─────────────────────── values for <Stat> ───────────────────────

/** What the data gives for a KPI in a month. */
export type KpiValue =
  | { ok: true; kpi: KpiName; kind: KpiKind; month: Month; state: MonthState; value: number | undefined }
  | { ok: false; reason: 'unknown-kpi' | 'unknown-period'; message: string };
