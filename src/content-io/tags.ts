/**
 * Reads content/tags.yaml (schema: src/schemas/tags.ts) through the one data-file reader, so
 * its problems carry file:line, and checks the list and every release's tags against it
 * (src/rules/tag-rules.ts). Pages read the checked list through `readTagVocabulary`.
 */
import { problemText } from '../i18n/index.ts';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { FILE_FIELD, type Problem } from '../foundation/problems.ts';
import type { Located } from '../foundation/located.ts';
import type { LocatedTags } from '../domain/archives.ts';
import { releaseTagProblems, tagVocabularyProblems } from '../rules/tag-rules.ts';
import { TAGS_FILE, tagVocabularySchema, type TagVocabulary } from '../schemas/tags.ts';
import { displayPath, loadDataFile } from './data-file.ts';

/** The vocabulary file, or undefined (missing or bad: the problem is in `problems`). */
export function loadTagVocabulary(contentDir: string, problems: Problem[]): Located<TagVocabulary> | undefined {
  const absolute = path.join(contentDir, TAGS_FILE);
  if (!existsSync(absolute)) {
    problems.push({ file: displayPath(absolute), field: FILE_FIELD, severity: 'error', ...problemText('tags.vocabularyMissing') });
    return undefined;
  }
  return loadDataFile(absolute, tagVocabularySchema, problems, {});
}

/** The list's own problems and every release's tags against it. */
export function tagVocabularyCheck(contentDir: string, releases: readonly LocatedTags[], problems: Problem[]): void {
  const vocabulary = loadTagVocabulary(contentDir, problems);
  if (!vocabulary) return;
  problems.push(...tagVocabularyProblems(vocabulary));
  for (const release of releases) problems.push(...releaseTagProblems(release, vocabulary.data));
}

const cache = new Map<string, TagVocabulary>();

/** For pages: the list the content gate has checked (labels, merged tags). */
export function readTagVocabulary(contentDir: string): TagVocabulary {
  const cached = cache.get(contentDir);
  if (cached) return cached;
  const value = loadTagVocabulary(contentDir, [])?.data ?? { tags: {}, merged: {} };
  cache.set(contentDir, value);
  return value;
}
