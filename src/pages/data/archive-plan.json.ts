/**
 * The archive's plan (src/domain/archive/plan.ts) for the build step that writes
 * /data/archive.zip (src/integrations/record-archive.ts), which reads this file and removes it
 * from the output before anything is published. It names only what is public anyway.
 */
import path from 'node:path';
import type { APIRoute } from 'astro';
import { siteData } from '../../content-io/site-data.ts';
import { dataFilesOf, type ArchivePlan } from '../../domain/archive/plan.ts';
import { kstText } from '../../domain/releases-dataset.ts';
import { isPublic } from '../../domain/releases.ts';
import { paths } from '../../foundation/urls.ts';

export const GET: APIRoute = async () => {
  const { releases, datasets, asOf, contentDir, programme, url, record } = await siteData();
  const plan: ArchivePlan = {
    recordDate: record.day,
    home: url(paths.home()),
    site: import.meta.env.SITE ?? 'http://localhost:4321',
    base: import.meta.env.BASE_URL,
    programme: programme.name.ko,
    releases: releases
      .filter((r) => isPublic(r, asOf))
      .map((r) => ({
        id: r.id,
        title: r.data.title,
        date: kstText(r.data.date),
        source: path.relative(contentDir, path.resolve(r.filePath ?? path.join(contentDir, 'releases', r.id.slice(0, 4), `${r.id}.mdx`))).split(path.sep).join('/'),
      })),
    dataFiles: dataFilesOf(datasets),
  };
  return new Response(JSON.stringify(plan), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
