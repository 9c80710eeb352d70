/**
 * The record's date for the archive's manifest (issue 12, item 4): the latest dated fact in the
 * content (a release, a correction, a withdrawal or move, a data file's 기준일, a revision), not the build's instant, so the same content gives the same archive on any later day.
 *
 * To be replaced by the record date of `src/domain/record.ts` (issue 12, items 1–5) when the two
 * branches merge: this is the one small function the archive needs until then. Pure.
 */

/** A KST day or KST time as the datasets write it (`2026-03-04` or `2026-03-04T09:30:00+09:00`). */
type KstText = string;

export interface RecordFacts {
  /** The public releases and former addresses (the rows of /data/releases.json). */
  releases: readonly {
    date: KstText;
    corrections: readonly { date: KstText }[];
    /** The latest correction, update, withdrawal or move. */
    updated?: KstText | null | undefined;
  }[];
  /** The KPI snapshot's and datasets' reference days (기준일), undefined where there is no data yet. */
  referenceDays: readonly (string | undefined)[];
  /** The days of the datasets' change logs (content/revisions.yaml). */
  revisions?: readonly string[];
}

const DAY = /^\d{4}-\d{2}-\d{2}/;

/** The latest KST day among the facts; undefined when there is none. */
export function recordDayOf(facts: RecordFacts): string | undefined {
  const days = [
    ...facts.releases.flatMap((r) => [r.date, ...r.corrections.map((c) => c.date), ...(r.updated ? [r.updated] : [])]),
    ...facts.referenceDays.filter((d): d is string => d !== undefined),
    ...(facts.revisions ?? []),
  ]
    .map((text) => DAY.exec(text)?.[0])
    .filter((day): day is string => day !== undefined);
  return days.length === 0 ? undefined : days.reduce((a, b) => (a > b ? a : b));
}
