/**
 * The policy pages collection: read and checked by the content gate's reader (src/content-io/pages.ts),
 * rendered from the checked tree like release bodies. Under `npm run dev` a changed page reloads, and a
 * page with problems is stored without HTML and shows them as the error overlay.
 */
import { t } from '../i18n/index.ts';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { renderBodyHtml } from '../domain/body-html.ts';
import { formatProblem } from '../foundation/problems.ts';
import { organizationsFileSchema } from '../schemas/organization.ts';
import { loadDataFile } from './data-file.ts';
import { linkBasis, readReleases } from './load-content.ts';
import { PAGES_DIR, readPages } from './pages.ts';
import { LOCAL_ORIGIN } from './site-env.ts';

export function pagesLoader(contentDir: string, asOf: Date): Loader {
  const pagesDir = path.join(contentDir, PAGES_DIR);
  return {
    name: 'portal:pages',
    load: async ({ store, config, watcher, logger }) => {
      const options = { base: config.base, site: config.site ?? LOCAL_ORIGIN };
      const sync = () => {
        // The build's content gate has checked the links; the dev server checks them on every change.
        const links = watcher
          ? {
              context: readReleases(contentDir, linkBasis(loadDataFile(path.join(contentDir, 'organizations.yaml'), organizationsFileSchema, [])?.data, { origin: new URL(options.site).origin, base: options.base })).links,
              asOf,
            }
          : undefined;
        const { pages, problems } = readPages(contentDir, links);
        store.clear();
        for (const page of pages) {
          const own = problems.filter((problem) => problem.file === page.file && problem.severity === 'error');
          // Astro's Markdown renderer ended its output with a line break; the pages keep their bytes.
          const html = own.length === 0 && page.tree ? `${renderBodyHtml(page.tree, options)}\n` : '';
          store.set({ id: page.slug, data: page.data, body: page.body, filePath: path.relative(process.cwd(), path.join(pagesDir, `${page.slug}.md`)), rendered: { html, metadata: { problems: own.map(formatProblem) } } });
        }
        return problems.length;
      };
      sync();
      if (!watcher) return;
      watcher.add(pagesDir);
      const reload = (changed: string) => {
        if (!path.resolve(changed).startsWith(pagesDir + path.sep)) return;
        const count = sync();
        logger.info(count === 0 ? t('dev.pagesReloaded') : t('dev.pagesProblems', { count }));
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, reload);
    },
  };
}
