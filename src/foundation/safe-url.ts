/**
 * The one rule for every URL that content can put on a page: a link, an image, a source.
 * Read the way a browser reads it (leading and trailing spaces and control characters
 * dropped, tabs and line breaks removed anywhere), so `java\tscript:` is `javascript:`.
 */

/** Schemes content may use; anything else (javascript:, data:, vbscript:, file: …) is refused. */
export const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

export type UrlKind = 'absolute' | 'site' | 'relative' | 'fragment';

export type UrlVerdict =
  | { ok: true; kind: UrlKind; url: string }
  | { ok: false; reason: 'scheme' | 'unparseable' | 'protocol-relative' | 'control' | 'credentials'; scheme?: string };

// C0 controls, DEL and the invisible/bidi characters a reader cannot see in an address.
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const BAD_ESCAPE = /%(?![0-9a-fA-F]{2})/;
const RELATIVE_BASE = 'https://portal.invalid/releases/x/';

export function checkUrl(raw: string): UrlVerdict {
  // Browsers strip these at the ends and remove tab, LF and CR anywhere before parsing.
  // eslint-disable-next-line no-control-regex
  const url = raw.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (HIDDEN.test(url)) return { ok: false, reason: 'control' };
  // A backslash reads as a slash in browsers: `/\evil.example` is another site.
  if (url.includes('\\') || url.startsWith('//')) return { ok: false, reason: 'protocol-relative' };
  if (BAD_ESCAPE.test(url)) return { ok: false, reason: 'unparseable' };
  try {
    decodeURI(url);
  } catch {
    // %C3%28 and the like: escapes that are not UTF-8.
    return { ok: false, reason: 'unparseable' };
  }
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (!(ALLOWED_SCHEMES as readonly string[]).includes(scheme)) return { ok: false, reason: 'scheme', scheme };
    if (!URL.canParse(url)) return { ok: false, reason: 'unparseable' };
    if (scheme === 'http' || scheme === 'https') {
      const parsed = new URL(url);
      if (parsed.hostname === '') return { ok: false, reason: 'unparseable' };
      // `https://www.jeju.go.kr@evil.example/` goes to evil.example.
      if (parsed.username !== '' || parsed.password !== '') return { ok: false, reason: 'credentials' };
    }
    return { ok: true, kind: 'absolute', url };
  }
  if (!URL.canParse(url, RELATIVE_BASE)) return { ok: false, reason: 'unparseable' };
  if (url.startsWith('#')) return { ok: true, kind: 'fragment', url };
  return { ok: true, kind: url.startsWith('/') ? 'site' : 'relative', url };
}

/** A web address for data files (sources, licences): absolute http(s) only. */
export function isWebUrl(raw: string): boolean {
  const verdict = checkUrl(raw);
  return verdict.ok && verdict.kind === 'absolute' && /^https?:/i.test(verdict.url) && verdict.url === raw.trim();
}
