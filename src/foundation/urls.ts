/**
 * Every link on the site goes through here, so the site also works under a
 * sub-path (`PORTAL_BASE`). Paths are written as on the root site: `/releases/`.
 */
export function joinBase(base: string, target: string): string {
  const trimmedBase = base.replace(/\/+$/, '');
  const cleanTarget = target.startsWith('/') ? target : `/${target}`;
  return `${trimmedBase}${cleanTarget}`;
}

/** Absolute URL for canonical links and feeds; `site` is `PORTAL_SITE`. */
export function absoluteUrl(site: string, base: string, target: string): string {
  return new URL(joinBase(base, target), site).toString();
}

/**
 * A URL as printed on paper (print.css writes it after the link, `data-print-url`): absolute,
 * and with percent-escapes of Korean file names and tags decoded, so it reads as it is typed.
 * A URL whose escapes do not decode (not UTF-8) is printed as it is.
 */
export function readableUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

export const paths = {
  home: () => '/',
  releases: (page = 1) => (page <= 1 ? '/releases/' : `/releases/page/${page}/`),
  release: (id: string) => `/releases/${id}/`,
  releaseYear: (year: number | string) => `/releases/${year}/`,
  about: () => '/about/',
  kpi: () => '/kpi/',
  kpiBudget: () => '/kpi/budget/',
  kpiParticipants: () => '/kpi/participants/',
  kpiMatches: () => '/kpi/matches/',
  data: () => '/data/',
  /** A dataset download: `/data/budget.csv`, `/data/budget.schema.json`. */
  dataFile: (name: string, format: string) => `/data/${name}.${format}`,
  rss: () => '/rss.xml',
  jsonFeed: () => '/feed.json',
  sitemap: () => '/sitemap-index.xml',
  search: () => '/search/',
  organization: (id: string) => `/organizations/${id}/`,
  /** Korean tags stay readable in the address bar: NFC, then percent-encoded once. */
  tag: (tag: string, page = 1) => `/tags/${encodeURIComponent(tag.trim().normalize('NFC'))}/${page <= 1 ? '' : `page/${page}/`}`,
  tags: () => '/tags/',
  organizations: () => '/organizations/',
  organizationPage: (id: string, page: number) => (page <= 1 ? `/organizations/${id}/` : `/organizations/${id}/page/${page}/`),
  press: () => '/press/',
  /** An attachment's download: `/attachments/<release id>/<file>`. */
  attachment: (releaseId: string, file: string) => `/attachments/${releaseId}/${encodeURIComponent(file.normalize('NFC'))}`,
  policy: (slug: string) => `/policies/${slug}/`,
  /** The programme's report (issue 12): 사업 성과 보고. */
  report: () => '/report/',
  /** A page's share image (issue 14): `/share/releases/<id>.png`, `/share/kpi/budget.png`, `/share/report.png`. */
  shareImage: (name: string) => `/share/${name}.png`,
} as const;
