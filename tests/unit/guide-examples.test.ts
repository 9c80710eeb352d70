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
import { KPI_INFO, KPI_NAMES } from '../../src/schemas/kpi-names.ts';
import { SECTORS } from '../../src/schemas/organization.ts';
import { sectorLabel } from '../../src/domain/organizations.ts';

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

/** The rows of the table after `<!-- list: NAME -->` in the guide, as [first cell without backticks, second cell]. */
function guideList(name: string, text = guide): [string, string][] {
  const at = text.indexOf(`<!-- list: ${name} -->\n`);
  expect(at, `<!-- list: ${name} --> in the guide`).toBeGreaterThan(-1);
  const lines = text.slice(at).split('\n').slice(1);
  const table = lines.slice(0, lines.findIndex((line) => !line.startsWith('|')));
  return table.slice(2).map((line) => {
    const [first = '', second = ''] = line.split('|').slice(1, -1).map((cell) => cell.trim());
    return [first.replace(/^`|`$/g, ''), second];
  });
}

describe('the guide\'s lists are the portal\'s own (issue 13: they cannot go stale)', () => {
  it('<Stat> KPI ids: every id content may use, with its label and meaning, in order', () => {
    expect(guideList('kpi-ids')).toEqual(KPI_NAMES.map((id) => [id, `${KPI_INFO[id].label} — ${KPI_INFO[id].description}`]));
  });
  it('sector codes: every code the organisation schema accepts, with the Korean name the site shows', () => {
    expect(guideList('sectors')).toEqual(SECTORS.map((code) => [code, sectorLabel(code)]));
  });
  it('a list that drifts from the code is caught (a row left out, a name changed)', () => {
    const expected = SECTORS.map((code) => [code, sectorLabel(code)]);
    expect(guideList('sectors', guide.replace('| `bio` | 바이오 |\n', ''))).not.toEqual(expected);
    expect(guideList('sectors', guide.replace('| `pharma` | 의약 |', '| `pharma` | 제약 |'))).not.toEqual(expected);
  });
  it('explains the git words it uses', () => {
    const glossary = guide.slice(guide.indexOf('## 14. git 낱말 풀이'));
    for (const word of ['브랜치', '커밋', 'pull request', '되돌리기', 'revert', '병합']) expect(glossary, word).toMatch(new RegExp(`^\\| [^|]*${word}`, 'm'));
  });
});
