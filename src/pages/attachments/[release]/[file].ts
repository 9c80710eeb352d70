/**
 * Attachment downloads: `/attachments/<release id>/<file>`, the file exactly as
 * committed. Only the attachments of published releases are written.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../content-io/site-data.ts';

export const getStaticPaths = (async () => {
  const site = await siteData();
  const files = await Promise.all(site.releases.map(async (release) => ({ release, files: await site.attachmentsOf(release) })));
  return files.flatMap(({ release, files: list }) =>
    list.map((file) => ({ params: { release: release.id, file: file.file }, props: { absolute: file.absolute, mime: file.kind.mime } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ absolute: string; mime: string }> = ({ props }) =>
  new Response(readFileSync(props.absolute), { headers: { 'content-type': props.mime } });
