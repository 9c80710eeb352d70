/**
 * How each budget source is drawn, the one rule for the split bar of the home and about pages
 * (BudgetSummary.astro) and the KPI chart by source (view/budget.ts): a colour of its own and a
 * pattern (bar) or dash and point shape (line) of its own, so 국비, 지방비 and 민간 never read as
 * one block, in grey print or for a colour-blind reader. By the source's place in programme.yaml:
 * itemised sources take the colours and patterns in turn; a share not itemised (미공개/기타) is
 * always grey and hatched, so it never looks like a known source. Pure.
 */
import type { SeriesMark } from './kpi/chart-spec.ts';

export type SourcePattern = 'solid' | 'hatch' | 'dots' | 'cross';

export interface SourceMark {
  /** The colour's slot: 1–4 for itemised sources (tokens `--source-1` …), 0 for what is not itemised. */
  colour: 0 | 1 | 2 | 3 | 4;
  pattern: SourcePattern;
  /** The line chart's palette role for the same colour. */
  role: 'series1' | 'series2' | 'series3' | 'series4';
  line: SeriesMark;
}

const KNOWN: readonly Omit<SourceMark, 'colour' | 'role'>[] = [
  { pattern: 'solid', line: { dash: [], point: 'circle' } },
  { pattern: 'hatch', line: { dash: [8, 4], point: 'rect' } },
  { pattern: 'dots', line: { dash: [2, 3], point: 'triangle' } },
  { pattern: 'cross', line: { dash: [10, 3, 2, 3], point: 'crossRot' } },
];
const ROLES = ['series1', 'series2', 'series3', 'series4'] as const;

export function budgetSourceMarks(sources: readonly { itemised: boolean }[]): SourceMark[] {
  let known = 0;
  return sources.map((source) => {
    if (!source.itemised) return { colour: 0, pattern: 'hatch', role: 'series4', line: { dash: [3, 3], point: 'rectRot' } };
    const slot = known % KNOWN.length;
    known += 1;
    const mark = KNOWN[slot] ?? KNOWN[0]!;
    return { colour: (slot + 1) as 1 | 2 | 3 | 4, pattern: mark.pattern, role: ROLES[slot] ?? 'series1', line: mark.line };
  });
}
