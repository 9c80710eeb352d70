/** The KPI snapshot a built site's pages should show: its content loaded at its as-of instant, outside Astro. */
import { loadContent } from '../../src/content-io/load-content.ts';
import { kpiSnapshot } from '../../src/domain/kpi/snapshot.ts';
import type { KpiSnapshot } from '../../src/domain/kpi/types.ts';
import { parseAsOf } from '../../src/foundation/as-of.ts';

export function snapshotOf(content: string, asOf: string): KpiSnapshot {
  const loaded = loadContent(content, parseAsOf(asOf));
  if (!loaded.programme || !loaded.organizations) throw new Error(`${content} does not load`);
  return kpiSnapshot(
    {
      programme: loaded.programme.data,
      organizations: loaded.organizations.data,
      budget: loaded.budget?.data ?? [],
      matches: loaded.matches?.data ?? [],
      revisions: loaded.revisions?.data ?? [],
    },
    parseAsOf(asOf),
  );
}
