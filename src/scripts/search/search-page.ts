/**
 * The /search/ page in the browser: reads the URL, asks Pagefind through the portal's
 * Korean-aware engine, renders with DOM text nodes only (a query is never HTML), keeps query,
 * filters and sort in the URL (docs/search.md).
 *
 * What it shows, in this order: the count (of the result list only) in a live region, the
 * filters, the notices, `#search-results` (releases with every word), "더 보기", the partial
 * matches (`[data-search-partial]`, releases with some of the words, under a heading naming the
 * words they lack, never counted) and the site pages ("사이트 안내": about, KPI readings).
 * Everything an answer changes is built first and put into the page in one go (the answer's
 * part is hidden while it is being found), in space the page keeps for it, so nothing already on
 * screen moves (no layout shift).
 *
 * Filter data loads only when the reader opens the filters, sorts by date, or arrives with
 * filters in the URL. The texts are the dictionary's `search.*` entries, embedded by the page.
 */
import { portalSearch, type PagefindLike, type PageData, type PortalAnswer } from '../../domain/search/engine.ts';
import { excerpt, realText } from '../../domain/search/excerpt.ts';
import type { LanguageData } from '../../domain/search/korean.ts';
import { answerTexts, missingText, partialHeading, type SearchKey, type SearchText } from '../../domain/search/messages.ts';
import type { Ranked } from '../../domain/search/merge.ts';
import { facetGroups, visibleResults, type Facets } from '../../domain/search/facets.ts';
import { emptyFilters, hasFilters, readState, writeState, type FilterKey, type SearchState } from '../../domain/search/url-state.ts';
import { fill, type TemplateValues } from '../../i18n/fill.ts';

const PAGE_SIZE = 10;
/** Partial matches shown after the list (the first ones, ranked). */
const PARTIAL_SIZE = 10;
/** Site pages shown in their group. */
const SITE_SIZE = 5;
const FILTER_NAMES: Record<FilterKey, SearchKey> = { year: 'search.filterYear', category: 'search.filterCategory', organization: 'search.filterOrganization', tag: 'search.filterTag' };

const root = document.querySelector<HTMLElement>('[data-search]');

if (root) start(root);

function start(root: HTMLElement): void {
  const base = root.dataset['base'] ?? '/';
  const json = (id: string) => JSON.parse(document.getElementById(id)?.textContent ?? '{}') as unknown;
  const language = json('search-language') as LanguageData;
  const templates = json('search-texts') as Partial<Record<SearchKey, string>>;
  const say = (key: SearchKey, values?: TemplateValues) => fill(templates[key] ?? key, values);
  const sayText = (text: SearchText) => say(text.key, text.values);
  /** A result's `YYYY-MM-DD` day as the site writes dates. */
  const dayLabel = (day: string) => {
    const [y, m, d] = day.split('-').map(Number);
    return say('format.date', { y, m, d });
  };
  const $ = <E extends HTMLElement>(selector: string) => root.querySelector<E>(selector)!;
  const form = $<HTMLFormElement>('form');
  const input = $<HTMLInputElement>('#search-q');
  const sort = $<HTMLSelectElement>('#search-sort');
  const status = $('#search-status');
  const output = $('#search-output');
  const notice = $('#search-notice');
  const list = $<HTMLOListElement>('#search-results');
  const more = $<HTMLButtonElement>('#search-more');
  const partial = $('#search-partial');
  const partialTitle = $('#search-partial-title');
  const partialList = $<HTMLOListElement>('#search-partial-list');
  const site = $('#search-site');
  const siteList = $<HTMLUListElement>('#search-site-list');
  const filters = $<HTMLDetailsElement>('#search-filters');
  const filterBody = $('#search-filter-body');
  const siteTitle = document.title.split(' | ').at(-1) ?? '';

  let pagefind: Promise<PagefindLike> | undefined;
  let facets: Promise<Facets> | undefined;
  let sitePages: Promise<Set<string>> | undefined;
  let state = readState(location.search);
  let run = 0;
  let shown = 0;
  let visible: string[] = [];
  let answer: PortalAnswer | undefined;

  const loadPagefind = () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module) => {
      await module.options({ excerptLength: 0 });
      await module.init?.();
      return module as PagefindLike;
    }));
  const loadJson = <T>(file: string) =>
    fetch(`${base}pagefind/${file}`).then((response) => {
      if (!response.ok) throw new Error(String(response.status));
      return response.json() as Promise<T>;
    });
  const loadFacets = () => (facets ??= loadJson<Facets>('portal-facets.json'));
  // The ids of the about and KPI pages (written with the index): without the file, no group.
  const loadSitePages = () => (sitePages ??= loadJson<{ ids: string[] }>('portal-site-pages.json').then((file) => new Set(file.ids), () => new Set<string>()));

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  function item(page: PageData, highlight: string[], level: 'h2' | 'h3', lacking?: string): HTMLLIElement {
    const li = el('li', 'search-result');
    const heading = el(level, 'search-result-title');
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
      const time = el('time', undefined, /^\d{4}-\d{2}-\d{2}$/.test(page.meta['date']) ? dayLabel(page.meta['date']) : '');
      time.dateTime = page.meta['date'];
      meta.append(time);
    }
    if (lacking) meta.append(el('span', 'search-result-missing', lacking));
    const text = el('p', 'search-result-excerpt');
    for (const segment of excerpt(realText(page.content, title), highlight)) {
      text.append(segment.mark ? el('mark', undefined, segment.text) : document.createTextNode(segment.text));
    }
    li.append(heading, meta, text);
    return li;
  }

  function filterGroups(current: PortalAnswer | undefined, data: Facets | undefined): HTMLElement[] {
    if (!current) return [el('p', 'muted', say('search.empty'))];
    if (!data) return [el('p', 'muted', say('search.filterLoading'))];
    const groups: HTMLElement[] = [];
    for (const { key, options } of facetGroups(current.results.map((r) => r.id), data, state)) {
      const fieldset = el('fieldset', 'search-facet');
      fieldset.append(el('legend', undefined, say(FILTER_NAMES[key])));
      for (const { value, count, checked } of options) {
        const label = el('label', 'search-facet-option');
        const box = el('input');
        box.type = 'checkbox';
        box.name = key;
        box.value = value;
        box.checked = checked;
        label.append(box, document.createTextNode(` ${key === 'year' ? say('search.yearValue', { year: value }) : value} `), el('span', 'search-facet-count', `(${count})`));
        fieldset.append(label);
      }
      groups.push(fieldset);
    }
    if (hasFilters(state)) {
      const clear = el('button', 'search-filter-clear', say('search.filterClear'));
      clear.type = 'button';
      groups.push(clear);
    }
    return groups;
  }

  /** The filters when the reader opens them (their own input: nothing else moves unasked). */
  async function openFilters(): Promise<void> {
    if (!filters.open) return;
    const current = answer;
    if (!current) {
      filterBody.replaceChildren(...filterGroups(undefined, undefined));
      return;
    }
    if (!facets) filterBody.replaceChildren(...filterGroups(current, undefined));
    const data = await loadFacets().catch(() => undefined);
    if (current === answer) filterBody.replaceChildren(...filterGroups(current, data));
  }

  function setMore(): void {
    const rest = visible.length - shown;
    more.hidden = rest <= 0;
    more.textContent = say('search.more', { count: Math.min(PAGE_SIZE, rest) });
  }

  function clearOutput(): void {
    output.hidden = true;
    list.replaceChildren();
    partialList.replaceChildren();
    siteList.replaceChildren();
    notice.replaceChildren();
    more.hidden = true;
    partial.hidden = true;
    site.hidden = true;
  }

  function archiveLink(): HTMLElement {
    const p = el('p');
    const a = el('a', undefined, say('search.archiveByDate'));
    a.href = `${base}releases/`;
    p.append(a);
    return p;
  }

  async function search(): Promise<void> {
    const mine = ++run;
    const wanted = state;
    input.value = wanted.q;
    sort.value = wanted.sort;
    document.title = wanted.q ? `${say('search.docTitle', { q: wanted.q })} | ${siteTitle}` : `${templates['search.title'] ?? ''} | ${siteTitle}`;
    clearOutput();
    answer = undefined;
    visible = [];
    shown = 0;
    if (!wanted.q.trim()) {
      output.hidden = false;
      status.textContent = say('search.empty');
      if (filters.open) filterBody.replaceChildren(...filterGroups(undefined, undefined));
      return;
    }
    status.textContent = say('search.searching');
    let current: PortalAnswer;
    let data: Facets | undefined;
    let pages: { results: PageData[]; partial: PageData[]; site: PageData[] };
    let partialDocs: Ranked[];
    try {
      const [loaded, siteIds] = await Promise.all([loadPagefind(), loadSitePages()]);
      current = await portalSearch(loaded, wanted.q, language, { sitePages: siteIds });
      if (mine !== run) return;
      // Filter data only when the filters or the date order need it.
      const needsFacets = hasFilters(wanted) || wanted.sort === 'newest' || filters.open;
      data = needsFacets ? await loadFacets().catch(() => undefined) : undefined;
      const ids = current.results.map((r) => r.id);
      visible = data ? visibleResults(ids, data, wanted) : ids;
      const keptPartial = data ? new Set(visibleResults(current.partial.map((r) => r.id), data, { ...wanted, sort: 'relevance' })) : undefined;
      partialDocs = current.partial.filter((doc) => !keptPartial || keptPartial.has(doc.id)).slice(0, PARTIAL_SIZE);
      // Site pages carry no year, organisation or tag: with filters chosen they are not shown.
      const siteDocs = hasFilters(wanted) ? [] : current.site.slice(0, SITE_SIZE);
      const load = (docs: readonly { id: string }[]) => Promise.all(docs.map((doc) => current.data(doc.id)));
      const [results, partialPages, sitePagesData] = await Promise.all([load(visible.slice(0, PAGE_SIZE).map((id) => ({ id }))), load(partialDocs), load(siteDocs)]);
      pages = { results, partial: partialPages, site: sitePagesData };
    } catch {
      if (mine !== run) return;
      output.hidden = false;
      status.textContent = pagefind ? say('search.noIndex') : say('search.failed');
      return;
    }
    if (mine !== run) return;
    answer = current;

    // Built off the page first, then put in all at once.
    const items = pages.results.map((page) => item(page, current.highlight, 'h2'));
    const partialItems = pages.partial.map((page, i) => item(page, current.highlight, 'h3', sayText(missingText(current.query, partialDocs[i]!))));
    const siteItems = pages.site.map((page) => item(page, current.highlight, 'h3'));
    const texts = answerTexts(current, { visible: visible.length, filtered: hasFilters(wanted) });
    const lines: HTMLElement[] = texts.notices.map((text) => el('p', undefined, sayText(text)));
    if (texts.tips) lines.push(el('p', undefined, say('search.tips')), archiveLink());
    const groups = hasFilters(wanted) || filters.open ? filterGroups(current, data) : undefined;

    list.replaceChildren(...items);
    shown = items.length;
    setMore();
    notice.replaceChildren(...lines);
    if (partialItems.length > 0) {
      partialTitle.textContent = sayText(partialHeading(current.query, partialDocs));
      partialList.replaceChildren(...partialItems);
      partial.hidden = false;
    }
    if (siteItems.length > 0) {
      siteList.replaceChildren(...siteItems);
      site.hidden = false;
    }
    if (groups) {
      filterBody.replaceChildren(...groups);
      filters.open = true;
    }
    output.hidden = false;
    // The live region speaks once, with the count of the result list only.
    status.textContent = sayText(texts.status);
  }

  async function showMore(): Promise<void> {
    const current = answer;
    if (!current) return;
    const mine = run;
    const slice = visible.slice(shown, shown + PAGE_SIZE);
    const pages = await Promise.all(slice.map((id) => current.data(id)));
    if (mine !== run) return;
    const items = pages.map((page) => item(page, current.highlight, 'h2'));
    list.append(...items);
    shown += items.length;
    setMore();
    items[0]?.querySelector('a')?.focus();
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
  filters.addEventListener('toggle', () => void openFilters());
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
    navigate({ ...state, filters: emptyFilters() });
    filters.querySelector('summary')?.focus();
  });
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    state = readState(location.search);
    void search();
  });

  void search();
}
