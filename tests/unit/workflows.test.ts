/**
 * The GitHub workflow files cannot run here; they are checked against GitHub's own
 * published workflow schema (the one in @actions/workflow-parser, used by the
 * GitHub Actions editor tooling) so a typo does not wait for the first pull request.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.ts';

const dir = path.join(REPO_ROOT, '.github/workflows');
const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));

const errorsOf = (name: string, content: string) =>
  parseWorkflow({ name, content }, new NoOperationTraceWriter()).context.errors.getErrors().map((e) => e.message);

describe('GitHub workflow files', () => {
  it('are there: pull-request checks and deploy', () => {
    expect(files.sort()).toEqual(['deploy.yml', 'pull-request.yml']);
  });
  it.each(files)('%s follows the workflow schema', (file) => {
    expect(errorsOf(file, readFileSync(path.join(dir, file), 'utf8'))).toEqual([]);
  });
  it('the schema check catches a broken workflow', () => {
    expect(errorsOf('bad.yml', 'on: push\njobs:\n  x:\n    runs-onn: ubuntu-latest\n    steps: []\n').length).toBeGreaterThan(0);
  });
  it('the pull-request workflow validates changed files with annotations, tests and uploads a preview', () => {
    const text = readFileSync(path.join(dir, 'pull-request.yml'), 'utf8');
    expect(text).toContain('npm run validate -- --changed');
    expect(text).toContain('--github');
    expect(text).toContain('npm test');
    expect(text).toContain('actions/upload-artifact');
  });
  it('the deploy workflow rebuilds every hour', () => {
    expect(readFileSync(path.join(dir, 'deploy.yml'), 'utf8')).toMatch(/cron: '\d+ \* \* \* \*'/);
  });
});
