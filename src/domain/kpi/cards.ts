/**
 * The headline KPI cards (budget executed of the total, time elapsed, participating organisations,
 * matched pairs by stage), each with its figure, details, 기준일 and source: the view model the
 * KpiCards component renders. Pure; hrefs are site paths (the component adds the base).
 */
import { t } from '../../i18n/index.ts';
import { formatDay, formatMillionWon, formatNumber, formatPercent } from '../../foundation/format.ts';
import { paths } from '../../foundation/urls.ts';
import type { Programme } from '../../schemas/programme.ts';
import { citation } from '../sources.ts';
import { asOfPosition } from './chart-spec.ts';
import type { KpiSnapshot } from './types.ts';
import { budgetSplit } from './view/budget.ts';

export type CardId = 'budget' | 'clock' | 'participants' | 'matches';

export interface KpiCard {
  id: CardId;
  title: string;
  /** A site path, or '' when the card links nowhere. */
  href: string;
  figure: string;
  figureLabel?: string | undefined;
  details: string[];
  /** Progress bars 0–1 (budget executed against time elapsed). */
  bars?: { label: string; share: number; kind: 'actual' | 'time' }[] | undefined;
  spark?: { values: (number | null)[]; max?: number | undefined } | undefined;
  stages?: { label: string; count: number }[] | undefined;
  referenceDate: string | undefined;
  source: string;
  empty: boolean;
}

export interface KpiCardsView {
  cards: KpiCard[];
  /** The largest stage count, for the stage bars' scale. */
  maxStage: number;
  /** Where the as-of day falls on the sparklines' month axis (none once the programme has ended). */
  position: number | undefined;
}

export function kpiCards(snapshot: KpiSnapshot, programme: Programme, { compact = false, omit = [] }: { compact?: boolean; omit?: readonly CardId[] } = {}): KpiCardsView {
  const { budget, clock, participants, matches, months, final } = snapshot;
  const position = final ? undefined : asOfPosition(months, snapshot.asOf);
  const series = (points: { value?: number | undefined }[]) => points.map((p) => (p.value === undefined ? null : p.value));
  /** A sparkline needs at least two months with figures; one dot says nothing the figure does not. */
  const trend = (points: { value?: number | undefined }[]) => (points.filter((p) => p.value !== undefined).length >= 2 ? series(points) : undefined);

  const budgetEmpty = budget.executed === undefined || budget.executionRate === undefined;
  const budgetCard: KpiCard = {
    id: 'budget',
    title: final ? t('card.budgetFinal') : t('card.budget'),
    href: paths.kpiBudget(),
    figure: budgetEmpty ? t('card.budgetEmpty') : formatPercent(budget.executionRate ?? 0),
    figureLabel: budgetEmpty ? undefined : t('budget.rate'),
    details: budgetEmpty
      ? compact
        ? [t('card.budgetEmptyNote')]
        : [t('card.budgetEmptyDetail', { total: formatMillionWon(budget.total), split: budgetSplit(snapshot) }), t('card.budgetEmptyNote')]
      : [
          t('card.budgetDetail', { total: formatMillionWon(budget.total), executed: formatMillionWon(budget.executed ?? 0) }),
          t('card.budgetRemaining', { remaining: formatMillionWon(budget.remaining ?? 0) }),
        ],
    bars: budgetEmpty
      ? undefined
      : [
          { label: t('card.barExecuted', { share: formatPercent(budget.executionRate ?? 0) }), share: budget.executionRate ?? 0, kind: 'actual' },
          { label: t('card.barElapsed', { share: formatPercent(clock.shareElapsed) }), share: clock.shareElapsed, kind: 'time' },
        ],
    spark: budgetEmpty || !trend(budget.executedSeries) ? undefined : { values: series(budget.executedSeries), max: budget.total },
    referenceDate: budget.referenceDate,
    source: budgetEmpty ? budget.totalSource : budget.source,
    empty: budgetEmpty,
  };

  const clockDetail =
    clock.phase === 'before'
      ? t('card.clockBefore', { days: formatNumber(clock.daysToStart), start: formatDay(snapshot.period.start) })
      : clock.phase === 'ended'
        ? t('card.clockEnded', { total: formatNumber(clock.totalDays), end: formatDay(snapshot.period.end) })
        : t('card.clockRunning', { total: formatNumber(clock.totalDays), elapsed: formatNumber(clock.daysElapsed), dDay: clock.dDay });
  const clockCard: KpiCard = {
    id: 'clock',
    title: t('card.clock'),
    href: compact ? paths.kpi() : '',
    figure: formatPercent(clock.shareElapsed),
    details: [clockDetail, t('card.clockDetailPeriod', { start: formatDay(snapshot.period.start), end: formatDay(snapshot.period.end) })],
    bars: [{ label: t('card.barElapsed', { share: formatPercent(clock.shareElapsed) }), share: clock.shareElapsed, kind: 'time' }],
    // After the end the period itself is the figure's reference: its last day, not the build's.
    referenceDate: clock.phase === 'ended' ? snapshot.period.end : clock.today,
    source: citation(programme, programme.period.source),
    empty: false,
  };

  const participantsCard: KpiCard = {
    id: 'participants',
    title: t('card.participants'),
    href: paths.kpiParticipants(),
    figure: participants.status === 'no-data' ? t('kpi.noReferenceDate') : participants.label,
    details: [participants.basis === 'reported' ? t('card.participantsReported') : t('card.participantsCounted')],
    spark: participants.basis === 'member-list' && trend(participants.series) ? { values: series(participants.series) } : undefined,
    referenceDate: participants.referenceDate,
    source: participants.source,
    empty: participants.status === 'no-data',
  };

  const matchesEmpty = matches.total === 0;
  const matchesCard: KpiCard = {
    id: 'matches',
    title: t('card.matches'),
    href: paths.kpiMatches(),
    figure: matchesEmpty ? t('card.matchesEmpty') : t('card.matchesValue', { total: formatNumber(matches.total) }),
    details: matchesEmpty ? [t('matches.emptyBody')] : [],
    stages: matchesEmpty ? undefined : matches.stageOrder.map((s) => ({ label: s.label, count: matches.byStage[s.stage] })),
    spark: matchesEmpty || compact || !trend(matches.series) ? undefined : { values: series(matches.series) },
    referenceDate: matches.referenceDate,
    source: matches.source,
    empty: matchesEmpty,
  };

    const cards = [budgetCard, clockCard, participantsCard, matchesCard].filter((card) => !omit.includes(card.id));
    return { cards, maxStage: Math.max(1, ...matches.stageOrder.map((s) => matches.byStage[s.stage])), position };
}
