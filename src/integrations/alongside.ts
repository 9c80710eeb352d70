/**
 * Work an integration starts in `astro:build:done` and leaves running (in a worker thread) while
 * the next integrations' hooks run: the record archive is zipped while the search index is built,
 * one on each core. The atomic publish waits for all of it before the swap, so a failure still
 * fails the build and leaves the published site as it was (src/integrations/atomic-publish.ts).
 */
const pending: Promise<unknown>[] = [];

export function runAlongside(work: Promise<unknown>): void {
  // Marked handled here; finishAlongside rethrows the first failure.
  work.catch(() => undefined);
  pending.push(work);
}

export async function finishAlongside(): Promise<void> {
  await Promise.all(pending.splice(0));
}
