/**
 * The search page's facets: which results a chosen filter keeps, the counts each filter value
 * would give, and the newest-first order — over the per-page facet data the index build writes
 * (`pagefind/portal-facets.json`, src/build/pagefind-index.ts). Pure: the browser code and tests call it.
 */
import { FILTER_KEYS, type FilterKey, type SearchState } from './url-state.ts';

/** Facet values by filter, and per result id its date and the indexes of its values. */
export interface Facets {
  values: Record<string, string[]>;
  pages: Record<string, [string, Record<string, number[]>]>;
}

/** Whether a result has, for every filter with a choice (but `except`), one of the chosen values. */
export function matchesFilters(data: Facets, id: string, wanted: SearchState, except?: FilterKey): boolean {
  const own = data.pages[id]?.[1] ?? {};
  return FILTER_KEYS.every((key) => {
    const chosen = wanted.filters[key];
    if (key === except || chosen.length === 0) return true;
    const values = (own[key] ?? []).map((i) => data.values[key]?.[i]);
    return chosen.some((value) => values.includes(value));
  });
}

/** The results the filters keep, in relevance order or newest first (ties keep relevance order). */
export function visibleResults(ids: readonly string[], data: Facets, wanted: SearchState): string[] {
  const kept = ids.filter((id) => matchesFilters(data, id, wanted));
  if (wanted.sort !== 'newest') return kept;
  return [...kept].sort((a, b) => (data.pages[b]?.[0] ?? '').localeCompare(data.pages[a]?.[0] ?? ''));
}

export interface FacetGroup {
  key: FilterKey;
  /** Values with how many results each would give with the other filters as chosen; years newest first, others by count then name. */
  options: { value: string; count: number; checked: boolean }[];
}

/** The filter groups to show for these results: each value counted among the results the other filters keep. */
export function facetGroups(ids: readonly string[], data: Facets, state: SearchState): FacetGroup[] {
  const groups: FacetGroup[] = [];
  for (const key of FILTER_KEYS) {
    const counts = new Map<string, number>();
    for (const id of ids) {
      if (!matchesFilters(data, id, state, key)) continue;
      for (const index of data.pages[id]?.[1][key] ?? []) {
        const value = data.values[key]?.[index];
        if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
    }
    // A chosen value stays visible (with 0) so it can be unchosen.
    for (const value of state.filters[key]) if (!counts.has(value)) counts.set(value, 0);
    if (counts.size === 0) continue;
    const entries = [...counts.entries()].sort((a, b) => (key === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0], 'ko')));
    groups.push({ key, options: entries.map(([value, count]) => ({ value, count, checked: state.filters[key].includes(value) })) });
  }
  return groups;
}
