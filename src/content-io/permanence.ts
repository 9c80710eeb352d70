/**
 * Reads the permanence files of a content folder — published.json (the cache of what git
 * history cannot show), withdrawals.yaml, redirects.yaml — and joins them with what the
 * branch's history shows was public (published-record.ts). A missing file is an empty one.
 */
import { t } from '../i18n/index.ts';
import { readTagVocabulary } from './tags.ts';
import { paths } from '../foundation/urls.ts';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { formerReleases, recordEntry, type FormerRelease, type ReleaseWithBody } from '../domain/permanence.ts';
import { isPublic } from '../domain/releases.ts';
import type { Problem } from '../foundation/problems.ts';
import { checkPermanence } from '../rules/permanence.ts';
import {
  publishedRecordSchema,
  RECORD_FILE,
  REDIRECTS_FILE,
  redirectsFileSchema,
  WITHDRAWALS_FILE,
  withdrawalsFileSchema,
  type PublishedRecord,
  type RecordEntry,
  type Redirect,
  type Withdrawal,
} from '../schemas/permanence.ts';
import { displayPath, loadOptionalDataFile } from './data-file.ts';
import { effectiveRecord } from './published-record.ts';
import type { Located } from '../foundation/located.ts';

export interface PermanenceFiles {
  record?: Located<PublishedRecord> | undefined;
  withdrawals?: Located<Withdrawal[]> | undefined;
  redirects?: Located<Redirect[]> | undefined;
}

export function loadPermanenceFiles(contentDir: string, problems: Problem[]): PermanenceFiles {
  return {
    record: loadOptionalDataFile(path.join(contentDir, RECORD_FILE), publishedRecordSchema, problems) || undefined,
    withdrawals: loadOptionalDataFile(path.join(contentDir, WITHDRAWALS_FILE), withdrawalsFileSchema, problems) || undefined,
    redirects: loadOptionalDataFile(path.join(contentDir, REDIRECTS_FILE), redirectsFileSchema, problems) || undefined,
  };
}

/** The content gate's permanence check (called from loadContent). */
export function permanenceProblems(contentDir: string, releases: readonly ReleaseWithBody[], asOf: Date, unreadable: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const files = loadPermanenceFiles(contentDir, problems);
  const { entries, history } = effectiveRecord(contentDir, files.record?.data, asOf);
  problems.push(
    ...checkPermanence({
      record: entries,
      history: { state: history, folder: displayPath(contentDir) },
      withdrawals: files.withdrawals,
      redirects: files.redirects,
      releases,
      unreadable,
      asOf,
      display: (relative) => displayPath(path.join(contentDir, relative)),
    }),
  );
  return problems;
}

export interface Permanence {
  record: RecordEntry[];
  withdrawals: Withdrawal[];
  redirects: Redirect[];
  /** Former release URLs: withdrawal notices and moved addresses. */
  former: FormerRelease[];
}

const cache = new Map<string, Permanence>();

/** For pages and feeds: the files already checked by the content gate, and the history at `asOf`. */
export function readPermanence(contentDir: string, asOf: Date): Permanence {
  const key = `${contentDir}\u0000${asOf.getTime()}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const files = loadPermanenceFiles(contentDir, []);
  const record = effectiveRecord(contentDir, files.record?.data, asOf).entries;
  const withdrawals = files.withdrawals?.data ?? [];
  const redirects = files.redirects?.data ?? [];
  const value = { record, withdrawals, redirects, former: formerReleases(record, withdrawals, redirects) };
  cache.set(key, value);
  return value;
}

export const RECORD_ABOUT = t('record.about');

/**
 * A cache as it would be written now: every release public at `asOf`, plus the entries of
 * releases withdrawn or moved since (their history stays), in id order. No run needs it (the
 * history is the record); tests write it for folders without history, and it is how a
 * maintainer would keep the record before rewriting history (docs/decisions.md).
 */
export function nextRecord(previous: readonly RecordEntry[], releases: readonly ReleaseWithBody[], files: PermanenceFiles, asOf: Date): PublishedRecord {
  const entries = new Map<string, RecordEntry>();
  const gone = new Set([...(files.withdrawals?.data ?? []).map((w) => w.id), ...(files.redirects?.data ?? []).map((r) => r.from)]);
  for (const entry of previous) if (gone.has(entry.id)) entries.set(entry.id, entry);
  for (const release of releases) if (isPublic(release, asOf)) entries.set(release.id, recordEntry(release));
  // A recorded release that is public no longer (its time moved later by a correction) keeps its entry.
  for (const entry of previous) if (!entries.has(entry.id) && releases.some((r) => r.id === entry.id)) entries.set(entry.id, entry);
  const sorted = [...entries.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const historyFrom = files.record?.data.historyFrom;
  return { about: RECORD_ABOUT, ...(historyFrom ? { historyFrom } : {}), releases: sorted };
}

export function writeRecord(contentDir: string, record: PublishedRecord): string {
  const absolute = path.join(contentDir, RECORD_FILE);
  writeFileSync(absolute, `${JSON.stringify(record, null, 2)}\n`);
  return absolute;
}

/**
 * The sitemap's filter: every built page except the ones that are no public page of
 * their own: the 404 page, the archive's first-page redirect (/releases/page/1/), former
 * release addresses (withdrawn, moved) and merged tags' pages.
 */
export function sitemapFilter(contentDir: string, base: string, asOf: Date): (page: string) => boolean {
  const root = base.replace(/\/+$/, '');
  const mergedTags = Object.keys(readTagVocabulary(contentDir).merged).map((tag) => `${root}${decodeURI(paths.tag(tag))}`);
  const excluded = new Set([`${root}/404/`, `${root}/releases/page/1/`, ...readPermanence(contentDir, asOf).former.map((f) => `${root}/releases/${f.id}/`), ...mergedTags]);
  return (page) => !excluded.has(decodeURI(new URL(page).pathname));
}
