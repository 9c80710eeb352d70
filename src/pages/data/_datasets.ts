/** The open datasets of this build (shared by /data/ and its download endpoints). */
import { loadKpiInput } from '../../content-io/kpi-input.ts';
import { openDatasets, type OpenDataset } from '../../domain/kpi/datasets.ts';
import { kpiSnapshot } from '../../domain/kpi/snapshot.ts';
import { readSiteEnv } from '../../content-io/site-env.ts';

let cached: Promise<{ datasets: OpenDataset[]; updated: string }> | undefined;

export function getOpenDatasets(): Promise<{ datasets: OpenDataset[]; updated: string }> {
  cached ??= loadKpiInput().then((input) => {
    const snapshot = kpiSnapshot(input, readSiteEnv().asOf);
    return { datasets: openDatasets(input, snapshot), updated: snapshot.updated };
  });
  return cached;
}
