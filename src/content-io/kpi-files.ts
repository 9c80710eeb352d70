/**
 * Reads the KPI data files of a content folder — budget.csv, matches.yaml and the
 * optional revisions.yaml — and finds the <Stat> uses in release bodies. A missing
 * budget.csv or matches.yaml means "no data yet" (the KPI pages show the empty state);
 * the real content commits both, the budget as its header row only.
 */
import { problemText } from '../i18n/index.ts';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ElementContent, Root, RootContent } from 'hast';
import type { BudgetRow } from '../schemas/budget.ts';
import { matchesFileSchema, type MatchPair } from '../schemas/match.ts';
import { revisionsFileSchema, type Revision } from '../schemas/revision.ts';
import type { StatUse } from '../rules/kpi-content.ts';
import { parseBudgetCsv } from './budget-csv.ts';
import { displayPath, loadOptionalDataFile, TEXT_FILE_LIMIT } from './data-file.ts';
import { formatFileSize } from '../domain/attachments.ts';
import { FILE_FIELD, type Problem } from '../foundation/problems.ts';
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
  const budgetStat = existsSync(budgetPath) ? lstatSync(budgetPath) : undefined;
  if (budgetStat && !budgetStat.isFile() && !budgetStat.isSymbolicLink()) {
    problems.push({ file: displayPath(budgetPath), field: FILE_FIELD, severity: 'error', ...problemText('content.folderNotFile') });
    out.complete = false;
  } else if (budgetStat?.isFile() && budgetStat.size > TEXT_FILE_LIMIT) {
    problems.push({ file: displayPath(budgetPath), field: FILE_FIELD, severity: 'error', ...problemText('content.tooLarge', { size: formatFileSize(budgetStat.size), limit: formatFileSize(TEXT_FILE_LIMIT) }) });
    out.complete = false;
  } else if (budgetStat?.isFile()) {
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
  // An explicit stack, not recursion: a body nested too deep is reported by the body check, not a crash here.
  const stack: (Root | RootContent | ElementContent)[] = release.tree ? [release.tree] : [];
  while (stack.length > 0) {
    const node = stack.pop() as Root | RootContent | ElementContent;
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
    if ('children' in node) stack.push(...[...(node.children as ElementContent[])].reverse());
  }
  return uses;
}
