/**
 * Each content file is parsed once per process, however many readers ask for it: the content gate
 * (which runs in the Astro config's module graph) and the collection loaders (in Vite's) are
 * separate module instances, so the memo lives on `globalThis`. A file is known by its path and
 * a hash of its bytes, so an edit under `npm run dev` is parsed again.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Problem } from '../foundation/problems.ts';

const MEMO = Symbol.for('jeju-ai-portal.parsed-files');
type Memo = Map<string, { digest: string; value: unknown; problems: Problem[] }>;

function memo(): Memo {
  const holder = globalThis as { [MEMO]?: Memo };
  holder[MEMO] ??= new Map();
  return holder[MEMO];
}

/** `parse(problems)` for the file at `absolute`, or the result of an earlier parse of the same bytes (its problems added again). */
export function parseOnce<T>(absolute: string, problems: Problem[], parse: (problems: Problem[]) => T): T {
  let digest: string;
  try {
    digest = `${process.cwd()}\u0000${createHash('sha1').update(readFileSync(absolute)).digest('hex')}`;
  } catch {
    return parse(problems); // not a readable file: the reader reports it
  }
  const hit = memo().get(absolute);
  if (hit && hit.digest === digest) {
    problems.push(...hit.problems);
    return hit.value as T;
  }
  const own: Problem[] = [];
  const value = parse(own);
  memo().set(absolute, { digest, value, problems: own });
  problems.push(...own);
  return value;
}
