/**
 * Reads the KPI data files of a content folder — budget.csv, matches.yaml and the
 * optional revisions.yaml — and finds the <Stat> uses in release bodies. A missing
 * budget.csv or matches.yaml means "no data yet" (the KPI pages show the empty state);
 * the real content commits both, the budget as its header row only.
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ElementContent, Root, RootContent } from 'hast';
import type { Problem } from '../foundation/problems.ts';
import type { BudgetRow } from '../schemas/budget.ts';
import { matchesFileSchema, type MatchPair } from '../schemas/match.ts';
import { revisionsFileSchema, type Revision } from '../schemas/revision.ts';
import type { StatUse } from '../rules/kpi-rules.ts';
import { parseBudgetCsv } from './budget-csv.ts';
import { displayPath, loadOptionalDataFile } from './data-file.ts';
import type { Located } from '../foundation/located.ts';
import type { ReleaseEntry } from '../schemas/release.ts';

export const KPI_FILES = { budget: 'budget.csv', matches: 'matches.yaml', revisions: 'revisions.yaml' } as const;

export interface KpiFiles {
  budget?: Located<BudgetRow[]>;
  matches?: Located<MatchPair[]>;
  revisions?: Located<Revision[]>;
  /** False when a present file failed to read. */
  complete: boolean;
}

export function loadKpiFiles(contentDir: string, problems: Problem[]): KpiFiles {
  const out: KpiFiles = { complete: true };
  const budgetPath = path.join(contentDir, KPI_FILES.budget);
  // A link is never followed (content-tree.ts reports it).
  if (existsSync(budgetPath) && !lstatSync(budgetPath).isSymbolicLink()) {
    const file = displayPath(budgetPath);
    const csv = parseBudgetCsv(readFileSync(budgetPath), file);
    problems.push(...csv.problems);
    if (csv.problems.length > 0) out.complete = false;
    else out.budget = { file, data: csv.rows, locate: csv.locate };
  }
  const matches = loadOptionalDataFile(path.join(contentDir, KPI_FILES.matches), matchesFileSchema, problems);
  if (matches === false) out.complete = false;
  else if (matches) out.matches = matches;
  const revisions = loadOptionalDataFile(path.join(contentDir, KPI_FILES.revisions), revisionsFileSchema, problems);
  if (revisions === false) out.complete = false;
  else if (revisions) out.revisions = revisions;
  return out;
}

/** Every <Stat .../> in a checked release body, with its line in the file. */
export function findStatUses(release: ReleaseEntry & { tree: Root | undefined; bodyLine: number }): StatUse[] {
  const uses: StatUse[] = [];
  const visit = (node: Root | RootContent | ElementContent) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Stat') {
      const attributes: Record<string, string | null> = {};
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute') continue;
        attributes[attribute.name] = typeof attribute.value === 'string' ? attribute.value : null;
      }
      const use: StatUse = { release, attributes };
      if (node.position) {
        use.line = node.position.start.line + release.bodyLine - 1;
        use.column = node.position.start.column;
      }
      uses.push(use);
    }
    if ('children' in node) (node.children as ElementContent[]).forEach(visit);
  };
  if (release.tree) visit(release.tree);
  return uses;
}
