/**
 * Stops the build before anything is written when a content file is bad,
 * printing every problem in the portal's one format.
 */
import type { AstroIntegration } from 'astro';
import { loadContent } from '../content-io/load-content.ts';
import { formatProblem, hasErrors, sortProblems } from '../lib/problems.ts';

export function contentGate(contentDir: string, asOf: Date): AstroIntegration {
  return {
    name: 'portal:content-gate',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const { problems } = loadContent(contentDir, asOf);
        const lines = sortProblems(problems).map(formatProblem);
        if (!hasErrors(problems)) {
          for (const line of lines) logger.warn(line);
          return;
        }
        // Plain stderr, one problem a line, so CI annotations and people read the same text.
        const count = problems.filter((p) => p.severity === 'error').length;
        process.stderr.write(
          `\n콘텐츠 파일에 문제가 ${count}건 있어 빌드를 멈춥니다 (content errors, build stopped; nothing was written):\n${lines.join('\n')}\n\n`,
        );
        // Exit before Astro writes anything: a stack trace would only bury the list above.
        process.exit(1);
      },
    },
  };
}
