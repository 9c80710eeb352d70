/**
 * Content-hash keys for work a rebuild can reuse (the record archive, the search index): the same
 * key means the same inputs, so the same bytes out. A key covers the inputs, the project's code
 * that does the work and the libraries' versions (the lock file).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = new URL('../../', import.meta.url).href;

/**
 * The project's code a module runs: the module and every module it imports from the project,
 * followed import by import (type-only imports too: harmless), so a change anywhere in it changes
 * the key without a list to keep.
 */
export function codeFiles(entry: URL): string[] {
  const seen = new Set<string>();
  const visit = (file: URL) => {
    if (seen.has(file.href)) return;
    seen.add(file.href);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/\bfrom\s+'(\.{1,2}\/[^']+\.ts)'/g)) visit(new URL(specifier ?? '', file));
  };
  visit(entry);
  return [...seen].sort();
}

/**
 * A digest of the code `entry` runs, as it is when this is called: call it when the module is
 * loaded, so a key made later names the code the build runs, not an edit made during the build.
 */
export function codeDigest(entry: URL): string {
  const hash = createHash('sha256');
  for (const code of codeFiles(entry)) hash.update(`${code.slice(ROOT.length)}\0`).update(readFileSync(new URL(code))).update('\0');
  return hash.digest('hex');
}

export interface ContentKey {
  /** Adds one labelled input; the label and length are hashed too, so no two inputs run together. */
  add(label: string, bytes: Uint8Array | string): void;
  /** The key, as 64 hex digits. */
  digest(): string;
}

/** A key started from a digest of the code that does the work (`codeDigest`) and the lock file. */
export function contentKey(code: string, lockFile: string): ContentKey {
  const hash = createHash('sha256');
  const add = (label: string, bytes: Uint8Array | string) => {
    hash.update(`${label}\0${bytes.length}\0`);
    hash.update(bytes);
  };
  add('code', code);
  add('lock', existsSync(lockFile) ? readFileSync(lockFile) : '');
  return { add, digest: () => hash.digest('hex') };
}

/**
 * Puts a cached bundle of many small files (Pagefind's thousands of fragments) in place: each file
 * hard-linked, which costs almost nothing, or copied where a link cannot be made (another file
 * system). Safe because nothing writes into a built or cached file after it was written: a build
 * writes new files, and removing either folder leaves the other whole.
 */
export function linkFolder(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    const relative = path.relative(from, path.join(entry.parentPath, entry.name));
    const target = path.join(to, relative);
    if (entry.isDirectory()) {
      mkdirSync(target, { recursive: true });
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    try {
      linkSync(path.join(from, relative), target);
    } catch {
      copyFileSync(path.join(from, relative), target);
    }
  }
}
