/**
 * The whole record in one download (/data/archive.zip): the files, a manifest of each one's path,
 * size and SHA-256 with the record's date, zipped with fflate. Reproducible: paths in one order,
 * every entry dated the record's day (DOS time, no time zone), the same compression level, so the
 * same content gives the same bytes on any later day. Pure (no files, no clock).
 */
import { createHash } from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';

export const MANIFEST_PATH = 'manifest.json';

export interface ArchiveFile {
  /** Path inside the archive, `/`-separated, NFC (`attachments/<id>/신청서.hwp`). */
  path: string;
  bytes: Uint8Array;
}

export interface ManifestEntry {
  path: string;
  size: number;
  sha256: string;
}

export interface Manifest {
  title: string;
  /** The live site's home page. */
  site: string;
  /** The latest dated fact in the content (KST day), not the build's instant. */
  recordDate: string | null;
  /** What the entries are and which of them need a server. */
  about: string;
  /** Every file of the archive but this manifest, in path order. */
  files: ManifestEntry[];
}

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function manifestOf(files: readonly ArchiveFile[], meta: Omit<Manifest, 'files'>): Manifest {
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.path) || file.path === MANIFEST_PATH) throw new Error(`archive: ${file.path} twice`);
    if (file.path.startsWith('/') || file.path.split('/').includes('..')) throw new Error(`archive: ${file.path} is outside the archive`);
    seen.add(file.path);
  }
  return { ...meta, files: [...files].sort(byPath).map((f) => ({ path: f.path, size: f.bytes.length, sha256: sha256Hex(f.bytes) })) };
}

/** Every entry's time: the record's day at noon, written as DOS time from local parts (so no time zone moves it). */
export function entryTime(recordDate: string | null): Date {
  const [year = 1980, month = 1, day = 1] = (recordDate ?? '1980-01-01').split('-').map(Number);
  return new Date(year, month - 1, day, 12, 0, 0);
}

/** The zip: the manifest first, then every file in path order. */
export function archiveZip(files: readonly ArchiveFile[], meta: Omit<Manifest, 'files'>): { zip: Uint8Array; manifest: Manifest } {
  const manifest = manifestOf(files, meta);
  const mtime = entryTime(meta.recordDate);
  const entries: Zippable = {};
  entries[MANIFEST_PATH] = [new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`), { mtime }];
  for (const file of [...files].sort(byPath)) entries[file.path] = [file.bytes, { mtime }];
  return { zip: zipSync(entries, { level: 9, mtime }), manifest };
}
