/**
 * Ordering, visibility and paging of press releases. Pure: works on any entry
 * with an id and a release time, and takes the as-of time as an argument.
 */
import type { KstTime } from '../foundation/kst.ts';
import { kstParts } from '../foundation/kst.ts';

export const PAGE_SIZE = 20;

export interface ReleaseLike {
  id: string;
  data: { date: KstTime; draft?: boolean; dayOrder?: number | undefined };
}

/**
 * The one rule for what is published: not a draft, and its release time has come
 * (compared as instants). Everything that publishes goes through here.
 */
export function isPublic(release: ReleaseLike, asOf: Date): boolean {
  return release.data.draft !== true && release.data.date.instant.getTime() <= asOf.getTime();
}

/** What the local dev server shows: everything, so staff can preview drafts and scheduled releases. */
export function isVisible(release: ReleaseLike, asOf: Date, preview: boolean): boolean {
  return preview || isPublic(release, asOf);
}

/** What the newest-first order reads: the release time, the staff's order within the same time, the id. */
export interface OrderKey {
  id: string;
  time: Date;
  /** Frontmatter `dayOrder`: 1, 2 … in the order things happened that day; absent counts as 0. */
  dayOrder?: number | undefined;
}

/**
 * Newest first. Releases of the same instant (two of one day, written as a date only) follow the
 * order staff give in `dayOrder` (2 after 1, so 2 is newer), which is no part of the published
 * text, so it can be given to a published release; then id descending, so the order never depends
 * on file order.
 */
export function compareOrderKeys(a: OrderKey, b: OrderKey): number {
  const byTime = b.time.getTime() - a.time.getTime();
  if (byTime !== 0) return byTime;
  const byOrder = (b.dayOrder ?? 0) - (a.dayOrder ?? 0);
  if (byOrder !== 0) return byOrder;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** Newest first (compareOrderKeys). */
export function compareNewestFirst(a: ReleaseLike, b: ReleaseLike): number {
  return compareOrderKeys({ id: a.id, time: a.data.date.instant, dayOrder: a.data.dayOrder }, { id: b.id, time: b.data.date.instant, dayOrder: b.data.dayOrder });
}

export function sortNewestFirst<T extends ReleaseLike>(releases: readonly T[]): T[] {
  return [...releases].sort(compareNewestFirst);
}

/** The public releases at `asOf` (or, in preview, all of them), newest first. */
export function publicReleases<T extends ReleaseLike>(releases: readonly T[], asOf: Date, preview = false): T[] {
  return sortNewestFirst(releases.filter((r) => isVisible(r, asOf, preview)));
}

export interface Page<T> {
  /** 1-based page number. */
  page: number;
  totalPages: number;
  totalItems: number;
  items: T[];
}

/** Splits a list into pages; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], pageSize = PAGE_SIZE): Page<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`pageSize must be a positive integer, got ${pageSize}`);
  const totalPages = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: totalPages }, (_, index) => ({
    page: index + 1,
    totalPages,
    totalItems: items.length,
    items: items.slice(index * pageSize, (index + 1) * pageSize),
  }));
}

export interface MonthGroup<T> {
  year: number;
  month: number;
  items: T[];
}

/** Groups consecutive items by KST year and month, keeping the given order. */
export function groupByMonth<T extends ReleaseLike>(items: readonly T[]): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const item of items) {
    const { year, month } = kstParts(item.data.date.instant);
    const last = groups.at(-1);
    if (last && last.year === year && last.month === month) last.items.push(item);
    else groups.push({ year, month, items: [item] });
  }
  return groups;
}

export interface Neighbours<T> {
  /** The release just before this one in time (older). */
  previous: T | undefined;
  /** The release just after this one in time (newer). */
  next: T | undefined;
}

/** Older and newer neighbours of `id` in a newest-first list. */
export function neighbours<T extends ReleaseLike>(newestFirst: readonly T[], id: string): Neighbours<T> {
  const index = newestFirst.findIndex((r) => r.id === id);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: newestFirst[index + 1], next: index > 0 ? newestFirst[index - 1] : undefined };
}
