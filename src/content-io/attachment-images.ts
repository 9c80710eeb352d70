/**
 * A content loader that hands Astro's image pipeline the image attachments of the
 * releases that are published (or, in the dev server, of every release), so pages can
 * render them with astro:assets <Image> (resized, width and height set). Entry id:
 * `<release id>/<file>`. Files of drafts and scheduled releases never reach the build.
 */
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { isVisible } from '../domain/releases.ts';
import { isImageFile } from '../schemas/attachment.ts';
import { findAttachment } from './attachments.ts';
import { linkBasis, readReleases } from './load-content.ts';
import { LOCAL_ORIGIN } from './site-env.ts';

/** `<release id>/<file>`: how a page finds an image attachment's entry. */
export function attachmentImageId(releaseId: string, file: string): string {
  return `${releaseId}/${file.normalize('NFC')}`;
}

export function attachmentImagesLoader(contentDir: string, asOf: Date, preview: boolean): Loader {
  return {
    name: 'portal:attachment-images',
    load: async ({ store, parseData }) => {
      store.clear();
      for (const release of readReleases(contentDir, linkBasis(undefined, { origin: LOCAL_ORIGIN, base: '/' })).releases) {
        if (!isVisible(release, asOf, preview)) continue;
        for (const attachment of release.data.attachments) {
          if (!isImageFile(attachment.file)) continue;
          const absolute = findAttachment(contentDir, release.id, attachment.file);
          if (!absolute) continue;
          const filePath = path.relative(process.cwd(), absolute).split(path.sep).join('/');
          const entryId = attachmentImageId(release.id, attachment.file);
          const parsed = await parseData({ id: entryId, data: { image: `./${path.basename(absolute)}` }, filePath });
          store.set({ id: entryId, data: parsed, filePath });
        }
      }
    },
  };
}
