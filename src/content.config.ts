/** The one place where content is typed: collections over the content folder. */
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { readYamlValue } from './content-io/yaml-source.ts';
import { organizationSchema } from './schemas/organization.ts';
import { pageSchema } from './schemas/page.ts';
import { programmeSchema } from './schemas/programme.ts';
import { releaseSchema } from './schemas/release.ts';
import { readSiteEnv } from './site-env.ts';

// The content gate (src/integrations/content-gate.ts) has already checked every file
// with the same schemas and the cross-file rules before these loaders run.
const { contentDir } = readSiteEnv();

const releases = defineCollection({
  loader: glob({
    base: path.join(contentDir, 'releases'),
    pattern: '[0-9][0-9][0-9][0-9]/*.mdx',
    // The file name is the permanent URL slug: never derived from the title.
    generateId: ({ entry }) => path.basename(entry, '.mdx').normalize('NFC'),
  }),
  schema: releaseSchema,
});

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

export const collections = { releases, programme, organizations, pages };
