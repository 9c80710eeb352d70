/**
 * Archives by tag, organisation and year. Pure: works on any release-like entries
 * (already filtered to the public ones and sorted newest first by the caller).
 */
import { problemText } from '../i18n/index.ts';
import type { MessageParts, Problem } from '../foundation/problems.ts';
import { kstParts } from '../foundation/kst.ts';
import type { Locate } from '../foundation/located.ts';
import { groupByMonth, type MonthGroup, type ReleaseLike } from './releases.ts';

export interface TaggedLike extends ReleaseLike {
  data: ReleaseLike['data'] & { tags: readonly string[]; organizations: readonly string[] };
}

/** The one spelling of a tag: trimmed and NFC, as in URLs and file names. */
export function normalizeTag(tag: string): string {
  return tag.trim().normalize('NFC');
}

/** Characters a tag cannot hold because it becomes one URL path segment and a folder name. */
/** Characters a tag cannot have: it is a folder name and a URL path segment. Line breaks and tabs too (only plain spaces). */
export const TAG_FORBIDDEN = /[/\\?#%<>"|*:\t\n\r\f\v]/u;

/** A tag that would be written as a file of the site (`/tags/index.html/`) instead of a folder. */
const TAG_FILE_NAME = /\.(html?|xml|json|txt|css|js|png|svg)$/i;

/** Longest tag, in characters: a tag is a folder name of the built site (255 bytes; a Hangul syllable takes 3). */
export const TAG_MAX_LENGTH = 30;

/** Tag → its releases (keeping the given order), tags in Korean dictionary order. */
export function releasesByTag<T extends TaggedLike>(releases: readonly T[]): Map<string, T[]> {
  const byTag = new Map<string, T[]>();
  for (const release of releases) {
    for (const tag of new Set(release.data.tags.map(normalizeTag))) {
      const list = byTag.get(tag);
      if (list) list.push(release);
      else byTag.set(tag, [release]);
    }
  }
  return new Map([...byTag.entries()].sort(([a], [b]) => a.localeCompare(b, 'ko')));
}

/**
 * The published addresses of tags merged into another (content/tags.yaml `merged`): each old
 * tag page points to the surviving tag's page, when that page is built and the old tag has no
 * page of its own. Sorted by the old tag, for a reproducible build.
 */
export function mergedTagPages(merged: Readonly<Record<string, string>>, liveTags: ReadonlySet<string>): { from: string; to: string }[] {
  return Object.entries(merged)
    .map(([from, to]) => ({ from: normalizeTag(from), to: normalizeTag(to) }))
    .filter(({ from, to }) => liveTags.has(to) && !liveTags.has(from))
    .sort((a, b) => a.from.localeCompare(b.from, 'ko'));
}

/** The releases that name an organisation (frontmatter `organizations`), in the given order. */
export function releasesOfOrganization<T extends TaggedLike>(releases: readonly T[], id: string): T[] {
  return releases.filter((release) => release.data.organizations.includes(id));
}

/** How many of the releases name each organisation. */
export function organizationCounts(releases: readonly TaggedLike[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const release of releases) for (const id of new Set(release.data.organizations)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** Matched pairs an organisation takes part in, on either side. */
export function pairsOfOrganization<P extends { demand: { id: string }; supply: { id: string } }>(pairs: readonly P[], id: string): P[] {
  return pairs.filter((pair) => pair.demand.id === id || pair.supply.id === id);
}

/** The KST year of a release. */
export function releaseYear(release: ReleaseLike): number {
  return kstParts(release.data.date.instant).year;
}

export interface YearSummary {
  year: number;
  count: number;
}

/** Years with releases, newest first, with their counts. */
export function releaseYears(releases: readonly ReleaseLike[]): YearSummary[] {
  const counts = new Map<number, number>();
  for (const release of releases) {
    const year = releaseYear(release);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([a], [b]) => b - a).map(([year, count]) => ({ year, count }));
}

export interface YearArchive<T> {
  year: number;
  count: number;
  /** Months with releases, newest first (in the order of the given list). */
  months: MonthGroup<T>[];
  /** The neighbouring years that have releases. */
  newer: number | undefined;
  older: number | undefined;
}

/** One year's releases grouped by KST month, for every year with releases. */
export function yearArchives<T extends ReleaseLike>(newestFirst: readonly T[]): YearArchive<T>[] {
  const years = releaseYears(newestFirst).map((y) => y.year);
  return years.map((year, index) => {
    const items = newestFirst.filter((release) => releaseYear(release) === year);
    return { year, count: items.length, months: groupByMonth(items), newer: years[index - 1], older: years[index + 1] };
  });
}

/** Why a tag cannot be one URL segment and folder name (bad characters, too long); empty when it can. */
export function tagShapeProblems(tag: string): MessageParts[] {
  const found: MessageParts[] = [];
  if (TAG_FORBIDDEN.test(tag) || /^\.+$/.test(tag) || TAG_FILE_NAME.test(tag)) found.push(problemText('tags.tagTagHasA', { tag }));
  if ([...tag].length > TAG_MAX_LENGTH) found.push(problemText('tags.tagLongerThanTagmaxlength', { value: [...tag].length, tagMaxLength: TAG_MAX_LENGTH }));
  return found;
}

/** A located release, as the content checks see it. */
export interface LocatedTags {
  file: string;
  data: { tags: readonly string[] };
  locate: Locate;
}

/** Tags that cannot be a URL segment, and the same tag twice in one release. */
export function tagProblems(release: LocatedTags): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const at = (index: number, parts: MessageParts): Problem => ({
    file: release.file,
    field: `tags.${index}`,
    severity: 'error',
    ...parts,
    ...release.locate(['tags', index]),
  });
  release.data.tags.forEach((raw, index) => {
    const tag = normalizeTag(raw);
    for (const parts of tagShapeProblems(tag)) problems.push(at(index, parts));
    if (seen.has(tag)) {
      problems.push(at(index, problemText('tags.duplicateTagTag', { tag })));
    }
    seen.add(tag);
  });
  return problems;
}
