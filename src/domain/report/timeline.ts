/**
 * The programme's dated timeline for the report (issue 12): the launch, each public release,
 * notices and their application periods, the stages pairs reached, corrections of releases and
 * of published figures, withdrawals and moves, the end of the period, the day the results were
 * confirmed. Only what is public at the as-of instant; oldest first. Pure.
 */
import { t } from '../../i18n/index.ts';
import { formatDay, formatKstDate } from '../../foundation/format.ts';
import { kstDay, type KstTime } from '../../foundation/kst.ts';
import { paths } from '../../foundation/urls.ts';
import { closesAt, type ApplicationPeriod } from '../../schemas/application.ts';
import { CATEGORIES, CORRECTION_KINDS, type CategoryKey, type CorrectionKind } from '../../schemas/release.ts';
import type { MatchRow, Revision } from '../kpi/types.ts';
import type { FormerRelease } from '../permanence.ts';

export type TimelineKind = 'launch' | 'release' | 'notice' | 'stage' | 'correction' | 'revision' | 'withdrawal' | 'move' | 'end' | 'results';

export interface TimelineEntry {
  /** KST day, `YYYY-MM-DD`. */
  day: string;
  dateText: string;
  kind: TimelineKind;
  kindLabel: string;
  text: string;
  /** Further detail (a notice's period, a correction's note). */
  detail?: string | undefined;
  /** A site path to follow (the release). */
  href?: string | undefined;
}

export interface TimelineRelease {
  id: string;
  data: {
    title: string;
    date: KstTime;
    category: CategoryKey;
    corrections: readonly { date: KstTime; note: string; kind: CorrectionKind }[];
    application?: ApplicationPeriod | undefined;
  };
}

export interface TimelineInput {
  today: string;
  asOf: Date;
  period: { start: string; end: string };
  /** Public releases only. */
  releases: readonly TimelineRelease[];
  pairs: readonly MatchRow[];
  revisions: readonly Revision[];
  former: readonly FormerRelease[];
  /** The day the results were confirmed (final only). */
  confirmed?: string | undefined;
  /** A dataset's title, for its revisions. */
  datasetTitle: (name: string) => string;
}

const KIND_ORDER: TimelineKind[] = ['launch', 'release', 'notice', 'stage', 'correction', 'revision', 'withdrawal', 'move', 'end', 'results'];

const KIND_LABEL: Record<TimelineKind, string> = {
  launch: t('timeline.launch'),
  release: t('timeline.release'),
  notice: t('timeline.notice'),
  stage: t('timeline.stage'),
  correction: t('timeline.correction'),
  revision: t('timeline.revision'),
  withdrawal: t('timeline.withdrawal'),
  move: t('timeline.move'),
  end: t('timeline.end'),
  results: t('timeline.results'),
};
const label = (kind: TimelineKind) => KIND_LABEL[kind];

export function timeline(input: TimelineInput): TimelineEntry[] {
  const entries: (TimelineEntry & { at: number })[] = [];
  const push = (at: number, day: string, kind: TimelineKind, text: string, extra: Partial<TimelineEntry> = {}) =>
    entries.push({ at, day, dateText: formatDay(day), kind, kindLabel: label(kind), text, ...extra });
  const dayAt = (day: string) => Date.parse(`${day}T00:00:00+09:00`);

  if (input.period.start <= input.today) push(dayAt(input.period.start), input.period.start, 'launch', t('timeline.launchText'));
  for (const release of input.releases) {
    const { data } = release;
    const day = kstDay(data.date.instant);
    const href = paths.release(release.id);
    const application = data.application;
    if (application) {
      const last = new Date(closesAt(application).getTime() - 1);
      push(data.date.instant.getTime(), day, 'notice', data.title, {
        href,
        detail: t('timeline.noticePeriod', { opens: formatKstDate(application.opens.instant), closes: formatKstDate(last) }),
      });
    } else {
      push(data.date.instant.getTime(), day, 'release', data.title, { href, detail: CATEGORIES[data.category] });
    }
    for (const correction of data.corrections) {
      if (correction.date.instant.getTime() > input.asOf.getTime()) continue;
      push(correction.date.instant.getTime(), kstDay(correction.date.instant), 'correction', data.title, {
        href,
        detail: `${CORRECTION_KINDS[correction.kind]}: ${correction.note}`,
      });
    }
  }
  for (const pair of input.pairs) {
    for (const stage of pair.stages) {
      push(dayAt(stage.date), stage.date, 'stage', t('timeline.stageText', { demand: pair.demand.name, supply: pair.supply.name, stage: stage.label }), {
        href: pair.release ? paths.release(pair.release) : undefined,
      });
    }
  }
  for (const revision of input.revisions) {
    if (revision.date > input.today) continue;
    push(dayAt(revision.date), revision.date, 'revision', input.datasetTitle(revision.dataset), { detail: revision.note });
  }
  for (const former of input.former) {
    const time = former.kind === 'withdrawn' ? former.withdrawal.date : former.redirect.date;
    if (time.instant.getTime() > input.asOf.getTime()) continue;
    const day = kstDay(time.instant);
    if (former.kind === 'withdrawn') push(time.instant.getTime(), day, 'withdrawal', former.title, { detail: former.withdrawal.reason, href: paths.release(former.id) });
    else push(time.instant.getTime(), day, 'move', former.title, { detail: former.redirect.reason, href: paths.release(former.redirect.to) });
  }
  if (input.period.end < input.today) push(dayAt(input.period.end), input.period.end, 'end', t('timeline.endText'));
  if (input.confirmed && input.confirmed <= input.today) push(dayAt(input.confirmed), input.confirmed, 'results', t('timeline.resultsText'));

  return entries
    .sort((a, b) => a.at - b.at || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.text.localeCompare(b.text, 'ko'))
    .map(({ at: _at, ...entry }) => entry);
}
