/**
 * The releases collection: every file read and checked by the content gate's own reader
 * (`readReleases`), its body rendered from the checked tree (src/domain/body-html.ts). No body is
 * compiled to a module or evaluated, in the build or in the dev server. Under `npm run dev`
 * a changed release file reloads the collection; a release whose file has problems is stored
 * without HTML and its problems, which the release page shows as Astro's error overlay.
 */
import { t } from '../i18n/index.ts';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { renderBodyHtml } from '../domain/body-html.ts';
import { formatProblem } from '../foundation/problems.ts';
import { organizationsFileSchema } from '../schemas/organization.ts';
import { loadDataFile } from './data-file.ts';
import { linkBasis, readReleases } from './load-content.ts';
import { LOCAL_ORIGIN } from './site-env.ts';

export function releasesLoader(contentDir: string): Loader {
  const releasesDir = path.join(contentDir, 'releases');
  return {
    name: 'portal:releases',
    load: async ({ store, config, watcher, logger }) => {
      const sync = () => {
        const options = { base: config.base, site: config.site ?? LOCAL_ORIGIN };
        const organizations = loadDataFile(path.join(contentDir, 'organizations.yaml'), organizationsFileSchema, []);
        const { releases, problems } = readReleases(contentDir, linkBasis(organizations?.data, { origin: new URL(options.site).origin, base: options.base }));
        store.clear();
        for (const release of releases) {
          const own = problems.filter((problem) => problem.file === release.file && problem.severity === 'error');
          const html = own.length === 0 && release.tree ? renderBodyHtml(release.tree, options) : '';
          store.set({
            id: release.id,
            data: release.data,
            body: release.body,
            filePath: path.relative(process.cwd(), path.join(releasesDir, release.folderYear, `${release.id}.mdx`)),
            rendered: { html, metadata: { problems: own.map(formatProblem) } },
          });
        }
        return problems.length;
      };
      sync();
      if (!watcher) return;
      watcher.add(releasesDir);
      const reload = (changed: string) => {
        if (!path.resolve(changed).startsWith(releasesDir + path.sep)) return;
        const count = sync();
        logger.info(count === 0 ? t('dev.releasesReloaded') : t('dev.releasesProblems', { count }));
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, reload);
    },
  };
}
