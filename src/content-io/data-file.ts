/**
 * Reading one content file the same way everywhere: path shown relative to where the
 * command runs, BOM dropped, NFC with a warning, YAML 1.2 (JSON is YAML too, so one
 * reader gives line numbers for both), then the file's schema. Problems go to `problems`.
 */
import { problemText } from '../i18n/index.ts';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { formatFileSize } from '../domain/attachments.ts';
import { FILE_FIELD, type Problem } from '../foundation/problems.ts';
import { problemsFromZod } from '../foundation/zod-problems.ts';
import { nfcWarning } from './nfc.ts';
import { parseYamlSource, readableYaml } from './yaml-source.ts';
import type { Located } from '../foundation/located.ts';

/**
 * Runs one file's check; an exception (a bug, or input no rule foresaw) becomes a problem of
 * that file instead of a crash, so every other file is still checked.
 */
export function guard<T>(file: string, problems: Problem[], check: () => T): T | undefined {
  try {
    return check();
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 200) ?? '';
    problems.push({ file, field: FILE_FIELD, severity: 'error', ...problemText('content.internal', { detail }) });
    return undefined;
  }
}

/** How a path is shown in messages: relative to where the command runs. */
export function displayPath(absolute: string): string {
  return path.relative(process.cwd(), absolute) || absolute;
}

/** Largest text file (a release, a data file): a release of a few pages is 20 kB; 1 MB is plenty and keeps a build quick. */
export const TEXT_FILE_LIMIT = 1024 * 1024;

/** The text of a file, NFC, without a BOM; a missing file, a folder in its place or a file over the limit is a problem. */
export function readText(absolute: string, problems: Problem[]): string | undefined {
  const file = displayPath(absolute);
  if (!existsSync(absolute)) {
    problems.push({ file, field: FILE_FIELD, severity: 'error',  ...problemText('dataFile.fileIsMissing', { file }) });
    return undefined;
  }
  const stat = lstatSync(absolute);
  // A link is never followed (content-tree.ts reports it): its target may be outside the folder.
  if (stat.isSymbolicLink()) return undefined;
  if (stat.isDirectory()) {
    problems.push({ file, field: FILE_FIELD, severity: 'error', ...problemText('content.folderNotFile') });
    return undefined;
  }
  if (stat.size > TEXT_FILE_LIMIT) {
    problems.push({ file, field: FILE_FIELD, severity: 'error', ...problemText('content.tooLarge', { size: formatFileSize(stat.size), limit: formatFileSize(TEXT_FILE_LIMIT) }) });
    return undefined;
  }
  const raw = readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '');
  const warning = nfcWarning(raw, file);
  if (warning) problems.push(warning);
  return raw.normalize('NFC');
}

/**
 * A YAML (or JSON) data file checked by its schema; undefined when it is missing or bad.
 * `empty` is what an empty file means (e.g. `{}` or `null`).
 */
export function loadDataFile<S extends z.ZodType>(absolute: string, schema: S, problems: Problem[], empty: unknown = null): Located<z.output<S>> | undefined {
  return guard(displayPath(absolute), problems, () => readDataFile(absolute, schema, problems, empty));
}

function readDataFile<S extends z.ZodType>(absolute: string, schema: S, problems: Problem[], empty: unknown): Located<z.output<S>> | undefined {
  const source = readText(absolute, problems);
  if (source === undefined) return undefined;
  const file = displayPath(absolute);
  const parsed = parseYamlSource(source, file);
  problems.push(...parsed.problems);
  // With syntax errors the file's other problems are still reported, from what could be read.
  const readable = readableYaml(parsed);
  if (!readable) return undefined;
  const result = schema.safeParse(readable.value ?? empty, { reportInput: true });
  if (!result.success) {
    problems.push(...problemsFromZod(result.error.issues.filter((issue) => readable.keep(issue.path)), file, readable.locate));
    return undefined;
  }
  return readable.complete ? { file, data: result.data, locate: readable.locate } : undefined;
}

/** The same for a file that may be left out: undefined when missing, false when bad. */
export function loadOptionalDataFile<S extends z.ZodType>(absolute: string, schema: S, problems: Problem[], empty: unknown = null): Located<z.output<S>> | undefined | false {
  if (!existsSync(absolute)) return undefined;
  return loadDataFile(absolute, schema, problems, empty) ?? false;
}
