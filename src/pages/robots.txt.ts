/**
 * robots.txt: everything may be crawled; the sitemap's absolute address (with the base).
 * Under a sub-path (PORTAL_BASE=/portal/) crawlers read only the host's own
 * /robots.txt, so there the file is a pointer for whoever runs the host.
 */
import type { APIRoute } from 'astro';
import { siteData } from '../content-io/site-data.ts';
import { paths } from '../foundation/urls.ts';

export const GET: APIRoute = async () =>
  new Response(['User-agent: *', 'Allow: /', '', `Sitemap: ${(await siteData()).url(paths.sitemap())}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
