/**
 * Stops the build before anything is written when a content file is bad, printing every
 * problem in the portal's one format. The dev server keeps running: it reports the problems,
 * and a release with problems shows them as the error overlay instead of its page.
 */
import { t } from '../i18n/index.ts';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent } from '../content-io/check-content.ts';
import type { SiteEnv } from '../content-io/site-env.ts';
import { formatProblem, hasErrors, sortProblems } from '../foundation/problems.ts';

export function contentGate({ contentDir, asOf, site }: SiteEnv): AstroIntegration {
  let gateCommand: 'dev' | 'build' | 'preview' | 'sync' = 'build';
  return {
    name: 'portal:content-gate',
    hooks: {
      // After every integration's setup (the atomic publisher has restored a published site a
      // killed build left half-swapped) and before anything is rendered or written.
      'astro:config:setup': ({ command }) => {
        gateCommand = command;
      },
      'astro:config:done': async ({ logger }) => {
        const command = gateCommand;
        if (command === 'preview') return;
        const { problems } = await checkContent(contentDir, asOf, site);
        const lines = sortProblems(problems).map(formatProblem);
        if (!hasErrors(problems)) {
          for (const line of lines) logger.warn(line);
          return;
        }
        const count = problems.filter((p) => p.severity === 'error').length;
        if (command === 'dev') {
          for (const line of lines) logger.error(line);
          return;
        }
        // Plain stderr, one problem a line, so CI annotations and people read the same text.
        process.stderr.write(`\n${t('build.gateStopped', { count })}\n${lines.join('\n')}\n\n`);
        throw new AstroError(t('build.gateError', { count }), t('build.gateHint'));
      },
    },
  };
}
