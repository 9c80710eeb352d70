/**
 * Where a link in a release body or a policy page may lead (the cross-file part of the body
 * check, src/schemas/release-body.ts). A URL on this site — a site path, a relative path resolved
 * against the page's own address, or an absolute URL of the site's own origin — must lead to a
 * page the site builds, and to nothing that is not public when the linking page is: a release,
 * a tag page or an attachment only when its release is public no later than the linking one
 * (not a draft, dated at or before it). The rule does not depend on the day of the build: when
 * the linking page is public, so is what it links to.
 */
import { problemText } from '../i18n/index.ts';
import { DATASET_NAMES, DOWNLOAD_FORMATS } from '../domain/kpi/datasets.ts';
import { POLICY_SLUGS } from '../domain/policies.ts';
import type { Located } from '../foundation/located.ts';
import type { Problem } from '../foundation/problems.ts';
import { checkUrl } from '../foundation/safe-url.ts';
import type { Programme } from '../schemas/programme.ts';
import type { LinkTarget } from '../schemas/release-body.ts';
import { RELEASE_ID } from '../schemas/release-id.ts';

/** A release as a link to it needs it: when it is public, and what it publishes. */
export interface LinkedRelease {
  instant: number;
  draft: boolean;
  tags: readonly string[];
  attachments: readonly string[];
}

export interface LinkContext {
  releases: ReadonlyMap<string, LinkedRelease>;
  organizations: ReadonlySet<string>;
  /** Origins whose URLs are this site's (PORTAL_SITE, and the local preview's). */
  origins: readonly string[];
  /** The site's base path (`/` or `/portal/`): absolute URLs of this site carry it. */
  base: string;
}

/** The page that links: its address on the site, and when it is public (a policy page: always). */
export interface LinkingPage {
  path: string;
  instant: number;
  draft: boolean;
}

const RELEASE_PATH = new RegExp(`^/releases/(${RELEASE_ID.source.slice(1, -1)})/?$`);
const DATA_FILES = new Set([...DATASET_NAMES.flatMap((name) => DOWNLOAD_FORMATS.map((format) => `${name}.${format}`)), 'archive.zip']);
const FIXED_PATHS = [
  /^\/$/,
  /^\/releases\/(page\/[1-9]\d*\/|\d{4}\/)?$/,
  /^\/kpi\/((budget|participants|matches)\/)?$/,
  /^\/(search|about|press|tags|organizations|data)\/$/,
  /^\/(rss\.xml|feed\.json)$/,
];

const decode = (segment: string) => decodeURIComponent(segment).normalize('NFC');

/** The site path a URL leads to (without the base), or undefined when it leads to another site or within the page. */
function sitePathOf(url: string, from: LinkingPage, context: LinkContext): string | undefined {
  const verdict = checkUrl(url);
  if (!verdict.ok || verdict.kind === 'fragment') return undefined;
  const base = context.base.replace(/\/+$/, '');
  if (verdict.kind === 'absolute') {
    if (!/^https?:/i.test(verdict.url)) return undefined;
    const parsed = new URL(verdict.url);
    if (!context.origins.includes(parsed.origin)) return undefined;
    return parsed.pathname.startsWith(`${base}/`) ? parsed.pathname.slice(base.length) : parsed.pathname;
  }
  // Relative paths resolve against the linking page's address; `.` and `..` are resolved too.
  return new URL(verdict.url, `https://site.invalid${from.path}`).pathname;
}

export function pageLinkTarget(from: LinkingPage, context: LinkContext): LinkTarget {
  const notLater = (release: LinkedRelease) => !(release.draft && !from.draft) && release.instant <= from.instant;
  return (url) => {
    const sitePath = sitePathOf(url, from, context);
    if (sitePath === undefined) return undefined;
    const releaseId = RELEASE_PATH.exec(sitePath)?.[1];
    if (releaseId) {
      const release = context.releases.get(releaseId);
      if (!release) return 'nowhere';
      return notLater(release) ? 'ok' : { unpublished: releaseId };
    }
    if (FIXED_PATHS.some((pattern) => pattern.test(sitePath))) return 'ok';
    const parts = sitePath.split('/').filter(Boolean);
    const [section, first, second] = parts;
    try {
      if (section === 'policies' && parts.length === 2 && (POLICY_SLUGS as readonly string[]).includes(first ?? '') && sitePath.endsWith('/')) return 'ok';
      if (section === 'organizations' && parts.length === 2 && context.organizations.has(first ?? '') && sitePath.endsWith('/')) return 'ok';
      if (section === 'data' && parts.length === 2 && DATA_FILES.has(first ?? '')) return 'ok';
      if (section === 'tags' && parts.length === 2 && sitePath.endsWith('/')) {
        const tag = decode(first ?? '');
        const releases = [...context.releases.values()];
        if (releases.some((r) => notLater(r) && r.tags.includes(tag))) return 'ok';
        return releases.some((r) => r.tags.includes(tag)) ? { unpublished: `#${tag}` } : 'nowhere';
      }
      if (section === 'attachments' && parts.length === 3) {
        const release = context.releases.get(first ?? '');
        if (!release || !release.attachments.includes(decode(second ?? ''))) return 'nowhere';
        return notLater(release) ? 'ok' : { unpublished: first ?? '' };
      }
    } catch {
      return 'nowhere'; // an escape that does not decode (checkUrl has reported the URL)
    }
    return 'nowhere';
  };
}

/** The web addresses of programme.yaml (sources, licence), which pages show: on this site, they must lead somewhere public now. */
export function programmeUrlProblems(programme: Located<Programme>, context: LinkContext, asOf: Date): Problem[] {
  const target = pageLinkTarget({ path: '/', instant: asOf.getTime(), draft: false }, context);
  const urls: [PropertyKey[], string | undefined][] = [
    ...Object.entries(programme.data.sources).map(([id, source]): [PropertyKey[], string | undefined] => [['sources', id, 'url'], source.url]),
    [['licence', 'url'], programme.data.licence.url],
  ];
  const problems: Problem[] = [];
  for (const [where, url] of urls) {
    if (!url) continue;
    const found = target(url);
    if (found === undefined || found === 'ok') continue;
    const parts = found === 'nowhere' ? problemText('link.nowhere', { url }) : problemText('link.unpublished', { target: found.unpublished });
    problems.push({ file: programme.file, field: where.map(String).join('.'), severity: 'error', ...parts, ...programme.locate(where) });
  }
  return problems;
}
