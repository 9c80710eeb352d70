import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const contentDir = path.resolve(process.env.BENCH_CONTENT_DIR || '../../content');

const releases = defineCollection({
  // The same glob loader options as the portal's releases collection.
  loader: glob({
    base: path.join(contentDir, 'releases'),
    pattern: '[0-9][0-9][0-9][0-9]/*.mdx',
    generateId: ({ entry }) => path.basename(entry, '.mdx').normalize('NFC'),
  }),
  schema: z.object({ title: z.string(), summary: z.string(), date: z.coerce.date() }).passthrough(),
});

export const collections = { releases };
