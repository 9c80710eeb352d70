/** Attachment facts for display: sizes the way Korean sites write them, kinds by extension. Pure. */
import { ATTACHMENT_KINDS, attachmentExtension, type AttachmentExtension } from '../schemas/attachment.ts';

const oneDecimal = new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 0 });

/** 512 → `512 B`, 34_000 → `33.2 KB`, 1_572_864 → `1.5 MB` (1 KB = 1,024 bytes). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${integer.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${oneDecimal.format(bytes / 1024)} KB`;
  return `${oneDecimal.format(bytes / (1024 * 1024))} MB`;
}

export interface AttachmentKind {
  extension: AttachmentExtension;
  label: string;
  mime: string;
  image: boolean;
}

/** The kind of a file by its extension (the schema has already checked it is allowed). */
export function attachmentKind(file: string): AttachmentKind {
  const extension = attachmentExtension(file);
  if (!extension) throw new Error(`not an allowed attachment: ${file}`);
  return { extension, ...ATTACHMENT_KINDS[extension] };
}

/** Whether the first bytes of a file fit its extension (a renamed file is caught before publishing). */
export function contentMatchesKind(extension: AttachmentExtension, head: Uint8Array): boolean {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  const ascii = (text: string, offset = 0) => [...text].every((c, i) => head[offset + i] === c.charCodeAt(0));
  switch (extension) {
    case 'pdf':
      return ascii('%PDF-');
    case 'hwp':
      // HWP 5 is an OLE compound file; HWP 3 starts with its own signature.
      return starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1) || ascii('HWP Document File');
    case 'hwpx':
      return starts(0x50, 0x4b, 0x03, 0x04);
    case 'png':
      return starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    case 'jpg':
    case 'jpeg':
      return starts(0xff, 0xd8, 0xff);
    case 'webp':
      return ascii('RIFF') && ascii('WEBP', 8);
  }
}
