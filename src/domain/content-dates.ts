/**
 * The content date of every page: when what the page shows last changed, read from the content
 * only (never the build time), so a rebuild without news changes no date. It feeds the sitemap's
 * `lastmod` (src/content-io/sitemap.ts) and the datasets' `dateModified`; `latestContentDate` is
 * the latest dated fact of the whole site (e.g. the date of the record frozen after the end).
 * Pure: the caller passes the public releases (newest first), the KPI snapshot and the datasets.
 *
 * - a release: its latest correction or manual `updated`, else its release time;
 * - a list (archive pages, a year, a tag, an organisation, the tag and organisation indexes):
 *   the latest content date of what it lists (an organisation's page also shows its own dates
 *   and its pairs' stages);
 * - a KPI page: its figures' 기준일 or the latest revision of its dataset, whichever is later;
 *   the dashboard the latest of the three; /data/ the latest of its datasets;
 * - the about page: the programme's and the organisations' data; home: the latest of what it shows;
 * - a policy page and the press page: their `updated` day;
 * - /report/, which reports everything: the latest content date of any page.
 * Pages with no dated content (search, redirects, 404) get none.
 *
 * A date is `YYYY-MM-DD` (a KST day) or an ISO instant with +09:00 (a release given a time):
 * both are W3C datetimes, as the sitemap protocol asks.
 */
import { toKstIso, kstDay, type KstTime } from '../foundation/kst.ts';
import { paths } from '../foundation/urls.ts';
import { normalizeTag, releasesByTag, releasesOfOrganization, releaseYear, type TaggedLike } from './archives.ts';
import { lastUpdated } from './permanence.ts';
import { paginate, PAGE_SIZE } from './releases.ts';

/** `YYYY-MM-DD` (00:00 KST) or an ISO instant. */
export type ContentDate = string;

/** The instant a content date stands for (a day is 00:00 KST). */
export function contentInstant(date: ContentDate): number {
  return new Date(date.length === 10 ? `${date}T00:00:00+09:00` : date).getTime();
}

/** The latest of some dates (undefined ones skipped); undefined when there is none. */
export function latestOf(dates: readonly (ContentDate | undefined)[]): ContentDate | undefined {
  let latest: ContentDate | undefined;
  for (const date of dates) {
    if (date === undefined) continue;
    if (latest === undefined || contentInstant(date) > contentInstant(latest)) latest = date;
  }
  return latest;
}

const asContentDate = (time: KstTime): ContentDate => (time.dateOnly ? kstDay(time.instant) : toKstIso(time.instant));

export interface DatedRelease extends TaggedLike {
  data: TaggedLike['data'] & { corrections: readonly { date: KstTime }[]; updated?: KstTime | undefined };
}

/** A release's content date: its last change, else its release time. */
export function releaseContentDate(release: DatedRelease): ContentDate {
  return asContentDate(lastUpdated(release.data) ?? release.data.date);
}

/** A list's content date: the latest of what it lists. */
export function listContentDate(releases: readonly DatedRelease[]): ContentDate | undefined {
  return latestOf(releases.map(releaseContentDate));
}

/** What the KPI and data dates are read from (a KpiSnapshot and OpenDatasets fit). */
export interface DatedFigures {
  budget: { referenceDate: string | undefined };
  participants: { referenceDate: string | undefined };
  matches: { referenceDate: string | undefined };
  revisions: readonly { date: string; dataset: string }[];
}

export interface DatedDataset {
  name: string;
  referenceDate: string | undefined;
  revisions: readonly { date: string }[];
}

/** A dataset's content date: its 기준일 or its latest revision. */
export function datasetContentDate(dataset: DatedDataset): ContentDate | undefined {
  return latestOf([dataset.referenceDate, ...dataset.revisions.map((r) => r.date)]);
}

/** Each KPI page's content date: its 기준일 or the latest revision of its dataset. */
export function kpiContentDates(figures: DatedFigures): { budget: ContentDate | undefined; participants: ContentDate | undefined; matches: ContentDate | undefined; dashboard: ContentDate | undefined } {
  const revised = (dataset: string) => figures.revisions.filter((r) => r.dataset === dataset).map((r) => r.date);
  const budget = latestOf([figures.budget.referenceDate, ...revised('budget')]);
  const participants = latestOf([figures.participants.referenceDate, ...revised('organizations')]);
  const matches = latestOf([figures.matches.referenceDate, ...revised('matches')]);
  return { budget, participants, matches, dashboard: latestOf([budget, participants, matches]) };
}

export interface ContentDateInput {
  /** The public releases, newest first (as the archive lists them). */
  releases: readonly DatedRelease[];
  figures: DatedFigures;
  datasets: readonly DatedDataset[];
  organizations: readonly { id: string; firstMentioned: string; membership: { joined?: string | undefined } }[];
  /** Matched pairs with the days of the stages they reached (the snapshot's rows). */
  pairs: readonly { demand: { id: string }; supply: { id: string }; stages: readonly { date: string }[] }[];
  /** Policy pages: slug and `updated` day. */
  policies: readonly { slug: string; updated: string }[];
  /** press.yaml's `updated` day. */
  press?: string | undefined;
  /** How many releases the home page lists. */
  homeCount?: number;
  pageSize?: number;
}

/**
 * The content date of every page that has one, by site path without the base (`/releases/`),
 * percent-decoded (`/tags/매칭데이/`).
 */
export function pageContentDates(input: ContentDateInput): Map<string, ContentDate> {
  const dates = new Map<string, ContentDate>();
  const put = (sitePath: string, date: ContentDate | undefined) => {
    if (date !== undefined) dates.set(decodeURI(sitePath), date);
  };
  const { releases, pageSize = PAGE_SIZE } = input;
  for (const release of releases) put(paths.release(release.id), releaseContentDate(release));
  for (const page of paginate(releases, pageSize)) put(paths.releases(page.page), listContentDate(page.items));
  const years = new Map<number, DatedRelease[]>();
  for (const release of releases) years.set(releaseYear(release), [...(years.get(releaseYear(release)) ?? []), release]);
  for (const [year, list] of years) put(paths.releaseYear(year), listContentDate(list));

  const byTag = releasesByTag(releases);
  put(paths.tags(), listContentDate([...byTag.values()].flat()));
  for (const [tag, list] of byTag) {
    for (const page of paginate(list, pageSize)) put(paths.tag(normalizeTag(tag), page.page), listContentDate(page.items));
  }

  const organisationDates: (ContentDate | undefined)[] = [];
  for (const org of input.organizations) {
    const listed = releasesOfOrganization(releases, org.id);
    const own = [org.firstMentioned, org.membership.joined];
    const pairs = input.pairs.filter((p) => p.demand.id === org.id || p.supply.id === org.id).flatMap((p) => p.stages.map((s) => s.date));
    const pages = paginate(listed, pageSize);
    for (const page of pages) put(paths.organizationPage(org.id, page.page), latestOf([listContentDate(page.items), ...own, ...pairs]));
    organisationDates.push(listContentDate(listed), ...own);
  }
  put(paths.organizations(), latestOf(organisationDates));

  const kpi = kpiContentDates(input.figures);
  put(paths.kpiBudget(), kpi.budget);
  put(paths.kpiParticipants(), kpi.participants);
  put(paths.kpiMatches(), kpi.matches);
  put(paths.kpi(), kpi.dashboard);
  put(paths.data(), latestOf(input.datasets.map(datasetContentDate)));
  const about = latestOf(input.datasets.filter((d) => d.name === 'programme' || d.name === 'organizations').map(datasetContentDate));
  put(paths.about(), about);
  put(paths.home(), latestOf([listContentDate(releases.slice(0, input.homeCount ?? 5)), kpi.dashboard, about]));
  for (const policy of input.policies) put(paths.policy(policy.slug), policy.updated);
  put(paths.press(), input.press);
  put(paths.report(), latestOf([...dates.values()]));
  return dates;
}

/** The latest dated fact of the whole site: the latest content date of any page. */
export function latestContentDate(input: ContentDateInput): ContentDate | undefined {
  return latestOf([...pageContentDates(input).values()]);
}
