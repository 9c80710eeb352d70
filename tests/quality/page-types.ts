/**
 * Page types by URL (ARCHITECTURE.md's URL table) and their JavaScript budgets (its
 * "JavaScript per page type" table). A page whose URL no rule knows is `other` and gets the
 * strictest budget (no JavaScript): a new kind of page that needs a script must be named here.
 */
export type PageType =
  | 'home'
  | 'archive'
  | 'year'
  | 'release'
  | 'kpi'
  | 'search'
  | 'data'
  | 'about'
  | 'policy'
  | 'organization'
  | 'tag'
  | 'press'
  | 'notice'
  | 'report'
  | '404'
  | 'other';

/** Gzipped bytes of JavaScript a page may load at load time (the portal's own code). */
export const JS_BUDGET: Record<PageType, number> = {
  home: 0,
  archive: 0,
  year: 0,
  release: 2 * 1024,
  kpi: 70 * 1024,
  search: 20 * 1024,
  data: 0,
  about: 0,
  policy: 0,
  organization: 0,
  tag: 0,
  press: 0,
  notice: 0,
  report: 0,
  '404': 0,
  other: 0,
};

/** HTML per page, gzipped (issue 7). */
export const HTML_BUDGET = 30 * 1024;

/**
 * The type of a page from its file in dist (`releases/2026/index.html`), base already removed.
 */
export function pageType(file: string): PageType {
  const url = `/${file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`;
  if (url === '/404.html') return '404';
  if (url === '/') return 'home';
  if (/^\/releases\/(page\/\d+\/)?$/.test(url)) return 'archive';
  if (/^\/releases\/\d{4}\/(page\/\d+\/)?$/.test(url)) return 'year';
  if (/^\/releases\/\d{4}-\d{2}-\d{2}-[^/]+\/$/.test(url)) return 'release';
  if (/^\/kpi\//.test(url)) return 'kpi';
  if (url === '/search/') return 'search';
  if (/^\/data\//.test(url)) return 'data';
  if (url === '/about/') return 'about';
  if (/^\/policies\//.test(url)) return 'policy';
  if (/^\/organi[sz]ations\//.test(url)) return 'organization';
  if (/^\/tags\//.test(url)) return 'tag';
  if (/^\/press\//.test(url)) return 'press';
  if (/^\/notices\//.test(url)) return 'notice';
  if (url === '/report/') return 'report';
  return 'other';
}

/** The site URL path of a dist file (base not included): `releases/x/index.html` → `/releases/x/`. */
export function urlPath(file: string): string {
  return `/${file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`;
}
