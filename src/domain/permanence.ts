/**
 * Published text stays put: the hash of a release's text, the time it was last
 * changed, and what became of a published URL (still there, moved, withdrawn).
 * Pure: no file reads, no clock; the content-io layer and the pages call these.
 */
import { t } from '../i18n/index.ts';
import { createHash } from 'node:crypto';
import { paths } from '../foundation/urls.ts';
import { kstDay, toKstIso, type KstTime } from '../foundation/kst.ts';
import type { ReleaseEntry } from '../schemas/release.ts';
import { TEXT_PARTS, type RecordEntry, type Redirect, type TextPart, type Withdrawal } from '../schemas/permanence.ts';

export { TEXT_PARTS, type TextPart };


/** How each part is named in messages. */
export const TEXT_PART_LABEL: Record<TextPart, string> = {
  title: t('textPart.title'),
  summary: t('textPart.summary'),
  date: t('textPart.date'),
  body: t('textPart.body'),
};

export interface ReleaseText {
  title: string;
  summary: string;
  date: KstTime;
  body: string;
}

/**
 * The text of a part as it is compared: NFC, and every run of white space one
 * space, so re-wrapping lines or trailing spaces is not a change of the text;
 * a time is compared as the instant and whether only a day was given.
 */
export function canonicalPart(release: ReleaseText, part: TextPart): string {
  if (part === 'date') return `${release.date.instant.toISOString()}${release.date.dateOnly ? ' (day)' : ''}`;
  return release[part].normalize('NFC').replace(/\s+/g, ' ').trim();
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Short hashes of each part: they tell which part changed. */
export function partHashes(release: ReleaseText): Record<TextPart, string> {
  return Object.fromEntries(TEXT_PARTS.map((part) => [part, sha256(canonicalPart(release, part)).slice(0, 16)])) as Record<TextPart, string>;
}

/** The hash of a release's whole published text: `sha256-<hex>`. */
export function textHash(release: ReleaseText): string {
  return `sha256-${sha256(TEXT_PARTS.map((part) => `${part}\u0000${canonicalPart(release, part)}`).join('\u0000'))}`;
}

/** Which parts differ between the recorded and the current part hashes. */
export function changedParts(recorded: Partial<Record<TextPart, string>>, current: Record<TextPart, string>): TextPart[] {
  return TEXT_PARTS.filter((part) => recorded[part] !== current[part]);
}

export interface CorrectionLike {
  date: KstTime;
}

/**
 * When a release was last changed: the later of its latest correction and a
 * manual `updated` (the schema refuses a manual one earlier than the latest correction).
 * Undefined when it was never changed.
 */
export function lastUpdated(release: { corrections: readonly CorrectionLike[]; updated?: KstTime | undefined }): KstTime | undefined {
  let latest: KstTime | undefined = release.updated;
  for (const correction of release.corrections) {
    if (!latest || correction.date.instant.getTime() > latest.instant.getTime()) latest = correction.date;
  }
  return latest;
}

/** Corrections oldest first (the block reads as a history). */
export function correctionsInOrder<T extends CorrectionLike>(corrections: readonly T[]): T[] {
  return [...corrections].sort((a, b) => a.date.instant.getTime() - b.date.instant.getTime());
}

/** What a former release URL now is: a withdrawal notice or a pointer to where it moved. */
export type FormerRelease =
  | { kind: 'withdrawn'; id: string; title: string; published: string; withdrawal: Withdrawal }
  | { kind: 'moved'; id: string; title: string; published: string; redirect: Redirect };

/** Former URLs from the record and the declared withdrawals and redirects, by id. */
export function formerReleases(record: readonly RecordEntry[], withdrawals: readonly Withdrawal[], redirects: readonly Redirect[]): FormerRelease[] {
  const byId = new Map(record.map((entry) => [entry.id, entry]));
  const out: FormerRelease[] = [];
  for (const withdrawal of withdrawals) {
    const entry = byId.get(withdrawal.id);
    out.push({ kind: 'withdrawn', id: withdrawal.id, title: entry?.title ?? withdrawal.id, published: entry?.date ?? '', withdrawal });
  }
  for (const redirect of redirects) {
    const entry = byId.get(redirect.from);
    out.push({ kind: 'moved', id: redirect.from, title: entry?.title ?? redirect.from, published: entry?.date ?? '', redirect });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A release as the permanence rule reads it: its entry and body. */
export type ReleaseWithBody = ReleaseEntry & { body: string; bodyLine?: number };

/** A release's record entry as it is now. */
export function recordEntry(release: ReleaseWithBody): RecordEntry {
  return entryOf(release.id, release.folderYear, { ...release.data, body: release.body }, release.data.corrections.length);
}

/** The record entry of a release's text (now, or a version in the history). */
export function entryOf(id: string, folderYear: string, text: ReleaseText, corrections: number): RecordEntry {
  return {
    id,
    url: paths.release(id),
    file: `releases/${folderYear}/${id}.mdx`,
    title: text.title.normalize('NFC').trim(),
    date: text.date.dateOnly ? kstDay(text.date.instant) : toKstIso(text.date.instant),
    hash: textHash(text),
    parts: partHashes(text),
    corrections,
  };
}
