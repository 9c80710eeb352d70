/** The one place where content is typed: collections over the content folder. */
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { readYamlValue } from './content-io/yaml-source.ts';
import { releasesLoader } from './content-io/releases-loader.ts';
import { organizationSchema } from './schemas/organization.ts';
import { pageSchema } from './schemas/page.ts';
import { programmeSchema } from './schemas/programme.ts';
import { releaseSchema } from './schemas/release.ts';
import { readSiteEnv } from './content-io/site-env.ts';
import { existsSync, readFileSync } from 'node:fs';
import { parseBudgetCsv } from './content-io/budget-csv.ts';
import { budgetEntrySchema } from './schemas/budget.ts';
import { matchPairSchema } from './schemas/match.ts';
import { revisionSchema } from './schemas/revision.ts';
import { z } from 'astro/zod';
import { attachmentImagesLoader } from './content-io/attachment-images.ts';
import { pressSchema } from './schemas/press.ts';

// The content gate (src/integrations/content-gate.ts) has already checked every file
// with the same schemas and the cross-file rules before these loaders run.
const { contentDir, asOf } = readSiteEnv();

/** Releases: read and checked by the content gate's reader, bodies rendered from the checked tree (never compiled). */
const releases = defineCollection({ loader: releasesLoader(contentDir), schema: releaseSchema });

/** YAML through the portal's own reader: YAML 1.2 core schema, so bare dates stay KST days. */
function yamlLoader(file: string, toEntries: (value: unknown) => { id: string; data: Record<string, unknown> }[]): Loader {
  return {
    name: `portal:${file}`,
    load: async ({ store, parseData }) => {
      store.clear();
      for (const entry of toEntries(readYamlValue(path.join(contentDir, file)))) {
        store.set({ id: entry.id, data: await parseData(entry) });
      }
    },
  };
}

const programme = defineCollection({
  loader: yamlLoader('programme.yaml', (value) => [{ id: 'programme', data: value as Record<string, unknown> }]),
  schema: programmeSchema,
});

const organizations = defineCollection({
  loader: yamlLoader('organizations.yaml', (value) =>
    (value as Record<string, unknown>[]).map((data) => ({ id: String(data['id']), data })),
  ),
  schema: organizationSchema,
});

/** Short site pages (policies): content/pages/<slug>.md, the slug being the file name. */
const pages = defineCollection({
  loader: glob({ base: path.join(contentDir, 'pages'), pattern: '*.md' }),
  schema: pageSchema,
});

/** KPI data: budget.csv rows (id `YYYY-MM-source`), matched pairs, revisions. A missing file is an empty collection. */
const budget = defineCollection({
  loader: {
    name: 'portal:budget.csv',
    load: async ({ store, parseData }) => {
      store.clear();
      const absolute = path.join(contentDir, 'budget.csv');
      if (!existsSync(absolute)) return;
      for (const row of parseBudgetCsv(readFileSync(absolute), 'budget.csv').rows) {
        const id = `${row.month}-${row.source}`;
        const data = Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined));
        store.set({ id, data: await parseData({ id, data }) });
      }
    },
  },
  schema: budgetEntrySchema,
});

function optionalYamlList(): (value: unknown) => { id: string; data: Record<string, unknown> }[] {
  return (value) => ((value ?? []) as Record<string, unknown>[]).map((data, index) => ({ id: String(data['id'] ?? index), data }));
}

function optionalYamlLoader(file: string): Loader {
  const inner = yamlLoader(file, optionalYamlList());
  return {
    name: inner.name,
    load: async (context) => {
      if (!existsSync(path.join(contentDir, file))) {
        context.store.clear();
        return;
      }
      await inner.load(context);
    },
  };
}

const matches = defineCollection({ loader: optionalYamlLoader('matches.yaml'), schema: matchPairSchema });
const revisions = defineCollection({ loader: optionalYamlLoader('revisions.yaml'), schema: revisionSchema });

/** Image attachments of published releases, through Astro's image pipeline (src/content-io/attachment-images.ts). */
const attachmentImages = defineCollection({
  loader: attachmentImagesLoader(contentDir, asOf, import.meta.env.DEV),
  schema: ({ image }) => z.object({ image: image() }),
});

/** content/press.yaml, the /press/ page; a missing file is an empty collection (the page then names the operator). */
const press = defineCollection({
  loader: {
    name: 'portal:press.yaml',
    load: async ({ store, parseData }) => {
      store.clear();
      const absolute = path.join(contentDir, 'press.yaml');
      if (!existsSync(absolute)) return;
      store.set({ id: 'press', data: await parseData({ id: 'press', data: readYamlValue(absolute) as Record<string, unknown> }) });
    },
  },
  schema: pressSchema,
});

export const collections = { releases, programme, organizations, pages, budget, matches, revisions, attachmentImages, press };
