/**
 * The public record's date, and when the record stops changing (issue 12). Pure: the content's
 * dated facts and the as-of instant come in as arguments.
 *
 * - **The record's date** is the latest dated fact in the content at the as-of instant: a release
 *   (its time, corrections, a manual `updated`), a withdrawal or move, a notice's application
 *   period, a data file's 기준일 (the KPI snapshot's reference dates, a pair's stage), a revision,
 *   a source's date, an organisation's first mention or joining day, the press and policy pages'
 *   `updated`, the day the results were confirmed, the launch. Never the build's instant.
 * - **Frozen**: the programme's period has ended and nothing in the content is dated after the
 *   as-of instant (no scheduled release, no notice still to close, no revision still to come).
 *   From then on a rebuild on any later day gives the same output.
 * - **Updated** (`업데이트` on the KPI pages and /data/, each dataset's `dateModified`): the one
 *   rule is `recordOf(...).updated` — the record's date once frozen, the as-of day before (while
 *   the programme runs, the pages change with the day: the D-day, months that turn 미보고).
 *
 * API: `recordOf` (the record at an instant) fed by `dataFacts` (the days the data files give);
 * both are called once, in `src/content-io/site-data.ts`. Pages and other outputs (the data
 * downloads, an archive's manifest) read the result as `siteData().record`: `day` (the record's
 * date, `YYYY-MM-DD`), `kind`, `updated`, `frozen`, `next`.
 */
import { kstDay, type KstTime } from '../foundation/kst.ts';
import { closesAt, opensAt, type ApplicationPeriod } from '../schemas/application.ts';
import type { ProgrammePhase } from './programme-clock.ts';

export type FactKind =
  | 'launch'
  | 'release'
  | 'correction'
  | 'notice'
  | 'withdrawal'
  | 'move'
  | 'data'
  | 'revision'
  | 'source'
  | 'organization'
  | 'page'
  | 'results';

/** A fact of the content at an instant (a release's time) or on a KST day (a data file's date). */
type DatedFact = { kind: FactKind; instant: Date } | { kind: FactKind; day: string };

export interface RecordReleaseInput {
  date: KstTime;
  draft?: boolean | undefined;
  corrections: readonly { date: KstTime }[];
  updated?: KstTime | undefined;
  application?: ApplicationPeriod | undefined;
}

export interface RecordInput {
  asOf: Date;
  phase: ProgrammePhase;
  period: { start: string; end: string };
  /** Every release file (drafts are skipped: they publish only with another commit); scheduled ones count as still to come. */
  releases: readonly RecordReleaseInput[];
  /** Withdrawals and moves: their dates. */
  former: readonly ({ kind: 'withdrawn'; withdrawal: { date: KstTime } } | { kind: 'moved'; redirect: { date: KstTime } })[];
  /** Days the data files give (see `dataFacts`). */
  days: readonly { kind: FactKind; day: string | undefined }[];
}

export interface SiteRecord {
  /** The record's date: the latest dated fact at or before the as-of instant (KST day). */
  day: string;
  /** What that latest fact is. */
  kind: FactKind;
  /** The earliest fact dated after the as-of instant, as a KST day; undefined when nothing is still to come. */
  next: string | undefined;
  /** The programme has ended and nothing is still to come: rebuilds on later days change nothing. */
  frozen: boolean;
  /** The one "updated" day of the site: the record's date once frozen, else the as-of day. */
  updated: string;
}

/** A release's dated facts (its time, its corrections, a manual `updated`, its notice period). */
function releaseFacts(release: RecordReleaseInput): DatedFact[] {
  const facts: DatedFact[] = [{ kind: 'release', instant: release.date.instant }];
  for (const correction of release.corrections) facts.push({ kind: 'correction', instant: correction.date.instant });
  if (release.updated) facts.push({ kind: 'correction', instant: release.updated.instant });
  if (release.application) {
    facts.push({ kind: 'notice', instant: opensAt(release.application) });
    // The last moment applications are taken: the notice's status changes right after it.
    facts.push({ kind: 'notice', instant: new Date(closesAt(release.application).getTime() - 1) });
  }
  return facts;
}

/**
 * The record at the as-of instant. A fact at an instant is past when it is at or before the
 * as-of instant; a fact on a day when the day is at or before the as-of day (KST).
 */
export function recordOf(input: RecordInput): SiteRecord {
  const asOfTime = input.asOf.getTime();
  const today = kstDay(input.asOf);
  const facts: DatedFact[] = [{ kind: 'launch', day: input.period.start }];
  for (const release of input.releases) {
    // A release still to come brings its corrections and notice with it: only its time counts until then.
    if (release.draft) continue;
    facts.push(...(release.date.instant.getTime() > asOfTime ? [{ kind: 'release' as const, instant: release.date.instant }] : releaseFacts(release)));
  }
  for (const former of input.former) {
    facts.push(former.kind === 'withdrawn' ? { kind: 'withdrawal', instant: former.withdrawal.date.instant } : { kind: 'move', instant: former.redirect.date.instant });
  }
  for (const { kind, day } of input.days) if (day) facts.push({ kind, day });

  let latest: { day: string; kind: FactKind } | undefined;
  let next: string | undefined;
  for (const fact of facts) {
    const day = 'day' in fact ? fact.day : kstDay(fact.instant);
    const past = 'day' in fact ? fact.day <= today : fact.instant.getTime() <= asOfTime;
    if (past) {
      if (!latest || day > latest.day) latest = { day, kind: fact.kind };
    } else if (next === undefined || day < next) next = day;
  }
  const record = latest ?? { day: input.period.start, kind: 'launch' as const };
  const frozen = input.phase === 'ended' && next === undefined;
  return { day: record.day, kind: record.kind, next, frozen, updated: frozen ? record.day : today };
}

/** The days a content's data files give, for `recordOf`: each KPI's 기준일, revisions, sources, organisations, pages. */
export function dataFacts(input: {
  referenceDates: readonly (string | undefined)[];
  revisions: readonly { date: string }[];
  sources: readonly { date: string }[];
  organizations: readonly { firstMentioned: string; membership: { joined?: string | undefined } }[];
  membershipAsOf: string;
  pages: readonly { updated: string }[];
  results?: { date?: string | undefined } | undefined;
  /** Every stage date of every pair (a stage still to come changes the matches page on its day). */
  stageDates: readonly string[];
}): { kind: FactKind; day: string | undefined }[] {
  return [
    ...input.referenceDates.map((day) => ({ kind: 'data' as const, day })),
    ...input.stageDates.map((day) => ({ kind: 'data' as const, day })),
    { kind: 'data', day: input.membershipAsOf },
    ...input.revisions.map((r) => ({ kind: 'revision' as const, day: r.date })),
    ...input.sources.map((s) => ({ kind: 'source' as const, day: s.date })),
    ...input.organizations.flatMap((o) => [
      { kind: 'organization' as const, day: o.firstMentioned },
      { kind: 'organization' as const, day: o.membership.joined },
    ]),
    ...input.pages.map((p) => ({ kind: 'page' as const, day: p.updated })),
    { kind: 'results', day: input.results?.date },
  ];
}
