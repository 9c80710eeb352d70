/**
 * The KPI snapshot the pages and cards show, computed once per build from the
 * content and the build's as-of time (src/site-env.ts). The content gate has already
 * checked every file with the schemas and the cross-file rules before pages render.
 */
import { loadKpiFiles } from '../../content-io/kpi-files.ts';
import { kpiSnapshot } from '../../lib/kpi/snapshot.ts';
import type { KpiInput, KpiSnapshot } from '../../lib/kpi/types.ts';
import type { Problem } from '../../lib/problems.ts';
import { asOf, getOrganizations, getProgramme } from '../../site-data.ts';
import { readSiteEnv } from '../../site-env.ts';

let cached: Promise<KpiSnapshot> | undefined;

async function input(): Promise<KpiInput> {
  const programme = await getProgramme();
  const organizations = [...(await getOrganizations()).values()];
  const problems: Problem[] = [];
  const files = loadKpiFiles(readSiteEnv().contentDir, problems);
  if (!files.complete) throw new Error(`성과지표 자료를 읽지 못했습니다 (KPI data unreadable): ${problems.map((p) => `${p.file} ${p.ko}`).join('; ')}`);
  return {
    programme,
    organizations,
    budget: files.budget?.data ?? [],
    matches: files.matches?.data ?? [],
    revisions: files.revisions?.data ?? [],
  };
}

export function getKpiSnapshot(): Promise<KpiSnapshot> {
  cached ??= input().then((data) => kpiSnapshot(data, asOf));
  return cached;
}
