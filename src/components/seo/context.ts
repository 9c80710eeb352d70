/** The structured-data context of this build: programme, organisations and absolute URLs. */
import { link } from '../link.ts';
import type { SiteContext } from '../../domain/structured-data.ts';
import { getOrganizations, getProgramme } from '../../content-io/site-data.ts';

/** The default share image (public/og-default.png, made by scripts/og-image.ts). */
export const OG_IMAGE = { path: '/og-default.png', width: 1200, height: 630, type: 'image/png' } as const;

/** An absolute URL of a site path on this build's site and base. */
export function absolute(site: URL | undefined, sitePath: string): string {
  return new URL(link(sitePath), site ?? 'http://localhost:4321').toString();
}

export async function siteContext(site: URL | undefined): Promise<SiteContext> {
  return {
    programme: await getProgramme(),
    organizations: await getOrganizations(),
    url: (sitePath) => absolute(site, sitePath),
    image: absolute(site, OG_IMAGE.path),
  };
}
