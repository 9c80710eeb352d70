/**
 * Reads the KPI data files of a content folder — budget.csv, matches.yaml and the
 * optional revisions.yaml — and finds the <Stat> uses in release bodies. A missing
 * budget.csv or matches.yaml means "no data yet" (the KPI pages show the empty state);
 * the real content commits both, the budget as its header row only.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { mdxToMdast } from 'satteri';
import type { Problem } from '../lib/problems.ts';
import type { BudgetRow } from '../schemas/budget.ts';
import type { Located, ReleaseEntry } from '../schemas/cross-file.ts';
import { matchesFileSchema, type MatchPair } from '../schemas/match.ts';
import { revisionsFileSchema, type Revision } from '../schemas/revision.ts';
import type { StatUse } from '../schemas/kpi-rules.ts';
import { parseBudgetCsv } from './budget-csv.ts';
import { displayPath, loadOptionalDataFile } from './data-file.ts';

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
  if (existsSync(budgetPath)) {
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

interface MdNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
  children?: MdNode[];
}

/** Every <Stat .../> in a release body, with its line in the file. Bodies that do not parse yield none (the body check reports them). */
export function findStatUses(release: ReleaseEntry & { body: string; bodyLine: number }): StatUse[] {
  if (!release.body.includes('<Stat')) return [];
  let tree: MdNode;
  try {
    tree = mdxToMdast(release.body) as unknown as MdNode;
  } catch {
    return [];
  }
  const uses: StatUse[] = [];
  const visit = (node: MdNode) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Stat') {
      const attributes: Record<string, string | null> = {};
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
        attributes[attribute.name] = typeof attribute.value === 'string' ? attribute.value : null;
      }
      const use: StatUse = { release, attributes };
      if (node.position) {
        use.line = node.position.start.line + release.bodyLine - 1;
        use.column = node.position.start.column;
      }
      uses.push(use);
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return uses;
}
