/**
 * Attachment files of releases: `content/attachments/<release id>/<file>`.
 * Reads the files (sizes, first bytes) for the build and for `validate`; every
 * problem comes out in the portal's one format with the frontmatter line.
 */
import { problemText, t } from '../i18n/index.ts';
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { attachmentKind, contentMatchesKind, formatFileSize, type AttachmentKind } from '../domain/attachments.ts';
import { FILE_FIELD, type Problem } from '../foundation/problems.ts';
import { ATTACHMENT_LIMITS, type Attachment } from '../schemas/attachment.ts';
import { isContentFile } from './content-tree.ts';
import type { ReleaseEntry } from '../schemas/release.ts';

export const ATTACHMENTS_DIR = 'attachments';

export interface AttachmentFile extends Attachment {
  kind: AttachmentKind;
  bytes: number;
  /** Absolute path on disk (the name as stored, which may be NFD on macOS). */
  absolute: string;
}

function display(absolute: string): string {
  return path.relative(process.cwd(), absolute) || absolute;
}

/** The folder of a release's attachments. */
export function attachmentFolder(contentDir: string, releaseId: string): string {
  return path.join(contentDir, ATTACHMENTS_DIR, releaseId);
}

/** The file on disk whose name is `name` once both are NFC (macOS may store NFD names). */
export function findAttachment(contentDir: string, releaseId: string, name: string): string | undefined {
  const folder = attachmentFolder(contentDir, releaseId);
  if (!existsSync(folder) || !isContentFile(contentDir, folder, 'folder')) return undefined;
  const wanted = name.normalize('NFC');
  const found = readdirSync(folder).find((entry) => entry.normalize('NFC') === wanted);
  if (!found) return undefined;
  const absolute = path.join(folder, found);
  // A plain file inside the content folder, never a link to one elsewhere (content-tree.ts reports links).
  return isContentFile(contentDir, absolute) ? absolute : undefined;
}

/** The size limit of an attachment in bytes. */
export function sizeLimit(kind: AttachmentKind): number {
  return kind.image ? ATTACHMENT_LIMITS.image : ATTACHMENT_LIMITS.document;
}

function head(absolute: string): Uint8Array {
  const buffer = new Uint8Array(32);
  const fd = openSync(absolute, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, 0);
  } finally {
    closeSync(fd);
  }
  return buffer;
}

/** A release's attachments with their sizes; the content checks have passed. */
export function describeAttachments(contentDir: string, releaseId: string, attachments: readonly Attachment[]): AttachmentFile[] {
  return attachments.map((attachment) => {
    const absolute = findAttachment(contentDir, releaseId, attachment.file);
    if (!absolute) throw new Error(t('build.attachmentMissing', { file: `${releaseId}/${attachment.file}` }));
    return { ...attachment, kind: attachmentKind(attachment.file), bytes: statSync(absolute).size, absolute };
  });
}

/** Missing files, files over the size limit, and files whose content does not fit the extension. */
export function attachmentProblems(contentDir: string, release: Pick<ReleaseEntry, 'file' | 'id' | 'locate'> & { data: { attachments: readonly Attachment[] } }): Problem[] {
  const problems: Problem[] = [];
  const folder = display(attachmentFolder(contentDir, release.id));
  release.data.attachments.forEach((attachment, index) => {
    const at = (parts: Omit<Problem, 'file' | 'field' | 'severity'>): Problem => ({
      file: release.file,
      field: `attachments.${index}.file`,
      severity: 'error',
      ...parts,
      ...release.locate(['attachments', index, 'file']),
    });
    const absolute = findAttachment(contentDir, release.id, attachment.file);
    if (!absolute) {
      problems.push(
        at(problemText('attachments.attachmentFileNotFound', { file: attachment.file, folder })),
      );
      return;
    }
    const kind = attachmentKind(attachment.file);
    const bytes = statSync(absolute).size;
    const limit = sizeLimit(kind);
    if (bytes > limit) {
      problems.push(
        at(problemText(kind.image ? 'attachments.imageTooLarge' : 'attachments.documentTooLarge', { file: attachment.file, size: formatFileSize(bytes), limit: formatFileSize(limit), bytes, limitBytes: limit })),
      );
    }
    if (bytes === 0 || !contentMatchesKind(kind.extension, head(absolute))) {
      problems.push(
        at(problemText('attachments.attachmentFileIsNot', { file: attachment.file, label: kind.label })),
      );
    }
  });
  return problems;
}

/** Files in content/attachments/ that no release lists: warned about, never published. */
export function strayAttachmentProblems(contentDir: string, releases: readonly { id: string; data: { attachments: readonly Attachment[] } }[]): Problem[] {
  const root = path.join(contentDir, ATTACHMENTS_DIR);
  if (!existsSync(root)) return [];
  const listed = new Map(releases.map((r) => [r.id, new Set(r.data.attachments.map((a) => a.file))]));
  const problems: Problem[] = [];
  for (const folder of readdirSync(root).filter((name) => !name.startsWith('.')).sort()) {
    const absolute = path.join(root, folder);
    if (!lstatSync(absolute).isDirectory()) continue;
    const files = listed.get(folder.normalize('NFC'));
    for (const name of readdirSync(absolute).filter((n) => !n.startsWith('.')).sort()) {
      if (files?.has(name.normalize('NFC'))) continue;
      problems.push({
        file: display(path.join(absolute, name)),
        field: FILE_FIELD,
        severity: 'warning',
        ...problemText(files ? 'attachments.notListed' : 'attachments.noRelease', { folder }),
      });
    }
  }
  return problems;
}
