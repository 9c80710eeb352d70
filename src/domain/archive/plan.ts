/**
 * What goes into /data/archive.zip, decided from the site's data (the releases public at the
 * as-of instant, the datasets) so the /data/ page and the build step read one list. Pure.
 */
import type { OpenDataset } from '../kpi/datasets.ts';
import { DOWNLOAD_FORMATS } from '../kpi/datasets.ts';
import type { ReleaseRow } from '../releases-dataset.ts';

/** The build step's input, written by /data/archive-plan.json (removed from the output once read). */
export interface ArchivePlan {
  /** The archive's record date: the latest dated fact in the content (`siteData().record.day`, src/domain/record.ts). */
  recordDate: string;
  /** The live site's home page (absolute). */
  home: string;
  site: string;
  base: string;
  programme: string;
  /** The public releases, newest first: id, title, KST date, source file relative to the content folder. */
  releases: { id: string; title: string; date: string; source: string }[];
  /** Dataset files under /data/ (`budget.csv`, `budget.schema.json`, …). */
  dataFiles: string[];
}

/** The rows of the releases' dataset. */
export function releaseRowsOf(datasets: readonly OpenDataset[]): ReleaseRow[] {
  return (datasets.find((d) => d.name === 'releases')?.json ?? []) as ReleaseRow[];
}

export function dataFilesOf(datasets: readonly OpenDataset[]): string[] {
  return datasets.flatMap((d) => DOWNLOAD_FORMATS.map((format) => `${d.name}.${format}`));
}
