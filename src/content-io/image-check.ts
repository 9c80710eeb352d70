/**
 * Image attachments must decode, within a stated size, before anything is built: Astro's image
 * pipeline (sharp) would otherwise fail half-way through writing pages on a corrupt file, or
 * publish a 20000×20000 "image" of a few kilobytes as it is. The whole image is decoded
 * (sharp's `stats()`), so a file with a valid header and broken data is caught too.
 */
import { problemText } from '../i18n/index.ts';
import sharp from 'sharp';
import type { Problem } from '../foundation/problems.ts';
import { IMAGE_LIMITS, isImageFile } from '../schemas/attachment.ts';
import { findAttachment } from './attachments.ts';
import type { LoadedRelease } from './load-content.ts';

type ImageProblem = { key: 'image.tooLarge'; width: number; height: number } | { key: 'image.broken'; detail: string } | { key: 'image.animated'; pages: number };

async function imageProblem(absolute: string): Promise<ImageProblem | undefined> {
  try {
    // Every frame: an animated WebP or PNG of a few kilobytes can hold hundreds of megapixels.
    const meta = await sharp(absolute, { limitInputPixels: false, pages: -1 }).metadata();
    const pages = meta.pages ?? 1;
    if (pages > 1) return { key: 'image.animated', pages };
    const width = meta.width ?? 0;
    const height = meta.pageHeight ?? meta.height ?? 0;
    if (width > IMAGE_LIMITS.side || height > IMAGE_LIMITS.side || width * height > IMAGE_LIMITS.pixels) return { key: 'image.tooLarge', width, height };
    await sharp(absolute, { limitInputPixels: IMAGE_LIMITS.pixels }).stats();
    return undefined;
  } catch (error) {
    return { key: 'image.broken', detail: (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '' };
  }
}

export async function imageAttachmentProblems(contentDir: string, releases: readonly LoadedRelease[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const release of releases) {
    for (const [index, attachment] of release.data.attachments.entries()) {
      if (!isImageFile(attachment.file)) continue;
      const absolute = findAttachment(contentDir, release.id, attachment.file);
      if (!absolute) continue; // reported by attachmentProblems
      const found = await imageProblem(absolute);
      if (!found) continue;
      const values =
        found.key === 'image.tooLarge'
          ? { file: attachment.file, width: found.width, height: found.height, side: IMAGE_LIMITS.side, megapixels: IMAGE_LIMITS.pixels / 1_000_000 }
          : found.key === 'image.animated'
            ? { file: attachment.file, pages: found.pages }
            : { file: attachment.file, detail: found.detail };
      problems.push({ file: release.file, field: `attachments.${index}.file`, severity: 'error', ...problemText(found.key, values), ...release.locate(['attachments', index, 'file']) });
    }
  }
  return problems;
}
