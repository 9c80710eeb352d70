/** Reads the staff-edited search synonyms (`search-synonyms.yaml` in the content folder). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseYamlSource } from '../content-io/yaml-source.ts';
import { formatProblem } from '../lib/problems.ts';
import { languageData } from '../lib/search/language.ts';
import type { LanguageData } from '../lib/search/korean.ts';
import { problemsFromZod } from '../lib/zod-problems.ts';
import { searchSynonymsSchema } from '../schemas/search-synonyms.ts';

/** Reads `search-synonyms.yaml` from a content folder (none: no synonyms); a bad file stops the build with the portal's message. */
export function readLanguage(contentDir: string): LanguageData {
  const file = path.join(contentDir, 'search-synonyms.yaml');
  if (!existsSync(file)) return languageData(undefined);
  const display = path.relative(process.cwd(), file) || file;
  const parsed = parseYamlSource(readFileSync(file, 'utf8').replace(/^\uFEFF/, '').normalize('NFC'), display);
  const problems = [...parsed.problems];
  if (problems.length === 0) {
    const result = searchSynonymsSchema.safeParse(parsed.value ?? {});
    if (result.success) return languageData(result.data);
    problems.push(...problemsFromZod(result.error.issues, display, parsed.locate));
  }
  throw new Error(`검색 동의어 파일에 문제가 있습니다 (bad search synonyms file):\n${problems.map(formatProblem).join('\n')}`);
}

