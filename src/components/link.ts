import { absoluteUrl, joinBase, readableUrl } from '../foundation/urls.ts';

/**
 * A site path (`paths.releases()`) as an href under the build's base path,
 * so the site also works under a sub-path such as `/portal/`.
 */
export function link(sitePath: string): string {
  return joinBase(import.meta.env.BASE_URL, sitePath);
}

/**
 * The absolute, readable URL of a site path, as print.css writes it after a link on paper
 * (`data-print-url={printUrl(path)}`): `https://site/portal/attachments/id/신청서.hwp`.
 */
export function printUrl(sitePath: string): string {
  return readableUrl(absoluteUrl(import.meta.env.SITE ?? 'http://localhost:4321', import.meta.env.BASE_URL, sitePath));
}
