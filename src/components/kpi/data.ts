/**
 * The KPI snapshot the pages and cards show, computed once per build from the
 * content collections (src/content.config.ts) and the build's as-of time
 * (src/content-io/site-env.ts). The content gate has already checked every file.
 */
import { getCollection } from 'astro:content';
import { kpiSnapshot } from '../../domain/kpi/snapshot.ts';
import type { BudgetRow, KpiInput, KpiSnapshot } from '../../domain/kpi/types.ts';
import { asOf, getOrganizations, getProgramme } from '../../content-io/site-data.ts';

let cached: Promise<KpiSnapshot> | undefined;

async function input(): Promise<KpiInput> {
  const [programme, organizations, budget, matches, revisions] = await Promise.all([
    getProgramme(),
    getOrganizations(),
    getCollection('budget'),
    getCollection('matches'),
    getCollection('revisions'),
  ]);
  return {
    programme,
    organizations: [...organizations.values()],
    budget: budget.map((entry): BudgetRow => ({
      month: entry.data.month,
      source: entry.data.source,
      planned: entry.data.planned,
      executed: entry.data.executed,
      note: entry.data.note,
    })),
    matches: matches.map((entry) => entry.data),
    revisions: revisions.map((entry) => entry.data),
  };
}

export function getKpiSnapshot(): Promise<KpiSnapshot> {
  cached ??= input().then((data) => kpiSnapshot(data, asOf));
  return cached;
}
