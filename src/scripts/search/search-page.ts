/**
 * The /search/ page in the browser: reads the URL, asks Pagefind through the portal's
 * Korean-aware engine, renders results with DOM text nodes only (a query is never HTML),
 * keeps query, filters and sort in the URL. Filter data loads only when the reader opens
 * the filters, sorts by date, or arrives with filters in the URL.
 */
import { portalSearch, type PagefindLike, type PageData, type PortalAnswer } from '../../domain/search/engine.ts';
import { excerpt, realText } from '../../domain/search/excerpt.ts';
import type { LanguageData } from '../../domain/search/korean.ts';
import { searchStrings as S } from '../../domain/search/strings.ts';
import { facetGroups, visibleResults, type Facets } from '../../domain/search/facets.ts';
import { hasFilters, readState, writeState, type FilterKey, type SearchState } from '../../domain/search/url-state.ts';


const PAGE_SIZE = 10;
const root = document.querySelector<HTMLElement>('[data-search]');

if (root) start(root);

function start(root: HTMLElement): void {
  const base = root.dataset['base'] ?? '/';
  const language = JSON.parse(document.getElementById('search-language')?.textContent ?? '{}') as LanguageData;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = root.querySelector<HTMLInputElement>('#search-q')!;
  const sort = root.querySelector<HTMLSelectElement>('#search-sort')!;
  const status = root.querySelector<HTMLElement>('#search-status')!;
  const notice = root.querySelector<HTMLElement>('#search-notice')!;
  const list = root.querySelector<HTMLOListElement>('#search-results')!;
  const more = root.querySelector<HTMLButtonElement>('#search-more')!;
  const filters = root.querySelector<HTMLDetailsElement>('#search-filters')!;
  const filterBody = root.querySelector<HTMLElement>('#search-filter-body')!;
  const siteTitle = document.title.split(' | ').at(-1) ?? '';

  let pagefind: Promise<PagefindLike> | undefined;
  let facets: Promise<Facets> | undefined;
  let state = readState(location.search);
  let run = 0;
  let shown: string[] = [];
  let answer: PortalAnswer | undefined;

  const loadPagefind = () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module) => {
      await module.options({ excerptLength: 0 });
      await module.init?.();
      return module as PagefindLike;
    }));
  const loadFacets = () =>
    (facets ??= fetch(`${base}pagefind/portal-facets.json`).then((response) => {
      if (!response.ok) throw new Error(String(response.status));
      return response.json() as Promise<Facets>;
    }));

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const setNotice = (...lines: (string | HTMLElement)[]) => {
    notice.replaceChildren(...lines.map((line) => (typeof line === 'string' ? el('p', undefined, line) : line)));
  };

  function resultItem(page: PageData, highlight: string[]): HTMLLIElement {
    const item = el('li', 'search-result');
    const heading = el('h2', 'search-result-title');
    const link = el('a');
    const url = new URL(page.url, location.origin);
    for (const form of highlight) url.searchParams.append('highlight', form);
    link.href = url.pathname + url.search;
    const title = page.meta['title'] ?? page.url;
    link.textContent = title;
    heading.append(link);
    const meta = el('p', 'search-result-meta');
    if (page.meta['category']) meta.append(el('span', 'search-result-category', page.meta['category']));
    if (page.meta['date']) {
      const time = el('time', undefined, /^\d{4}-\d{2}-\d{2}$/.test(page.meta['date']) ? S.dayLabel(page.meta['date']) : '');
      time.dateTime = page.meta['date'];
      meta.append(time);
    }
    const text = el('p', 'search-result-excerpt');
    for (const segment of excerpt(realText(page.content, title), highlight)) {
      text.append(segment.mark ? el('mark', undefined, segment.text) : document.createTextNode(segment.text));
    }
    item.append(heading, meta, text);
    return item;
  }

  async function visibleIds(current: PortalAnswer, wanted: SearchState): Promise<string[]> {
    const ids = current.results.map((r) => r.id);
    if (!hasFilters(wanted) && wanted.sort === 'relevance') return ids;
    return visibleResults(ids, await loadFacets(), wanted);
  }

  async function renderFilters(): Promise<void> {
    if (!filters.open) return;
    if (!answer) {
      filterBody.replaceChildren(el('p', 'muted', S.empty));
      return;
    }
    if (!facets) filterBody.replaceChildren(el('p', 'muted', S.filterLoading));
    const data = await loadFacets();
    const current = answer;
    const groups: HTMLElement[] = [];
    for (const { key, options } of facetGroups(current.results.map((r) => r.id), data, state)) {
      const fieldset = el('fieldset', 'search-facet');
      fieldset.append(el('legend', undefined, S.filterNames[key] ?? key));
      for (const { value, count, checked } of options) {
        const label = el('label', 'search-facet-option');
        const box = el('input');
        box.type = 'checkbox';
        box.name = key;
        box.value = value;
        box.checked = checked;
        label.append(box, document.createTextNode(` ${key === 'year' ? S.yearLabel(value) : value} `), el('span', 'search-facet-count', `(${count})`));
        fieldset.append(label);
      }
      groups.push(fieldset);
    }
    if (hasFilters(state)) {
      const clear = el('button', 'search-filter-clear', S.filterClear);
      clear.type = 'button';
      groups.push(clear);
    }
    if (current === answer) filterBody.replaceChildren(...groups);
  }

  async function show(ids: string[], from: number, current: PortalAnswer, mine: number): Promise<void> {
    const slice = ids.slice(from, from + PAGE_SIZE);
    const pages = await Promise.all(slice.map((id) => current.data(id)));
    if (mine !== run) return;
    const items = pages.map((page) => resultItem(page, current.highlight));
    list.append(...items);
    shown = ids.slice(0, from + slice.length);
    const rest = ids.length - shown.length;
    more.hidden = rest <= 0;
    more.textContent = S.more(Math.min(PAGE_SIZE, rest));
    if (from > 0) items[0]?.querySelector('a')?.focus();
  }

  async function search(): Promise<void> {
    const mine = ++run;
    const wanted = state;
    input.value = wanted.q;
    sort.value = wanted.sort;
    document.title = wanted.q ? `‘${wanted.q}’ 검색 | ${siteTitle}` : `검색 | ${siteTitle}`;
    list.replaceChildren();
    more.hidden = true;
    setNotice();
    answer = undefined;
    if (!wanted.q.trim()) {
      status.textContent = S.empty;
      await renderFilters();
      return;
    }
    status.textContent = S.searching;
    let current: PortalAnswer;
    try {
      current = await portalSearch(await loadPagefind(), wanted.q, language);
    } catch {
      if (mine === run) status.textContent = pagefind ? S.noIndex : S.failed;
      return;
    }
    if (mine !== run) return;
    answer = current;
    const ids = await visibleIds(current, wanted);
    if (mine !== run) return;
    // Results first, then the count: the live region speaks when the results are there.
    await show(ids, 0, current, mine);
    if (mine !== run) return;
    if (current.query.terms.length === 0) {
      const why = [
        ...(current.query.ignored.length ? [S.onlyParticles(current.query.ignored)] : []),
        ...(current.query.short.length ? [S.tooShort(current.query.short)] : []),
      ];
      setNotice(...why, S.tips);
      status.textContent = S.count(0);
    } else if (current.results.length === 0) {
      setNotice(S.noneFor(current.unmatched.length ? current.unmatched : [wanted.q]), S.tips, archiveLink());
      status.textContent = S.count(0);
    } else {
      if (current.unmatched.length > 0) setNotice(S.unmatched(current.unmatched));
      if (ids.length === 0) setNotice(...(current.unmatched.length ? [S.unmatched(current.unmatched)] : []), S.tips);
      status.textContent = hasFilters(wanted) ? S.countFiltered(ids.length, current.results.length) : S.count(ids.length);
    }
    await renderFilters();
  }

  function archiveLink(): HTMLElement {
    const p = el('p');
    const a = el('a', undefined, S.toArchive);
    a.href = `${base}releases/`;
    p.append(a);
    return p;
  }

  function navigate(next: SearchState): void {
    state = next;
    history.pushState(null, '', `${location.pathname}${writeState(next)}`);
    void search();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate({ ...state, q: input.value.normalize('NFC').trim() });
  });
  sort.addEventListener('change', () => navigate({ ...state, sort: sort.value === 'newest' ? 'newest' : 'relevance' }));
  filters.addEventListener('toggle', () => void renderFilters());
  filterBody.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
    const key = box.name as FilterKey;
    const chosen = new Set(state.filters[key]);
    if (box.checked) chosen.add(box.value);
    else chosen.delete(box.value);
    navigate({ ...state, filters: { ...state.filters, [key]: [...chosen] } });
  });
  filterBody.addEventListener('click', (event) => {
    if (!(event.target instanceof HTMLButtonElement)) return;
    navigate({ ...state, filters: { year: [], category: [], organization: [], tag: [] } });
    filters.querySelector('summary')?.focus();
  });
  more.addEventListener('click', () => {
    if (!answer) return;
    const current = answer;
    void visibleIds(current, state).then((ids) => show(ids, shown.length, current, run));
  });
  window.addEventListener('popstate', () => {
    state = readState(location.search);
    if (hasFilters(state)) filters.open = true;
    void search();
  });

  if (hasFilters(state)) filters.open = true;
  void search();
}
