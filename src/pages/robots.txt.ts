/**
 * robots.txt: everything may be crawled; the sitemap's absolute address (with the base).
 * Under a sub-path (PORTAL_BASE=/portal/) crawlers read only the host's own
 * /robots.txt, so there the file is a pointer for whoever runs the host.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../foundation/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(String(site ?? 'http://localhost:4321'), import.meta.env.BASE_URL, '/sitemap-index.xml')}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
