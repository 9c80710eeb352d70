/**
 * What a change breaks (`validate --changed`): every problem in a changed file, and the problems
 * a change causes in files it did not touch (an organisation removed while releases still name
 * it, a release renamed while others link to it) — those that the content before the change
 * did not have. Problems that were there before in untouched files are someone else's.
 */
import type { Problem } from './problems.ts';

const key = (p: Problem) => [p.file, p.line ?? '', p.column ?? '', p.field, p.severity, p.ko].join('\u001F');

export function problemsOfChange(current: readonly Problem[], before: readonly Problem[], changedFiles: ReadonlySet<string>): Problem[] {
  const existed = new Set(before.map(key));
  return current.filter((p) => changedFiles.has(p.file) || !existed.has(key(p)));
}
