import { joinBase } from '../foundation/urls.ts';

/**
 * A site path (`paths.releases()`) as an href under the build's base path,
 * so the site also works under a sub-path such as `/portal/`.
 */
export function link(sitePath: string): string {
  return joinBase(import.meta.env.BASE_URL, sitePath);
}

/**
 * Issue 12: the absolute, readable address of a site path for paper (`data-print-url`, written
 * out after the link by print.css): the build's site and base, percent-encoding decoded, so
 * `/tags/AI%20전환/` prints as `https://…/tags/AI 전환/`.
 */
export function printUrl(sitePath: string): string {
  const url = new URL(joinBase(import.meta.env.BASE_URL, sitePath), import.meta.env.SITE ?? 'http://localhost:4321').href;
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
