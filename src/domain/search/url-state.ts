/**
 * The search page's state in its URL (`/search/?q=…&year=2026&category=행사&sort=newest`),
 * so a search can be shared and back/forward work. Pure.
 */
export const FILTER_KEYS = ['year', 'category', 'organization', 'tag'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type SortOrder = 'relevance' | 'newest';

export interface SearchState {
  q: string;
  sort: SortOrder;
  filters: Record<FilterKey, string[]>;
}

export function emptyFilters(): Record<FilterKey, string[]> {
  return { year: [], category: [], organization: [], tag: [] };
}

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) filters[key] = [...new Set(params.getAll(key).map((v) => v.normalize('NFC')).filter(Boolean))];
  return {
    q: (params.get('q') ?? '').normalize('NFC').slice(0, 200),
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
    filters,
  };
}

export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort === 'newest') params.set('sort', 'newest');
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((key) => state.filters[key].length > 0);
}
