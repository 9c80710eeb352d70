/**
 * The share images (issue 14): `/share/releases/<id>.png` for every release, `/share/kpi/<page>.png`
 * and `/share/report.png`, 1200×630 PNGs rendered at build time from the cards of
 * src/domain/share-cards.ts, cached in the build's cache folder (src/build/share-image.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../content-io/site-data.ts';
import { shareImage } from '../../build/share-image.ts';
import { SHARE_IMAGE, type ShareCard } from '../../domain/share-card.ts';

export const getStaticPaths = (async () =>
  (await siteData()).share.entries.map((entry) => ({ params: { image: entry.name }, props: { card: entry.card } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { card } = props as { card: ShareCard };
  const png = await shareImage(card, (await siteData()).share.cacheDir);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': SHARE_IMAGE.type } });
};
