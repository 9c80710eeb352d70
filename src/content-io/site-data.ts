/**
 * Everything pages, components and endpoints read, in one module, built once per build from the
 * content collections (src/content.config.ts) and the build's one as-of instant
 * (src/content-io/site-env.ts): the programme and organisations, the releases, the KPI snapshot,
 * the open datasets, the feeds and the structured-data context. Pages read KPI figures only from
 * `snapshot` (tests/unit/layers.test.ts holds them to it), so `/kpi/*`, the home cards, `/data/*`
 * and every `<Stat>` show the same figure.
 */
import { t } from '../i18n/index.ts';
import { getCollection, getEntry } from 'astro:content';
import { openDatasets, type OpenDataset } from '../domain/kpi/datasets.ts';
import { kpiSnapshot } from '../domain/kpi/snapshot.ts';
import type { KpiInput, KpiSnapshot } from '../domain/kpi/types.ts';
import { feedItems, feedUpdated, type FeedItem } from '../domain/feeds.ts';
import type { FormerRelease } from '../domain/permanence.ts';
import { publicReleases } from '../domain/releases.ts';
import { releasesDataset } from '../domain/releases-dataset.ts';
import type { LanguageData } from '../domain/search/korean.ts';
import type { SiteContext } from '../domain/structured-data.ts';
import { absoluteUrl } from '../foundation/urls.ts';
import type { Attachment } from '../schemas/attachment.ts';
import type { Organization } from '../schemas/organization.ts';
import type { Press } from '../schemas/press.ts';
import type { Programme } from '../schemas/programme.ts';
import { attachmentImageId } from './attachment-images.ts';
import { describeAttachments, type AttachmentFile } from './attachments.ts';
import { readTagVocabulary } from './tags.ts';
import { mergedTagPages, releasesByTag, releaseYears, type YearSummary } from '../domain/archives.ts';
import { readPermanence } from './permanence.ts';
import { readLanguage } from './search-language.ts';
import { readSiteEnv } from './site-env.ts';
// Issue 12: the record's date, the frozen record, the state of the results.
import { dataFacts, recordOf, type SiteRecord } from '../domain/record.ts';
import { resultsState, type ResultsState } from '../domain/results.ts';
// Issue 14: the pages with a share image of their own.
import { shareCards, type ShareEntry } from '../domain/share-cards.ts';
import { CATEGORIES } from '../schemas/release.ts';

type ReleaseCollectionEntry = Awaited<ReturnType<typeof getCollection<'releases'>>>[number];

/** A release as pages read it: id, data (the schema's output) and its rendered body. */
export type ReleaseEntry = ReleaseCollectionEntry;

/** The default share image (public/og-default.png, made by scripts/og-image.ts). */
export const OG_IMAGE = { path: '/og-default.png', width: 1200, height: 630, type: 'image/png' } as const;

export interface SiteData {
  /** The build's one as-of instant. */
  asOf: Date;
  /** The dev server previews drafts and scheduled releases (marked on the page); builds never do. */
  preview: boolean;
  /** `npm run demo`: the synthetic fixture, with a banner on every page (DemoBanner.astro). */
  demo: boolean;
  contentDir: string;
  programme: Programme;
  organizations: ReadonlyMap<string, Organization>;
  operatorName: string;
  /** Releases visible at the as-of instant (no drafts, nothing dated later), newest first. */
  releases: ReleaseEntry[];
  /** The years of those releases, newest first, with their counts (the year navigation of the archive pages). */
  years: YearSummary[];
  /** Withdrawn and moved release addresses. */
  former: FormerRelease[];
  /** Tags merged into another (content/tags.yaml `merged`) whose old page points to the surviving tag's page. */
  mergedTags: { from: string; to: string }[];
  press: Press | undefined;
  kpi: KpiInput;
  /** The KPI figures of this build: the only route from the data files to a page. */
  snapshot: KpiSnapshot;
  datasets: OpenDataset[];
  feed: { items: FeedItem[]; updated: Date | undefined };
  /** Programme, organisations and absolute URLs, for structured data and share metadata. */
  seo: SiteContext;
  searchLanguage: LanguageData;
  /** The policy pages (content/pages/), rendered from their checked trees. */
  policyPages: PolicyPageEntry[];
  /** A release's attachments: files with type and size, and each image's entry in Astro's image pipeline. */
  attachmentsOf: (release: { id: string; data: { attachments: readonly Attachment[] } }) => Promise<(AttachmentFile & { image: ImageMetadata | undefined })[]>;
  /** The absolute URL of a site path (`/releases/`) on this build's site and base. */
  url: (sitePath: string) => string;
  /** Issue 12: the record's date, whether it is frozen, and the one "updated" day of every page and dataset. */
  record: SiteRecord;
  /** Issue 12: interim, provisional (잠정) or final (확정) figures. */
  results: ResultsState;
  /** Issue 14: every share image of this build (releases, KPI pages, the report) and the cache folder they are kept in. */
  share: { entries: ShareEntry[]; cacheDir: string };
}

export type PolicyPageEntry = Awaited<ReturnType<typeof getCollection<'pages'>>>[number];

async function load(): Promise<SiteData> {
  const { asOf, contentDir, demo, cacheDir } = readSiteEnv();
  const preview = import.meta.env.DEV;
  // Each data file is one entry named after the file; a file that may be left out has none.
  const [programmeEntry, organizationsEntry, releases, budgetEntry, matchesEntry, revisionsEntry, pressEntry, policyPages] = await Promise.all([
    getEntry('programme', 'programme'),
    getEntry('organizations', 'organizations'),
    getCollection('releases'),
    getEntry('budget', 'budget'),
    getEntry('matches', 'matches'),
    getEntry('revisions', 'revisions'),
    getEntry('press', 'press'),
    getCollection('pages'),
  ]);
  if (!programmeEntry || !organizationsEntry) throw new Error(t('build.missingProgramme'));
  const programme = programmeEntry.data;
  // In id order, whatever the file's order: lists that show them choose their own order (by role, by name).
  const organizationList = [...organizationsEntry.data.list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const organizations = new Map(organizationList.map((org) => [org.id, org]));
  const url = (sitePath: string) => absoluteUrl(import.meta.env.SITE ?? 'http://localhost:4321', import.meta.env.BASE_URL, sitePath);
  const kpi: KpiInput = {
    programme,
    organizations: organizationList,
    budget: budgetEntry?.data.rows ?? [],
    matches: matchesEntry?.data.pairs ?? [],
    revisions: revisionsEntry?.data.list ?? [],
  };
  const snapshot = kpiSnapshot(kpi, asOf);
  const { former } = readPermanence(contentDir, asOf);
  const items = feedItems({ releases, former, asOf, url });
  // Issue 12: every dated fact of the content, for the record's date and the frozen record.
  const record = recordOf({
    asOf,
    phase: snapshot.clock.phase,
    period: programme.period,
    releases: releases.map((r) => r.data),
    former,
    days: dataFacts({
      referenceDates: [snapshot.budget.referenceDate, snapshot.participants.referenceDate, snapshot.matches.referenceDate],
      stageDates: kpi.matches.flatMap((pair) => pair.stages.map((s) => s.date)),
      revisions: kpi.revisions ?? [],
      sources: Object.values(programme.sources),
      organizations: organizationList,
      membershipAsOf: programme.membership.asOf,
      pages: [...(pressEntry ? [pressEntry.data] : []), ...policyPages.map((p) => p.data)],
      results: programme.results,
    }),
  });
  const visible = publicReleases(releases, asOf, preview);
  return {
    asOf,
    preview,
    demo,
    contentDir,
    programme,
    organizations,
    operatorName: organizations.get(programme.operator.organization)?.name ?? programme.operator.organization,
    releases: visible,
    years: releaseYears(visible),
    former,
    mergedTags: mergedTagPages(readTagVocabulary(contentDir).merged, new Set(releasesByTag(visible).keys())),
    press: pressEntry?.data,
    kpi,
    snapshot,
    // The releases' dataset reads every release and keeps only what is public at the as-of
    // instant, even under `npm run dev` (which previews drafts on the pages, never in the data).
    datasets: [
      ...openDatasets(kpi, snapshot),
      releasesDataset({
        releases,
        former,
        asOf,
        url,
        organizationNames: new Map(organizationList.map((o) => [o.id, o.name])),
        licence: programme.licence.name,
        revisions: kpi.revisions ?? [],
      }),
    ],
    feed: { items, updated: feedUpdated(items) },
    seo: { programme, organizations, url, image: url(OG_IMAGE.path) },
    searchLanguage: readLanguage(contentDir),
    policyPages,
    attachmentsOf: async (release) =>
      Promise.all(
        describeAttachments(contentDir, release.id, release.data.attachments).map(async (file) => ({
          ...file,
          image: file.kind.image ? (await getEntry('attachmentImages', attachmentImageId(release.id, file.file)))?.data.image : undefined,
        })),
      ),
    url,
    record,
    results: resultsState(snapshot.clock.phase, programme.results, snapshot.clock.today),
    share: {
      entries: shareCards({
        releases: visible.map((r) => ({ id: r.id, title: r.data.title, category: CATEGORIES[r.data.category], instant: r.data.date.instant })),
        snapshot,
        programme,
        url,
      }),
      cacheDir,
    },
  };
}

let cached: Promise<SiteData> | undefined;

/** The site's data, built once per build (and once per change under `npm run dev`). */
export function siteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}
