/**
 * Everything `validate` and the build's content gate check, in one call: the file and
 * cross-file rules (loadContent) and the checks that must decode files (image attachments).
 * Whatever passes here builds.
 */
import { imageAttachmentProblems } from './image-check.ts';
import { loadContent, type LoadedContent } from './load-content.ts';
import type { SiteAddress } from './site-env.ts';

export async function checkContent(contentDir: string, asOf: Date, site?: SiteAddress): Promise<LoadedContent> {
  const loaded = loadContent(contentDir, asOf, site);
  loaded.problems.push(...(await imageAttachmentProblems(contentDir, loaded.releases)));
  return loaded;
}
