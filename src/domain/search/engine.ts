/**
 * The portal's search over a Pagefind index: one Pagefind call per distinct form of the
 * query's terms, merged so documents with every word come first. Runs in the browser
 * (search page) and in Node (evaluation, tests) with the same code.
 */
import { analyseQuery, normalise, type AnalysedQuery, type LanguageData } from './korean.ts';
import { formsToSearch, mergeAnswers, type Hit, type Merged } from './merge.ts';

/** What Pagefind's `result.data()` gives (the fields the portal reads). */
export interface PageData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data?: () => Promise<PageData>;
}

/** The part of Pagefind's JS API this module uses. */
export interface PagefindLike {
  search(term: string, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}

export interface PortalAnswer extends Merged {
  query: AnalysedQuery;
  /** Every form that was searched and found something: what to highlight. */
  highlight: string[];
  /** Loads a result's page data (url, title, content) through Pagefind. */
  data(id: string): Promise<PageData>;
}

export async function portalSearch(pagefind: PagefindLike, text: string, language: LanguageData): Promise<PortalAnswer> {
  const query = analyseQuery(text, language);
  const loaders = new Map<string, () => Promise<PageData>>();
  const data = (id: string) => {
    const load = loaders.get(id);
    return load ? load() : Promise.reject(new Error(`unknown result ${id}`));
  };
  if (query.terms.length === 0) return { query, results: [], unmatched: [], highlight: [], data };
  const forms = formsToSearch(query);
  const hitsByForm = new Map<string, Hit[]>();
  await Promise.all(
    forms.map(async (form) => {
      const results = await checkedSearch(pagefind, form);
      for (const result of results) if (result.data && !loaders.has(result.id)) loaders.set(result.id, result.data);
      hitsByForm.set(form, results.map((r) => ({ id: r.id, score: r.score })));
    }),
  );
  const answers = query.terms.map((term) => ({ alternatives: term.alternatives.map((form) => hitsByForm.get(form) ?? []) }));
  const joined = query.joined.map((pair) => hitsByForm.get(pair.text) ?? []);
  const highlight = forms.filter((form) => (hitsByForm.get(form)?.length ?? 0) > 0);
  return { query, ...mergeAnswers(query, answers, joined), highlight, data };
}

/**
 * Pagefind matches a word as the beginning of indexed words; when no indexed word begins
 * with it, it silently falls back to the longest part that does (제주맥주 → 제주), which
 * would be a false hit. So: when no indexed word *is* the form ("form" in quotes finds
 * nothing), the form must occur in the best hit's indexed text, or it counts as not found.
 * Costs one more look-up in the index chunk already loaded and at most one fragment,
 * usually one the page shows anyway.
 */
async function checkedSearch(pagefind: PagefindLike, form: string): Promise<PagefindResult[]> {
  const response = await pagefind.search(form);
  const results = response?.results ?? [];
  if (results.length === 0) return results;
  const exact = await pagefind.search(`"${form}"`);
  if ((exact?.results.length ?? 0) > 0) return results;
  const best = results[0];
  const page = best?.data ? await best.data() : undefined;
  return page && normalise(page.content).includes(form) ? results : [];
}
