/**
 * The editing guide's examples are real files (docs/examples/) that must pass
 * the same checks as content, and the guide must show them exactly as they are.
 */
import { appendFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content-io/load-content.ts';
import { formatProblem } from '../../src/foundation/problems.ts';
import { writeContent } from '../helpers/fixture-content.ts';
import { REAL_CONTENT, REPO_ROOT } from '../helpers/paths.ts';
import { DURING } from '../helpers/instants.ts';

const guide = readFileSync(path.join(REPO_ROOT, 'docs/편집-가이드.md'), 'utf8');
const example = (name: string) => readFileSync(path.join(REPO_ROOT, 'docs/examples', name), 'utf8');

describe('the editing guide', () => {
  it('shows every example file exactly as it is on disk', () => {
    const blocks = [...guide.matchAll(/<!-- example: (docs\/examples\/[^ ]+) -->\n```[a-z]*\n([\s\S]*?)```/g)];
    expect(blocks.map((b) => b[1])).toEqual(['docs/examples/release.mdx', 'docs/examples/budget.csv', 'docs/examples/organization.yaml', 'docs/examples/matches.yaml']);
    for (const [, file, shown] of blocks) expect(shown).toBe(readFileSync(path.join(REPO_ROOT, file ?? ''), 'utf8'));
  });

  it('has examples that pass validation when added to the real content', () => {
    const dir = writeContent('guide', []);
    cpSync(REAL_CONTENT, dir, { recursive: true });
    appendFileSync(path.join(dir, 'organizations.yaml'), `\n${example('organization.yaml')}`);
    appendFileSync(path.join(dir, 'matches.yaml'), `\n${example('matches.yaml')}`);
    writeFileSync(path.join(dir, 'budget.csv'), example('budget.csv'));
    const releaseDir = path.join(dir, 'releases/2026');
    mkdirSync(releaseDir, { recursive: true });
    writeFileSync(path.join(releaseDir, '2026-12-01-2cha-maechingdei.mdx'), example('release.mdx'));
    const { problems, releases } = loadContent(dir, DURING);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(releases.map((r) => r.id)).toContain('2026-12-01-2cha-maechingdei');
  });
});
