/**
 * Attachment downloads: `/attachments/<release id>/<file>`, the file exactly as
 * committed. Only the attachments of published releases are written.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { describeAttachments } from '../../../content-io/attachments.ts';
import { siteData } from '../../../content-io/site-data.ts';
import { readSiteEnv } from '../../../content-io/site-env.ts';

export const getStaticPaths = (async () => {
  const { contentDir } = readSiteEnv();
  return ((await siteData()).releases).flatMap((release) =>
    describeAttachments(contentDir, release.id, release.data.attachments).map((file) => ({
      params: { release: release.id, file: file.file },
      props: { absolute: file.absolute, mime: file.kind.mime },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ absolute: string; mime: string }> = ({ props }) =>
  new Response(readFileSync(props.absolute), { headers: { 'content-type': props.mime } });
