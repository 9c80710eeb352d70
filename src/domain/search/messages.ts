/**
 * What the search page says about an answer (docs/search.md), as dictionary keys and values:
 * the count (of the result list only), the notices (words found nowhere, words that never meet
 * in one release, particles and single letters left out), and the headings of the partial
 * matches. Pure; the texts are the `search.*` entries of src/i18n/ko.ts, filled by `t()` in Node
 * and by the same `fill()` in the browser (the page embeds only the search entries, so its
 * script does not carry the whole dictionary: `searchTemplates`).
 */
import type { UiKey } from '../../i18n/index.ts';
import type { TemplateValues } from '../../i18n/fill.ts';
import type { AnalysedQuery } from './korean.ts';
import type { Arranged, Ranked } from './merge.ts';

/** The page's texts: its own `search.*` entries and the site's date form (result dates read as on every page). */
export type SearchKey = Extract<UiKey, `search.${string}`> | 'format.date';

/** A text of the search page: a dictionary key and its values. */
export interface SearchText {
  key: SearchKey;
  values?: TemplateValues;
}

/** Words as the page names them: ‘와인’, ‘발효’. */
export function quoted(words: readonly string[]): string {
  return words.map((word) => `‘${word}’`).join(', ');
}

export interface Shown {
  /** Results in the list after the filters. */
  visible: number;
  /** Whether filters are chosen. */
  filtered: boolean;
}

export interface AnswerTexts {
  status: SearchText;
  notices: SearchText[];
  /** Whether the tips and the archive link follow the notices (nothing in the list). */
  tips: boolean;
}

/** The count and the notices for an answer. */
export function answerTexts(answer: Pick<Arranged, 'results' | 'partial' | 'site' | 'unmatched' | 'apart'> & { query: AnalysedQuery }, shown: Shown): AnswerTexts {
  const { query } = answer;
  const notices: SearchText[] = [];
  if (query.ignored.length > 0) notices.push({ key: query.terms.length === 0 ? 'search.particlesOnly' : 'search.particlesSkipped', values: { words: quoted(query.ignored) } });
  if (query.short.length > 0) notices.push({ key: 'search.tooShort', values: { words: quoted(query.short) } });
  if (query.terms.length === 0) return { status: { key: 'search.count', values: { count: 0 } }, notices, tips: true };
  const total = answer.results.length;
  if (total === 0) {
    if (query.terms.length > 1) notices.unshift({ key: 'search.noneWithAll' });
    const onlySite = answer.site.length > 0 && answer.unmatched.length === query.terms.length;
    if (onlySite) notices.push({ key: 'search.onlySite', values: { words: quoted(answer.unmatched) } });
    else if (answer.unmatched.length > 0) notices.push({ key: 'search.nowhere', values: { words: quoted(answer.unmatched) } });
    if (answer.apart.length > 0) notices.push({ key: 'search.apart', values: { words: quoted(answer.apart) } });
  } else if (shown.visible === 0) {
    notices.push({ key: 'search.filteredOut' });
  }
  const status: SearchText = shown.filtered ? { key: 'search.countFiltered', values: { count: count(shown.visible), total: count(total) } } : { key: 'search.count', values: { count: count(shown.visible) } };
  return { status, notices, tips: shown.visible === 0 };
}

/** The heading of the partial matches: the words they lack. */
export function partialHeading(query: AnalysedQuery, partial: readonly Ranked[]): SearchText {
  const sets = new Set(partial.map((doc) => doc.missing.join(',')));
  const missing = [...new Set(partial.flatMap((doc) => doc.missing))].sort((a, b) => a - b);
  const words = quoted(missing.map((t) => query.terms[t]?.text ?? ''));
  return { key: sets.size === 1 ? 'search.partialLacking' : 'search.partialMixed', values: { words } };
}

/** The line under a partial match naming what it lacks. */
export function missingText(query: AnalysedQuery, doc: Ranked): SearchText {
  return { key: 'search.partialMissing', values: { words: quoted(doc.missing.map((t) => query.terms[t]?.text ?? '')) } };
}

function count(n: number): string {
  return n.toLocaleString('ko-KR');
}

/** The search page's own templates, out of the dictionary: what the page embeds for its script. */
export function searchTemplates(dictionary: Readonly<Record<string, unknown>>): Partial<Record<SearchKey, string>> {
  const out: Partial<Record<SearchKey, string>> = {};
  for (const [key, value] of Object.entries(dictionary)) if ((key.startsWith('search.') || key === 'format.date') && typeof value === 'string') out[key as SearchKey] = value;
  return out;
}
