/**
 * The two sites the quality gates and the page-type browser tests run over (shared-sites.ts):
 * the real content at the site root, and the full fixture (every feature in use) under /portal/.
 */
import type { BuiltSite } from '../helpers/build-site.ts';
import { sharedSite } from '../helpers/shared-sites.ts';

export interface QualitySite {
  name: 'real' | 'full';
  content: string;
  asOf: string;
  base: string;
  site: string;
  outDir: string;
  built: BuiltSite;
}

async function quality(name: QualitySite['name']): Promise<QualitySite> {
  const built = await sharedSite(name);
  return { name, ...built.options, outDir: built.outDir, built };
}

export const realSite = (): Promise<QualitySite> => quality('real');
export const fullSite = (): Promise<QualitySite> => quality('full');
