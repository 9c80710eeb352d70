/**
 * The permanence record as the branch's history shows it (docs/decisions.md, "Feeds and
 * permanence"): a version of a release was public when, while it was the committed one, its
 * time had come and it was no draft. Replaying the versions in order gives, for each release
 * ever public, the text it must still have: the first public version, replaced only by a later
 * one that adds a corrections entry (a change without one was refused by the build, so it never
 * became the published text). Pure: the versions are read by src/content-io/git-history.ts.
 */
import type { RecordEntry } from '../schemas/permanence.ts';
import { entryOf, textHash, type ReleaseText } from './permanence.ts';

export interface HistoricVersion {
  id: string;
  folderYear: string;
  text: ReleaseText;
  draft: boolean;
  corrections: number;
  /** Commit time (ms) it came onto the branch, and when the next commit replaced it (Infinity: it is the committed one now). */
  since: number;
  until: number;
}

/**
 * Was this version shown at some instant? That instant is no earlier than its commit, its
 * release time and `from` (before which history is not the record), and before both the next
 * commit and the run's as-of instant.
 */
export function wasPublic(version: HistoricVersion, asOf: Date, from = -Infinity): boolean {
  if (version.draft) return false;
  const first = Math.max(version.since, from, version.text.date.instant.getTime());
  return first <= asOf.getTime() && first < version.until;
}

/** The record entries the history proves, in id order. */
export function recordFromHistory(versions: readonly HistoricVersion[], asOf: Date, from = -Infinity): RecordEntry[] {
  const published = new Map<string, { entry: RecordEntry }>();
  const ordered = [...versions].sort((a, b) => a.since - b.since);
  for (const version of ordered) {
    if (!wasPublic(version, asOf, from)) continue;
    const held = published.get(version.id);
    const entry = entryOf(version.id, version.folderYear, version.text, version.corrections);
    if (!held) {
      published.set(version.id, { entry });
      continue;
    }
    const same = textHash(version.text) === held.entry.hash;
    // The text a correction brought in is the published text from then on; one without was refused.
    if ((same && version.corrections >= held.entry.corrections) || version.corrections > held.entry.corrections) held.entry = entry;
  }
  return [...published.values()].map((p) => p.entry).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The history's entries, and the cached record's for releases the history does not show (before `from`, or no history). */
export function mergeRecords(fromHistory: readonly RecordEntry[], cached: readonly RecordEntry[]): RecordEntry[] {
  const byId = new Map(cached.map((entry) => [entry.id, entry]));
  for (const entry of fromHistory) byId.set(entry.id, entry);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
