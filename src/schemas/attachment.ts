/**
 * Attachments of a release (frontmatter `attachments`). Files live in
 * `content/attachments/<release id>/<file>`; `file` is the name inside that folder.
 *
 *   attachments:
 *     - file: 참가신청서.hwp
 *       title: 참가 신청서 (한글 파일)
 *     - file: matching-day.jpg
 *       title: 매칭데이 현장
 *       alt: 수요기업과 공급기업 관계자가 마주 앉아 상담하는 모습
 *       caption: 2025년 12월 17일 이스트소프트 제주캠퍼스
 *       credit: 제주테크노파크
 *       licence: 공공누리 제1유형   # optional: programme.yaml's licence when left out
 */
import { problemText, t } from '../i18n/index.ts';
import { z } from 'astro/zod';
import { say, text, optionalText } from './common.ts';

/** What may be attached, by file extension. Sizes: the limits of docs/편집-가이드.md. */
export const ATTACHMENT_KINDS = {
  pdf: { label: 'PDF', mime: 'application/pdf', image: false },
  hwp: { label: 'HWP', mime: 'application/x-hwp', image: false },
  hwpx: { label: 'HWPX', mime: 'application/hwp+zip', image: false },
  png: { label: 'PNG', mime: 'image/png', image: true },
  jpg: { label: 'JPG', mime: 'image/jpeg', image: true },
  jpeg: { label: 'JPG', mime: 'image/jpeg', image: true },
  webp: { label: 'WebP', mime: 'image/webp', image: true },
} as const;
export type AttachmentExtension = keyof typeof ATTACHMENT_KINDS;
const EXTENSIONS = Object.keys(ATTACHMENT_KINDS) as AttachmentExtension[];

/** Size limits in bytes (stated in docs/편집-가이드.md; a test keeps the two equal). */
export const ATTACHMENT_LIMITS = {
  document: 20 * 1024 * 1024,
  image: 10 * 1024 * 1024,
} as const;

/** Largest image attachment: each side and in all (a photo of 3000 pixels a side is plenty on the web). */
export const IMAGE_LIMITS = { side: 10_000, pixels: 40_000_000 } as const;

/** A file name that reads the same in every URL and file system: letters of any script, digits, `.-_()`. */
export const ATTACHMENT_FILE_NAME = new RegExp(`^[\\p{L}\\p{N}][\\p{L}\\p{N}._()-]*\\.(${EXTENSIONS.join('|')})$`, 'iu');

export function attachmentExtension(file: string): AttachmentExtension | undefined {
  const ext = file.split('.').at(-1)?.toLowerCase() ?? '';
  return (EXTENSIONS as string[]).includes(ext) ? (ext as AttachmentExtension) : undefined;
}

export function isImageFile(file: string): boolean {
  const ext = attachmentExtension(file);
  return ext !== undefined && ATTACHMENT_KINDS[ext].image;
}

export const attachmentSchema = z
  .object({
    file: z
      .string(say(problemText('attachment.fileNameIsMissing')))
      .trim()
      .transform((value) => value.normalize('NFC'))
      .refine(
        (value) => ATTACHMENT_FILE_NAME.test(value),
        say(problemText('attachment.attachmentFileNameOr', { value: [...new Set(EXTENSIONS)].join(', ') })),
      )
      .describe(t('field.attachment.file')),
    title: text().describe(t('field.attachment.title')),
    alt: optionalText().describe(t('field.attachment.alt')),
    caption: optionalText().describe(t('field.attachment.caption')),
    credit: optionalText().describe(t('field.attachment.credit')),
    licence: optionalText().describe(t('field.attachment.licence')),
  })
  .strict()
  .superRefine((attachment, ctx) => {
    if (!isImageFile(attachment.file)) return;
    if (!attachment.alt) {
      ctx.addIssue({
        code: 'custom',
        path: ['alt'],
        message: say(problemText('attachment.imageHasNoAlt')).error,
      });
    }
    if (!attachment.credit) {
      ctx.addIssue({
        code: 'custom',
        path: ['credit'],
        message: say(problemText('attachment.imageHasNoCredit')).error,
      });
    }
  });

export type Attachment = z.output<typeof attachmentSchema>;

export const attachmentsSchema = z
  .array(attachmentSchema)
  .default([])
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((attachment, index) => {
      if (seen.has(attachment.file)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'file'],
          message: say(problemText('attachment.duplicateAttachmentFile', { file: attachment.file })).error,
        });
      }
      seen.add(attachment.file);
    });
  })
  .describe(t('field.attachment.attachmentsSchema'));
