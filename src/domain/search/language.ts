/** Turns the staff-edited synonyms file into the normalised data search uses. Pure. */
import type { SearchSynonyms } from '../../schemas/search-synonyms.ts';
import { normalise, type LanguageData } from './korean.ts';

export function languageData(file: SearchSynonyms | undefined): LanguageData {
  if (!file) return { synonyms: [], keep: [] };
  return {
    synonyms: file.groups.map((group) => [...new Set(group.map(normalise))]).filter((group) => group.length > 1),
    keep: [...new Set(file.keep.map(normalise))],
  };
}
