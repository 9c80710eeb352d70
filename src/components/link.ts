import { joinBase } from '../foundation/urls.ts';

/**
 * A site path (`paths.releases()`) as an href under the build's base path,
 * so the site also works under a sub-path such as `/portal/`.
 */
export function link(sitePath: string): string {
  return joinBase(import.meta.env.BASE_URL, sitePath);
}
