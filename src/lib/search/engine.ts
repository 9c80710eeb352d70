/**
 * The portal's search over a Pagefind index: one Pagefind call per distinct form of the
 * query's terms, merged so documents with every word come first. Runs in the browser
 * (search page) and in Node (evaluation, tests) with the same code.
 */
import { analyseQuery, type AnalysedQuery, type LanguageData } from './korean.ts';
import { formsToSearch, mergeAnswers, type Hit, type Merged } from './merge.ts';

/** The part of Pagefind's JS API this module uses. */
export interface PagefindLike {
  search(term: string, options?: Record<string, unknown>): Promise<{ results: { id: string; score: number }[] } | null>;
}

export interface PortalAnswer extends Merged {
  query: AnalysedQuery;
}

export async function portalSearch(pagefind: PagefindLike, text: string, language: LanguageData): Promise<PortalAnswer> {
  const query = analyseQuery(text, language);
  if (query.terms.length === 0) return { query, results: [], unmatched: [] };
  const forms = formsToSearch(query);
  const hitsByForm = new Map<string, Hit[]>();
  await Promise.all(
    forms.map(async (form) => {
      const response = await pagefind.search(form);
      hitsByForm.set(form, (response?.results ?? []).map((r) => ({ id: r.id, score: r.score })));
    }),
  );
  const answers = query.terms.map((term) => ({ alternatives: term.alternatives.map((form) => hitsByForm.get(form) ?? []) }));
  const joined = query.joined.map((pair) => hitsByForm.get(pair.text) ?? []);
  return { query, ...mergeAnswers(query, answers, joined) };
}
