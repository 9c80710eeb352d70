/**
 * The releases as open data (/data/releases.csv, .json, .schema.json): one row per release
 * published at the as-of instant (isPublic: no draft, nothing scheduled later), and one per
 * former address (withdrawn or moved) first published by then. Content is untrusted: what is
 * not public at the as-of instant never appears (a correction, withdrawal or move dated later
 * is held back too). Pure: the list, the former addresses, the instant and the URL maker come in.
 */
import { t } from '../i18n/index.ts';
import { paths } from '../foundation/urls.ts';
import { kstDay, parseKstTime, toKstIso, type KstTime } from '../foundation/kst.ts';
import { releasesDownloadSchema, type ReleaseStatus } from '../schemas/downloads.ts';
import { CATEGORIES, CORRECTION_KINDS, type CategoryKey, type CorrectionKind } from '../schemas/release.ts';
import type { Revision } from '../schemas/revision.ts';
import { dictionaryOf, type OpenDataset } from './kpi/datasets.ts';
import { correctionsInOrder, type FormerRelease } from './permanence.ts';
import type { FeedRelease } from './feeds.ts';
import { isPublic, sortNewestFirst } from './releases.ts';

/** A release as the dataset reads it: what a feed reads, and its organisations. */
export interface DatasetRelease extends FeedRelease {
  data: FeedRelease['data'] & { organizations: readonly string[] };
}

export interface ReleasesDatasetInput {
  releases: readonly DatasetRelease[];
  former: readonly FormerRelease[];
  asOf: Date;
  /** Absolute URL of a site path. */
  url: (sitePath: string) => string;
  /** Organisation names by id. */
  organizationNames: ReadonlyMap<string, string>;
  licence: string;
  /** Entries of content/revisions.yaml (all datasets; this one keeps `releases`). */
  revisions: readonly Revision[];
}

export interface ReleaseRow {
  id: string;
  url: string;
  status: ReleaseStatus;
  title: string;
  summary: string | null;
  date: string;
  category: CategoryKey | null;
  categoryName: string | null;
  organizations: string[];
  organizationNames: string[];
  tags: string[];
  corrections: { date: string; kind: CorrectionKind; note: string }[];
  updated: string | null;
  withdrawn: { date: string; reason: string } | null;
  moved: { to: string; url: string; date: string; reason: string | null } | null;
}

/** A time as the content gave it: a day alone, or the KST instant. */
export function kstText(time: KstTime): string {
  return time.dateOnly ? kstDay(time.instant) : toKstIso(time.instant);
}

const dayOf = (text: string) => text.slice(0, 10);
const notLater = (time: KstTime, asOf: Date) => time.instant.getTime() <= asOf.getTime();

/** The rows, newest first (as the archive); a former address after the live ones of its day. */
export function releaseRows(input: ReleasesDatasetInput): ReleaseRow[] {
  const { asOf, url } = input;
  const live = sortNewestFirst(input.releases.filter((r) => isPublic(r, asOf))).map((release): ReleaseRow => {
    const { data } = release;
    const corrections = correctionsInOrder(data.corrections.filter((c) => notLater(c.date, asOf)));
    const latest = [...corrections.map((c) => c.date), ...(data.updated && notLater(data.updated, asOf) ? [data.updated] : [])].reduce<KstTime | undefined>(
      (a, b) => (!a || b.instant.getTime() > a.instant.getTime() ? b : a),
      undefined,
    );
    return {
      id: release.id,
      url: url(paths.release(release.id)),
      status: 'published',
      title: data.title,
      summary: data.summary,
      date: kstText(data.date),
      category: data.category,
      categoryName: CATEGORIES[data.category],
      organizations: [...data.organizations],
      organizationNames: data.organizations.map((id) => input.organizationNames.get(id) ?? id),
      tags: [...data.tags],
      corrections: corrections.map((c) => ({ date: kstText(c.date), kind: c.kind, note: c.note })),
      updated: latest ? kstText(latest) : null,
      withdrawn: null,
      moved: null,
    };
  });
  const former = input.former.flatMap((entry): ReleaseRow[] => {
    const published = parseKstTime(entry.published);
    if (!published || !notLater(published, asOf)) return [];
    const when = entry.kind === 'withdrawn' ? entry.withdrawal.date : entry.redirect.date;
    if (!notLater(when, asOf)) return [];
    return [
      {
        id: entry.id,
        url: url(paths.release(entry.id)),
        status: entry.kind,
        title: entry.title,
        summary: null,
        date: kstText(published),
        category: null,
        categoryName: null,
        organizations: [],
        organizationNames: [],
        tags: [],
        corrections: [],
        updated: kstText(when),
        withdrawn: entry.kind === 'withdrawn' ? { date: kstText(when), reason: entry.withdrawal.reason } : null,
        moved:
          entry.kind === 'moved'
            ? { to: entry.redirect.to, url: url(paths.release(entry.redirect.to)), date: kstText(when), reason: entry.redirect.reason ?? null }
            : null,
      },
    ];
  });
  return [...live, ...former].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** The change log: the dated corrections, withdrawals and moves of the rows, and revisions.yaml's `releases` entries; newest first. */
export function releaseChanges(rows: readonly ReleaseRow[], revisions: readonly Revision[]): Revision[] {
  const changes: Revision[] = [
    ...revisions.filter((r) => r.dataset === 'releases'),
    ...rows.flatMap((row) =>
      row.corrections.map((c) => ({ date: dayOf(c.date), dataset: 'releases' as const, note: t('dataset.releases.corrected', { title: row.title, kind: CORRECTION_KINDS[c.kind], note: c.note }) })),
    ),
    ...rows.flatMap((row) =>
      row.withdrawn ? [{ date: dayOf(row.withdrawn.date), dataset: 'releases' as const, note: t('dataset.releases.withdrawnNote', { title: row.title, reason: row.withdrawn.reason }) }] : [],
    ),
    ...rows.flatMap((row) => (row.moved ? [{ date: dayOf(row.moved.date), dataset: 'releases' as const, note: t('dataset.releases.movedNote', { title: row.title, url: row.moved.url }) }] : [])),
  ];
  return changes.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.note < b.note ? -1 : a.note > b.note ? 1 : 0));
}

const CSV_COLUMNS = [
  'id',
  'url',
  'status',
  'title',
  'summary',
  'date',
  'category',
  'categoryName',
  'organizations',
  'organizationNames',
  'tags',
  'corrections',
  'correctionDates',
  'updated',
  'withdrawnDate',
  'withdrawnReason',
  'movedTo',
  'movedDate',
] as const;

export function releasesDataset(input: ReleasesDatasetInput): OpenDataset {
  const rows = releaseRows(input);
  const days = rows.flatMap((row) => [row.date, ...row.corrections.map((c) => c.date), ...(row.updated ? [row.updated] : [])].map(dayOf));
  return {
    name: 'releases',
    title: t('dataset.releases.title'),
    description: t('dataset.releases.description'),
    unit: t('dataset.releases.unit'),
    referenceDate: days.length === 0 ? undefined : days.reduce((a, b) => (a > b ? a : b)),
    licence: input.licence,
    source: t('dataset.releases.source'),
    json: rows,
    csvRows: rows.map((row) => ({
      id: row.id,
      url: row.url,
      status: row.status,
      title: row.title,
      summary: row.summary,
      date: row.date,
      category: row.category,
      categoryName: row.categoryName,
      organizations: row.organizations.join('; '),
      organizationNames: row.organizationNames.join('; '),
      tags: row.tags.join('; '),
      corrections: row.corrections.length,
      correctionDates: row.corrections.map((c) => c.date).join('; '),
      updated: row.updated,
      withdrawnDate: row.withdrawn?.date ?? null,
      withdrawnReason: row.withdrawn?.reason ?? null,
      movedTo: row.moved?.url ?? null,
      movedDate: row.moved?.date ?? null,
    })),
    csvColumns: [...CSV_COLUMNS],
    schema: releasesDownloadSchema,
    dictionary: [
      ...dictionaryOf(releasesDownloadSchema),
      { field: 'corrections (CSV)', description: t('dataset.releases.csvCorrections') },
      { field: 'correctionDates (CSV)', description: t('dataset.releases.csvCorrectionDates') },
    ],
    revisions: releaseChanges(rows, input.revisions),
  };
}
