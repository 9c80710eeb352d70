/**
 * The portal's search over a Pagefind index: one Pagefind call per distinct form of the
 * query's terms, merged into the result list (every term), the partial matches and the site
 * pages (merge.ts). Runs in the browser (search page) and in Node (evaluation, tests) with the
 * same code.
 */
import { analyseQuery, bareForm, isExact, normalise, type AnalysedQuery, type LanguageData } from './korean.ts';
import { arrange, formsToSearch, mergeAnswers, type Arranged, type Hit } from './merge.ts';

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

export interface PortalAnswer extends Arranged {
  query: AnalysedQuery;
  /** Every form that was searched and found something, without quotes: what to highlight. */
  highlight: string[];
  /** Loads a result's page data (url, title, content) through Pagefind. */
  data(id: string): Promise<PageData>;
}

export interface SearchOptions {
  /** Result ids of the site pages (about, KPI readings): they go to their own group. */
  sitePages?: ReadonlySet<string>;
}

/** At most this many releases are checked for words Pagefind matched only by a letter (자모) prefix. */
const VERIFY_MAX = 20;

export async function portalSearch(pagefind: PagefindLike, text: string, language: LanguageData, options: SearchOptions = {}): Promise<PortalAnswer> {
  const query = analyseQuery(text, language);
  const loaders = new Map<string, () => Promise<PageData>>();
  const data = (id: string) => {
    const load = loaders.get(id);
    return load ? load() : Promise.reject(new Error(`unknown result ${id}`));
  };
  if (query.terms.length === 0) return { query, results: [], partial: [], site: [], unmatched: [], apart: [], highlight: [], data };
  const forms = formsToSearch(query);
  const found = new Map<string, Checked>();
  await Promise.all(
    forms.map(async (form) => {
      const checked = await checkedSearch(pagefind, form);
      for (const result of checked.results) if (result.data && !loaders.has(result.id)) loaders.set(result.id, result.data);
      found.set(form, checked);
    }),
  );
  const sitePages = options.sitePages ?? new Set<string>();
  const isSite = (id: string) => sitePages.has(id);
  const hitsOf = (form: string): Hit[] => (found.get(form)?.results ?? []).map((r) => ({ id: r.id, score: r.score }));
  const merge = () => {
    const answers = query.terms.map((term) => ({ alternatives: term.alternatives.map(hitsOf) }));
    const joined = query.joined.map((pair) => hitsOf(pair.text));
    return arrange(query, mergeAnswers(query, answers, joined), isSite);
  };
  let arranged = merge();
  // A release in the list through a form Pagefind matched only as a letter prefix (기업가 → 기업간):
  // its text must hold the form, or that match is dropped.
  const suspects = arranged.results.filter((doc) => unverifiedForms(query, found, doc.id).length > 0).slice(0, VERIFY_MAX);
  if (suspects.length > 0) {
    await Promise.all(
      suspects.map(async (doc) => {
        const page = await data(doc.id);
        const content = normalise(page.content);
        for (const form of unverifiedForms(query, found, doc.id)) {
          if (content.includes(form)) continue;
          const checked = found.get(form);
          if (checked) checked.results = checked.results.filter((r) => r.id !== doc.id);
        }
      }),
    );
    arranged = merge();
  }
  const marks = query.terms.flatMap((term) => term.marks ?? []);
  const highlight = [...new Set([...forms.filter((form) => (found.get(form)?.results.length ?? 0) > 0).map(bareForm), ...marks])];
  return { query, ...arranged, highlight, data };
}

interface Checked {
  results: PagefindResult[];
  /** Results Pagefind matched by a letter prefix only (the form ends in a syllable without 받침 and is not the whole word there). */
  unverified: Set<string>;
}

/**
 * The forms through which alone `id` matches some term, each not yet seen in its text: for
 * each term, when every form that found `id` is unverified, those forms.
 */
function unverifiedForms(query: PortalAnswer['query'], found: Map<string, Checked>, id: string): string[] {
  const out: string[] = [];
  const formsOfTerm = query.terms.map((term, t) => [...term.alternatives, ...query.joined.filter((j) => j.first === t || j.first + 1 === t).map((j) => j.text)]);
  for (const forms of formsOfTerm) {
    const hitting = forms.filter((form) => found.get(form)?.results.some((r) => r.id === id));
    if (hitting.length > 0 && hitting.every((form) => found.get(form)?.unverified.has(id))) out.push(...hitting);
  }
  return [...new Set(out)];
}

/** Whether a Hangul form ends in a syllable without a final consonant (Pagefind may match it inside the next letter: 가 → 간). */
function opensLastSyllable(form: string): boolean {
  const code = form.charCodeAt(form.length - 1);
  return code >= 0xac00 && code <= 0xd7a3 && (code - 0xac00) % 28 === 0;
}

/**
 * Pagefind matches a word as the beginning of indexed words, letter (자모) by letter; when no
 * indexed word begins with it, it silently falls back to the longest part that does (제주맥주 →
 * 제주), which would be a false hit. So: when no indexed word *is* the form ("form" in quotes
 * finds nothing), the form must occur in the best hit's indexed text, or it counts as not found.
 * Costs one more look-up in the index chunk already loaded and at most one fragment, usually one
 * the page shows anyway. An exact form (a figure, in quotes) needs no check.
 *
 * Letter by letter also means `기업가` matches `기업간` (가 is the beginning of 간): hits of a
 * form ending in an open syllable that are not exact are marked unverified, and checked
 * against the text when they would enter the result list (portalSearch).
 */
async function checkedSearch(pagefind: PagefindLike, form: string): Promise<Checked> {
  const response = await pagefind.search(form);
  const results = response?.results ?? [];
  if (results.length === 0 || isExact(form)) return { results, unverified: new Set() };
  const exact = await pagefind.search(`"${form}"`);
  const exactIds = new Set((exact?.results ?? []).map((r) => r.id));
  const unverified = new Set(opensLastSyllable(form) ? results.filter((r) => !exactIds.has(r.id)).map((r) => r.id) : []);
  if (exactIds.size > 0) return { results, unverified };
  const best = results[0];
  const page = best?.data ? await best.data() : undefined;
  if (!page || !normalise(page.content).includes(form)) return { results: [], unverified: new Set() };
  if (best) unverified.delete(best.id);
  return { results, unverified };
}
