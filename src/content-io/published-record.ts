/**
 * The record a run holds the releases to: what the branch's git history shows was public by the
 * run's as-of instant (src/domain/permanence-history.ts), plus the committed cache
 * (`published.json`) for what the history cannot show — releases public before its `historyFrom`,
 * or a copy of the folder without history. Nobody has to run anything for a release to be
 * protected: committing it, public, is enough.
 */
import { parse } from 'yaml';
import { parseKstTime } from '../foundation/kst.ts';
import { mergeRecords, recordFromHistory, type HistoricVersion } from '../domain/permanence-history.ts';
import { RELEASE_FILE_NAME } from '../schemas/release-id.ts';
import type { PublishedRecord, RecordEntry } from '../schemas/permanence.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { releaseHistory, type FileVersion, type GitRunner, type HistoryState } from './git-history.ts';

export interface EffectiveRecord {
  entries: RecordEntry[];
  /** How much of the history was there to read. */
  history: HistoryState;
}

export function effectiveRecord(contentDir: string, cached: PublishedRecord | undefined, asOf: Date, git?: GitRunner): EffectiveRecord {
  const history = releaseHistory(contentDir, git);
  const from = cached?.historyFrom ? (parseKstTime(cached.historyFrom)?.instant.getTime() ?? -Infinity) : -Infinity;
  const versions = history.versions.flatMap((version) => historicVersion(version) ?? []);
  return { entries: mergeRecords(recordFromHistory(versions, asOf, from), cached?.releases ?? []), history: history.state };
}

/**
 * A committed version as the record reads it: only what the published text is made of. Read
 * leniently, not with today's schema, so a version that passed the checks of its day still counts;
 * one that cannot be read (no front matter, no title or time) was never built, so never public.
 */
export function historicVersion(version: FileVersion): HistoricVersion | undefined {
  const [year = '', name = '', ...rest] = version.path.split('/');
  if (rest.length > 0 || !/^\d{4}$/.test(year) || !RELEASE_FILE_NAME.test(name)) return undefined;
  const split = splitFrontmatter(version.source);
  if (!split) return undefined;
  let data: unknown;
  try {
    data = parse(split.frontmatter, { schema: 'core' });
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const fields = data as Record<string, unknown>;
  const { title, summary } = fields;
  const date = typeof fields['date'] === 'string' ? parseKstTime(fields['date']) : undefined;
  if (typeof title !== 'string' || typeof summary !== 'string' || !date) return undefined;
  return {
    id: name.replace(/\.mdx$/, ''),
    folderYear: year,
    text: { title, summary, date, body: split.body },
    draft: fields['draft'] === true,
    corrections: Array.isArray(fields['corrections']) ? fields['corrections'].length : 0,
    since: version.since,
    until: version.until,
  };
}
