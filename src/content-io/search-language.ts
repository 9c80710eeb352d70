/** Reads the staff-edited search synonyms (`search-synonyms.yaml` in the content folder). */
import { t } from '../i18n/index.ts';
import path from 'node:path';
import { loadOptionalDataFile } from './data-file.ts';
import { formatProblem, type Problem } from '../foundation/problems.ts';
import { languageData } from '../domain/search/language.ts';
import type { LanguageData } from '../domain/search/korean.ts';
import { searchSynonymsSchema } from '../schemas/search-synonyms.ts';

export const SYNONYMS_FILE = 'search-synonyms.yaml';

/** Reads `search-synonyms.yaml` from a content folder (none: no synonyms) with the one data-file reader; a bad file throws its problems. */
export function readLanguage(contentDir: string): LanguageData {
  const problems: Problem[] = [];
  const loaded = loadOptionalDataFile(path.join(contentDir, SYNONYMS_FILE), searchSynonymsSchema, problems, {});
  if (loaded === false) throw new Error(`${t('build.badSynonyms')}\n${problems.map(formatProblem).join('\n')}`);
  return languageData(loaded ? loaded.data : undefined);
}
