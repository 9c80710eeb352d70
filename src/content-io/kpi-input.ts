/**
 * The KPI input for pages and components (programme and organisations from the collections):
 *   const snapshot = kpiSnapshot(await loadKpiInput(), readSiteEnv().asOf);
 * Only for .astro pages and endpoints (it uses astro:content); the content gate has
 * already checked every file with the same schemas and rules.
 */
import { getCollection } from 'astro:content';
import type { KpiInput } from '../domain/kpi/types.ts';
import type { Problem } from '../foundation/problems.ts';
import { readSiteEnv } from './site-env.ts';
import { loadKpiFiles } from './kpi-files.ts';

let cached: Promise<KpiInput> | undefined;

async function read(): Promise<KpiInput> {
  const [programme] = await getCollection('programme');
  if (!programme) throw new Error('programme.yaml is missing from the programme collection');
  const organizations = await getCollection('organizations');
  // The KPI files through the content gate's own reader: the same rows, and no
  // "empty collection" notices while the budget has no rows yet.
  const problems: Problem[] = [];
  const files = loadKpiFiles(readSiteEnv().contentDir, problems);
  if (!files.complete) throw new Error(`성과지표 자료를 읽지 못했습니다 (KPI data unreadable): ${problems.map((p) => `${p.file}:${p.line ?? ''} ${p.ko}`).join('; ')}`);
  return {
    programme: programme.data,
    organizations: organizations.map((entry) => entry.data),
    budget: [...(files.budget?.data ?? [])].sort((a, b) => a.month.localeCompare(b.month) || a.source.localeCompare(b.source)),
    matches: files.matches?.data ?? [],
    revisions: files.revisions?.data ?? [],
  };
}

export function loadKpiInput(): Promise<KpiInput> {
  cached ??= read();
  return cached;
}
