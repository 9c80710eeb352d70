/**
 * The KPI input from the content collections, for pages and components:
 *   const snapshot = kpiSnapshot(await loadKpiInput(), readSiteEnv().asOf);
 * Only for .astro pages and endpoints (it uses astro:content); the content gate has
 * already checked every file with the same schemas and rules.
 */
import { getCollection } from 'astro:content';
import type { KpiInput } from '../lib/kpi/types.ts';

let cached: Promise<KpiInput> | undefined;

async function read(): Promise<KpiInput> {
  const [programme] = await getCollection('programme');
  if (!programme) throw new Error('programme.yaml is missing from the programme collection');
  const organizations = await getCollection('organizations');
  const budget = await getCollection('budget');
  const matches = await getCollection('matches');
  const revisions = await getCollection('revisions');
  return {
    programme: programme.data,
    organizations: organizations.map((entry) => entry.data),
    budget: budget
      .map(({ data }) => ({ month: data.month, source: data.source, planned: data.planned, executed: data.executed, note: data.note }))
      .sort((a, b) => a.month.localeCompare(b.month) || a.source.localeCompare(b.source)),
    matches: matches.map((entry) => entry.data),
    revisions: revisions.map((entry) => entry.data),
  };
}

export function loadKpiInput(): Promise<KpiInput> {
  cached ??= read();
  return cached;
}
