/**
 * A content loader that hands Astro's image pipeline the image attachments of the
 * releases that are published (or, in the dev server, of every release), so pages can
 * render them with astro:assets <Image> (resized, width and height set). Entry id:
 * `<release id>/<file>`. Files of drafts and scheduled releases never reach the build.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { parseKstTime } from '../lib/kst.ts';
import { isVisible } from '../lib/releases.ts';
import { isImageFile } from '../schemas/attachment.ts';
import { findAttachment } from './attachments.ts';
import { readFrontmatterValue } from './yaml-source.ts';

/** `<release id>/<file>`: how a page finds an image attachment's entry. */
export function attachmentImageId(releaseId: string, file: string): string {
  return `${releaseId}/${file.normalize('NFC')}`;
}

export function attachmentImagesLoader(contentDir: string, asOf: Date, preview: boolean): Loader {
  return {
    name: 'portal:attachment-images',
    load: async ({ store, parseData }) => {
      store.clear();
      const releasesDir = path.join(contentDir, 'releases');
      if (!existsSync(releasesDir)) return;
      for (const year of readdirSync(releasesDir).filter((name) => /^\d{4}$/.test(name))) {
        for (const name of readdirSync(path.join(releasesDir, year)).filter((n) => n.endsWith('.mdx'))) {
          const id = path.basename(name, '.mdx').normalize('NFC');
          const data = readFrontmatterValue(path.join(releasesDir, year, name));
          const date = typeof data['date'] === 'string' ? parseKstTime(data['date']) : undefined;
          if (!date || !isVisible({ id, data: { date, draft: data['draft'] === true } }, asOf, preview)) continue;
          const attachments = Array.isArray(data['attachments']) ? (data['attachments'] as { file?: unknown }[]) : [];
          for (const attachment of attachments) {
            if (typeof attachment.file !== 'string' || !isImageFile(attachment.file)) continue;
            const absolute = findAttachment(contentDir, id, attachment.file);
            if (!absolute) continue;
            const filePath = path.relative(process.cwd(), absolute).split(path.sep).join('/');
            const entryId = attachmentImageId(id, attachment.file);
            const parsed = await parseData({ id: entryId, data: { image: `./${path.basename(absolute)}` }, filePath });
            store.set({ id: entryId, data: parsed, filePath });
          }
        }
      }
    },
  };
}
