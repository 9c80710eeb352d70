/**
 * The one place where content is typed: collections over the content folder. Every file is read
 * by the portal's own readers (YAML 1.2, the budget CSV reader), the same ones the content gate
 * checked it with; data files come through Astro's `file()` loader, so `npm run dev` reloads them.
 * Pages read the collections through one module, src/content-io/site-data.ts.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { file, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { attachmentImagesLoader } from './content-io/attachment-images.ts';
import { parseBudgetCsvText } from './content-io/budget-csv.ts';
import { pagesLoader } from './content-io/pages-loader.ts';
import { releasesLoader } from './content-io/releases-loader.ts';
import { readSiteEnv } from './content-io/site-env.ts';
import { yamlValue } from './content-io/yaml-source.ts';
import { budgetRowSchema } from './schemas/budget.ts';
import { matchesFileSchema } from './schemas/match.ts';
import { organizationsFileSchema } from './schemas/organization.ts';
import { pageSchema } from './schemas/page.ts';
import { pressSchema } from './schemas/press.ts';
import { programmeSchema } from './schemas/programme.ts';
import { releaseSchema } from './schemas/release.ts';
import { revisionsFileSchema } from './schemas/revision.ts';

// The content gate (src/integrations/content-gate.ts) has already checked every file
// with the same readers, schemas and cross-file rules before these loaders run.
const { contentDir, asOf } = readSiteEnv();

/**
 * A data file as one entry whose id is the file's name, read by `read` and watched by Astro's
 * `file()` loader. A file that may be left out is an empty collection while it is missing.
 */
function dataFile(name: string, read: (text: string, file: string) => unknown): Loader {
  const absolute = path.join(contentDir, name);
  const id = path.basename(name).replace(/\.[a-z]+$/, '');
  const inner = file(absolute, { parser: (text) => ({ [id]: read(text.replace(/^\uFEFF/, '').normalize('NFC'), absolute) as Record<string, unknown> }) });
  return {
    name: `portal:${name}`,
    load: async (context) => {
      if (!existsSync(absolute)) {
        context.store.clear();
        return;
      }
      await inner.load(context);
    },
  };
}

/** A YAML file's value wrapped as `{ [key]: value }` when the schema's value is a list. */
const yaml = (key?: string) => (text: string, source: string) => {
  const value = yamlValue(text, source);
  return key ? { [key]: value } : value;
};

const releases = defineCollection({ loader: releasesLoader(contentDir), schema: releaseSchema });

const programme = defineCollection({ loader: dataFile('programme.yaml', yaml()), schema: programmeSchema });

const organizations = defineCollection({
  loader: dataFile('organizations.yaml', yaml('list')),
  schema: z.object({ list: organizationsFileSchema }),
});

/** content/budget.csv: every row, in the one row shape (src/schemas/budget.ts). */
const budget = defineCollection({
  loader: dataFile('budget.csv', (text, source) => {
    const csv = parseBudgetCsvText(text, source);
    if (csv.problems.length > 0) throw new Error(csv.problems.map((p) => `${p.file}:${p.line ?? ''} ${p.ko}`).join('\n'));
    return { rows: csv.rows };
  }),
  schema: z.object({ rows: z.array(budgetRowSchema) }),
});

const matches = defineCollection({ loader: dataFile('matches.yaml', yaml('pairs')), schema: z.object({ pairs: matchesFileSchema }) });
const revisions = defineCollection({ loader: dataFile('revisions.yaml', yaml('list')), schema: z.object({ list: revisionsFileSchema }) });
const press = defineCollection({ loader: dataFile('press.yaml', yaml()), schema: pressSchema });

/** The policy pages, content/pages/<slug>.md: checked like release bodies, rendered from the checked tree. */
const pages = defineCollection({ loader: pagesLoader(contentDir, asOf), schema: pageSchema });

/** Image attachments of published releases, through Astro's image pipeline (src/content-io/attachment-images.ts). */
const attachmentImages = defineCollection({
  loader: attachmentImagesLoader(contentDir, asOf, import.meta.env.DEV),
  schema: ({ image }) => z.object({ image: image() }),
});

export const collections = { releases, programme, organizations, pages, budget, matches, revisions, attachmentImages, press };
