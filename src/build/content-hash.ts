/**
 * Content-hash keys for work a rebuild can reuse (the record archive, the search index): the same
 * key means the same inputs, so the same bytes out. A key covers the inputs, the project's code
 * that does the work and the libraries' versions (the lock file).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

export interface ContentKey {
  /** Adds one labelled input; the label and length are hashed too, so no two inputs run together. */
  add(label: string, bytes: Uint8Array | string): void;
  /** The key, as 64 hex digits. */
  digest(): string;
}

/** A key started from the code `entry` runs and the lock file. */
export function contentKey(entry: URL, lockFile: string): ContentKey {
  const hash = createHash('sha256');
  const add = (label: string, bytes: Uint8Array | string) => {
    hash.update(`${label}\0${bytes.length}\0`);
    hash.update(bytes);
  };
  for (const code of codeFiles(entry)) add(code.slice(ROOT.length), readFileSync(new URL(code)));
  add('lock', existsSync(lockFile) ? readFileSync(lockFile) : '');
  return { add, digest: () => hash.digest('hex') };
}

/**
 * Copies a folder of many small files (a cached bundle) by reading and writing each file: about
 * five times faster than `cpSync` for Pagefind's thousand fragments, and the copy shares nothing
 * with the cache (no links).
 */
export function copyFolder(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    const relative = path.relative(from, path.join(entry.parentPath, entry.name));
    if (entry.isDirectory()) mkdirSync(path.join(to, relative), { recursive: true });
    else {
      mkdirSync(path.dirname(path.join(to, relative)), { recursive: true });
      writeFileSync(path.join(to, relative), readFileSync(path.join(from, relative)));
    }
  }
}
