/** The KPI rules in one call: budget, pairs, revisions, and every <Stat> against the as-of snapshot. Pure. */
import type { Problem } from '../foundation/problems.ts';
import { kpiSnapshot } from '../domain/kpi/snapshot.ts';
import type { KpiInput } from '../domain/kpi/types.ts';
import { checkBudget } from './budget-rules.ts';
import type { KpiContentSet } from './kpi-content.ts';
import { checkMatches } from './pair-rules.ts';
import { checkRevisions } from './revision-rules.ts';
import { checkStat } from './stat-rules.ts';

export function checkKpiRules(set: KpiContentSet): Problem[] {
  const problems: Problem[] = [];
  const programme = set.programme?.data;
  if (set.budget && programme) problems.push(...checkBudget(set.budget, programme));
  if (set.matches) problems.push(...checkMatches(set, set.matches));
  if (set.revisions) problems.push(...checkRevisions(set, set.revisions));
  const input: KpiInput | undefined =
    programme && set.organizations && set.dataComplete && problems.length === 0
      ? {
          programme,
          organizations: set.organizations.data,
          budget: set.budget?.data ?? [],
          matches: set.matches?.data ?? [],
          revisions: set.revisions?.data ?? [],
        }
      : undefined;
  const snapshot = input ? kpiSnapshot(input, set.asOf) : undefined;
  for (const use of set.stats) problems.push(...checkStat(use, snapshot));
  return problems;
}
