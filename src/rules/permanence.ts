/**
 * The cross-file rule that holds the releases to the permanence record (docs/decisions.md,
 * "Feeds and permanence"): a release once public is never gone, renamed or changed in text
 * without a declared withdrawal, redirect or correction.
 */
import { problemText, t } from '../i18n/index.ts';
import { FILE_FIELD, type Problem } from '../foundation/problems.ts';
import { problemAt, type Located } from '../foundation/located.ts';
import { parseKstTime } from '../foundation/kst.ts';
import { changedParts, partHashes, TEXT_PART_LABEL, textHash, type ReleaseWithBody } from '../domain/permanence.ts';
import { RECORD_FILE, REDIRECTS_FILE, WITHDRAWALS_FILE, type RecordEntry, type Redirect, type Withdrawal } from '../schemas/permanence.ts';

export interface PermanenceSet {
  /** Every release ever public: from the git history, and the cache for what it cannot show. */
  record: readonly RecordEntry[];
  /** How much git history there was: a shallow one hides published releases, none leaves only the cache. */
  history?: { state: 'full' | 'shallow' | 'none'; folder: string } | undefined;
  withdrawals?: Located<Withdrawal[]> | undefined;
  redirects?: Located<Redirect[]> | undefined;
  releases: readonly ReleaseWithBody[];
  /** Releases whose file is there but did not pass its checks: not gone, their own errors say why. */
  unreadable?: ReadonlySet<string>;
  /** How a path inside the content folder is shown in messages (`content/releases/2025/x.mdx`). */
  display: (relative: string) => string;
  /** The run's instant: a redirect may not lead to a release still scheduled. */
  asOf?: Date | undefined;
}

export function checkPermanence(set: PermanenceSet): Problem[] {
  const problems: Problem[] = [];
  const releases = new Map(set.releases.map((release) => [release.id, release]));
  const record = set.record;
  const recorded = new Map(record.map((entry) => [entry.id, entry]));
  const withdrawals = set.withdrawals?.data ?? [];
  const redirects = set.redirects?.data ?? [];
  const withdrawn = new Map(withdrawals.map((w) => [w.id, w]));
  const movedFrom = new Map(redirects.map((r) => [r.from, r]));

  if (set.history?.state === 'shallow') {
    problems.push({ file: set.history.folder, field: FILE_FIELD, severity: 'error', ...problemText('permanence.historyShallow') });
  } else if (set.history?.state === 'none' && set.releases.length > 0) {
    problems.push({ file: set.history.folder, field: FILE_FIELD, severity: 'warning', ...problemText('permanence.historyNone', { recordFile: RECORD_FILE }) });
  }

  // Every recorded release: still there with the same text, or declared gone.
  for (const entry of record) {
    const release = releases.get(entry.id);
    if (release) {
      problems.push(...checkRecorded(entry, release));
      continue;
    }
    if (withdrawn.has(entry.id) || movedFrom.has(entry.id) || set.unreadable?.has(entry.id)) continue;
    const renamed = set.releases.find((r) => !recorded.has(r.id) && (textHash({ ...r.data, body: r.body }) === entry.hash || partHashes({ ...r.data, body: r.body }).body === entry.parts.body));
    if (renamed) {
      problems.push({
        file: renamed.file,
        field: FILE_FIELD,
        severity: 'error',
        ...problemText('permanence.publishedReleaseUrlWas', { url: entry.url, id: renamed.id, id2: entry.id, redirectsFile: REDIRECTS_FILE }),
      });
    } else {
      problems.push({
        file: set.display(entry.file),
        field: FILE_FIELD,
        severity: 'error',
        ...problemText('permanence.publishedReleaseUrlHas', { url: entry.url, value: set.display(entry.file), withdrawalsFile: WITHDRAWALS_FILE, id: entry.id, redirectsFile: REDIRECTS_FILE }),
      });
    }
  }

  // Declared withdrawals and moves name published releases whose files are gone.
  const seen = new Set<string>();
  withdrawals.forEach((withdrawal, index) => {
    const file = set.withdrawals as Located<Withdrawal[]>;
    if (seen.has(withdrawal.id)) problems.push(problemAt(file, [index, 'id'], problemText('permanence.withdrawnTwice', { id: withdrawal.id })));
    seen.add(withdrawal.id);
    const entry = recorded.get(withdrawal.id);
    if (!entry) {
      problems.push(problemAt(file, [index, 'id'], problemText('permanence.idWasNeverRecorded', { id: withdrawal.id, recordFile: RECORD_FILE })));
    } else if (withdrawal.date.instant.getTime() < (parseKstTime(entry.date)?.instant.getTime() ?? 0)) {
      problems.push(problemAt(file, [index, 'date'], problemText('permanence.withdrawnBeforeItWas')));
    }
    if (releases.has(withdrawal.id)) {
      problems.push(problemAt(file, [index, 'id'], problemText('permanence.aWithdrawnReleaseStill', { id: withdrawal.id })));
    }
    if (movedFrom.has(withdrawal.id)) {
      problems.push(problemAt(file, [index, 'id'], problemText('permanence.bothWithdrawnAndMoved', { id: withdrawal.id, withdrawalsFile: WITHDRAWALS_FILE, redirectsFile: REDIRECTS_FILE })));
    }
  });
  const seenFrom = new Set<string>();
  redirects.forEach((redirect, index) => {
    const file = set.redirects as Located<Redirect[]>;
    if (seenFrom.has(redirect.from)) problems.push(problemAt(file, [index, 'from'], problemText('permanence.movedTwice', { from: redirect.from })));
    seenFrom.add(redirect.from);
    if (!recorded.has(redirect.from)) {
      problems.push(problemAt(file, [index, 'from'], problemText('permanence.fromWasNeverRecorded', { from: redirect.from, recordFile: RECORD_FILE })));
    }
    if (releases.has(redirect.from)) {
      problems.push(problemAt(file, [index, 'from'], problemText('permanence.theOldFileStill', { from: redirect.from })));
    }
    if (!releases.has(redirect.to)) {
      problems.push(problemAt(file, [index, 'to'], problemText('permanence.noReleaseToTo', { to: redirect.to })));
    } else if (releases.get(redirect.to)?.data.draft) {
      problems.push(problemAt(file, [index, 'to'], problemText('permanence.theNewAddressIs', { to: redirect.to })));
    } else if (set.asOf && (releases.get(redirect.to)?.data.date.instant.getTime() ?? 0) > set.asOf.getTime()) {
      // A published address must keep leading somewhere: never to a release still scheduled.
      problems.push(problemAt(file, [index, 'to'], problemText('redirect.targetUnpublished', { id: redirect.to })));
    }
  });

  return problems;
}

function checkRecorded(entry: RecordEntry, release: ReleaseWithBody): Problem[] {
  const problems: Problem[] = [];
  const data = release.data;
  const located = { file: release.file, data, locate: release.locate };
  if (data.draft) {
    problems.push(problemAt(located, ['draft'], problemText('permanence.aPublishedReleaseCannot', { withdrawalsFile: WITHDRAWALS_FILE })));
  }
  if (data.corrections.length < entry.corrections) {
    problems.push(problemAt(located, ['corrections'], problemText('permanence.correctionsWereRemoved', { corrections: entry.corrections, length: data.corrections.length })));
  }
  const now = { ...data, body: release.body };
  if (textHash(now) === entry.hash) return problems;
  const changed = changedParts(entry.parts, partHashes(now)).map((part) => TEXT_PART_LABEL[part]).join(', ');
  // A new corrections entry lets the text change: once committed, that text is the published one.
  if (data.corrections.length > entry.corrections) return problems;
  const parts = changedParts(entry.parts, partHashes(now));
  const first = parts[0];
  const message = problemText('permanence.publishedTextChangedParts', { changed, parts: parts.join(', ') });
  if (first && first !== 'body') problems.push(problemAt(located, [first], message));
  else {
    const line = release.bodyLine;
    problems.push({ file: release.file, field: t('textPart.body'), severity: 'error', ...message, ...(line !== undefined ? { line } : {}) });
  }
  return problems;
}
