/**
 * npm run validate [-- --json] [-- --changed [REF]] [-- --content DIR]
 * Checks all content with the same schemas and cross-file rules as the build,
 * without building. Prints every problem at once; exit 1 when anything is wrong.
 * Only reads: it never changes a content file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { displayPath } from '../src/content-io/data-file.ts';
import { checkContent } from '../src/content-io/check-content.ts';
import { problemsOfChange } from '../src/foundation/changed-problems.ts';
import { toGithubAnnotation } from '../src/foundation/github-annotations.ts';
import { formatProblem, hasErrors, sortProblems, type Problem } from '../src/foundation/problems.ts';
import { readSiteEnv } from '../src/content-io/site-env.ts';
import { t } from '../src/i18n/index.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    github: { type: 'boolean', default: process.env['GITHUB_ACTIONS'] === 'true' },
    changed: { type: 'string' },
    content: { type: 'string' },
  },
  allowPositionals: false,
});

// `npm run validate | head` closes the pipe early: that is not an error of the content.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const env = readSiteEnv();
const contentDir = values.content ? path.resolve(values.content) : env.contentDir;

const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

/** Files changed against a git ref (default origin/main, else HEAD), as display paths. */
function changedFiles(ref: string): Set<string> {
  const output = git(['diff', '--name-only', '--relative', ref, '--'], process.cwd());
  const untracked = git(['ls-files', '--others', '--exclude-standard'], process.cwd());
  return new Set(`${output}\n${untracked}`.split('\n').filter(Boolean).map((file) => displayPath(path.resolve(file))));
}

/** The problems of the content folder as it was at `ref`, with paths shown as for the folder now. */
async function problemsAt(ref: string): Promise<Problem[]> {
  const top = git(['rev-parse', '--show-toplevel'], contentDir).trim();
  const inRepo = path.relative(top, contentDir);
  const scratch = mkdtempSync(path.join(tmpdir(), 'portal-validate-base-'));
  try {
    let archive: Buffer;
    try {
      archive = execFileSync('git', ['archive', '--format=tar', ref, '--', inRepo || '.'], { cwd: top, maxBuffer: 1024 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      return []; // the folder did not exist at `ref`: every problem is the change's
    }
    execFileSync('tar', ['-x', '-C', scratch], { input: archive });
    const baseDir = path.join(scratch, inRepo);
    const { problems } = await checkContent(baseDir, env.asOf, env.site);
    return problems.map((p) => ({ ...p, file: displayPath(path.join(contentDir, path.relative(baseDir, path.resolve(p.file)))) }));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const started = performance.now();
const { problems, releases } = await checkContent(contentDir, env.asOf, env.site);
let shown: Problem[] = sortProblems(problems);
if (values.changed !== undefined) {
  // Everything is checked; reported are the changed files' problems and those the change caused elsewhere.
  const ref = values.changed || 'HEAD';
  shown = problemsOfChange(shown, await problemsAt(ref), changedFiles(ref));
}
const seconds = (performance.now() - started) / 1000;

if (values.json) {
  process.stdout.write(`${JSON.stringify({ ok: !hasErrors(shown), problems: shown, releases: releases.length, seconds }, null, 2)}\n`);
} else {
  // In GitHub Actions each problem is also an annotation on its line of the pull request.
  for (const problem of shown) process.stdout.write(`${values.github ? toGithubAnnotation(problem) : formatProblem(problem)}\n`);
  const errors = shown.filter((p) => p.severity === 'error').length;
  const warnings = shown.length - errors;
  process.stdout.write(
    errors === 0
      ? `${t('cli.validateOk', { releases: releases.length, warnings, seconds: seconds.toFixed(2) })}\n`
      : `${t('cli.validateFailed', { errors, warnings })}\n`,
  );
}
process.exitCode = hasErrors(shown) ? 1 : 0;
