import { problemText, t } from '../i18n/index.ts';
import { z } from 'astro/zod';
import { applicationSchema } from './application.ts';
import { attachmentsSchema } from './attachment.ts';
import { idSchema, kstTimeSchema, say, sourceRefSchema, text, optionalText, listText } from './common.ts';
import type { KstTime } from '../foundation/kst.ts';
import { closest } from '../foundation/similar.ts';
import type { Located } from '../foundation/located.ts';

/** Stable keys with their Korean labels; staff may write either. */
export const CATEGORIES = {
  press: t('category.press'),
  notice: t('category.notice'),
  event: t('category.event'),
  result: t('category.result'),
} as const;
export type CategoryKey = keyof typeof CATEGORIES;
const CATEGORY_KEYS = Object.keys(CATEGORIES) as CategoryKey[];

const unknownCategory = say(problemText('release.unknownCategory', { value: Object.values(CATEGORIES).join(', ') }));

export const categorySchema = z.string(unknownCategory).transform((value, ctx): CategoryKey => {
  const wanted = value.trim().normalize('NFC');
  const key = CATEGORY_KEYS.find((k) => k === wanted || CATEGORIES[k] === wanted);
  if (!key) {
    // The label staff write, found from either spelling (`보도 자료`, `evnet`).
    const near = closest(wanted, CATEGORY_KEYS.map((k) => ({ name: CATEGORIES[k], also: [k] })), 1)[0];
    const message = near ? say(problemText('release.unknownCategoryNear', { category: wanted, near, value: Object.values(CATEGORIES).join(', ') })).error : unknownCategory.error;
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  }
  return key;
});

export const contactSchema = z
  .object({
    name: optionalText().describe(t('field.release.name')),
    organization: idSchema.optional().describe(t('field.release.organization')),
    department: optionalText(),
    phone: z
      .string()
      .regex(/^[0-9+() -]{7,20}$/, say(problemText('release.notAPhoneNumber')))
      .optional(),
    email: z.email(say(problemText('release.notAnEMail'))).optional(),
  })
  .strict()
  .refine(
    (c) => Boolean(c.name || c.organization || c.department || c.phone || c.email),
    say(problemText('release.aContactNeedsAt')),
  );

/** 정정 (a factual error put right) or 수정 (an update that corrects no error). */
export const CORRECTION_KINDS = { correction: t('corrections.correction'), update: t('corrections.update') } as const;
export type CorrectionKind = keyof typeof CORRECTION_KINDS;

const badKind = say(problemText('release.unknownCorrectionKind'));
const correctionKindSchema = z.string(badKind).transform((value, ctx): CorrectionKind => {
  const wanted = value.trim().normalize('NFC');
  const key = (Object.keys(CORRECTION_KINDS) as CorrectionKind[]).find((k) => k === wanted || CORRECTION_KINDS[k] === wanted);
  if (!key) {
    ctx.addIssue({ code: 'custom', message: badKind.error });
    return z.NEVER;
  }
  return key;
});

/** The latest correction by time, or undefined. */
export function latestCorrection<T extends { date: KstTime }>(corrections: readonly T[]): T | undefined {
  return corrections.reduce<T | undefined>((latest, c) => (!latest || c.date.instant.getTime() > latest.date.instant.getTime() ? c : latest), undefined);
}

/** Corrections come after the release; a manual `updated` is never earlier than the latest correction or the release. */
function checkCorrections(
  release: { date: KstTime; corrections: { date: KstTime }[]; updated?: KstTime | undefined },
  ctx: z.core.$RefinementCtx,
): void {
  const published = release.date.instant.getTime();
  release.corrections.forEach((correction, index) => {
    if (correction.date.instant.getTime() <= published) {
      ctx.addIssue({
        code: 'custom',
        path: ['corrections', index, 'date'],
        message: say(problemText('release.aCorrectionMustBe')).error,
      });
    }
  });
  const latest = latestCorrection(release.corrections);
  if (release.updated && latest && release.updated.instant.getTime() < latest.date.instant.getTime()) {
    ctx.addIssue({
      code: 'custom',
      path: ['updated'],
      message: say(problemText('release.updatedIsEarlierThan')).error,
    });
  } else if (release.updated && release.updated.instant.getTime() < published) {
    ctx.addIssue({
      code: 'custom',
      path: ['updated'],
      message: say(problemText('release.updatedIsEarlierThan2')).error,
    });
  }
}

export const releaseSchema = z
  .object({
    title: text().describe(t('field.release.title')),
    summary: text().describe(t('field.release.summary')),
    date: kstTimeSchema.describe(t('field.release.date')),
    category: categorySchema.describe(t('field.release.category')),
    tags: z.array(listText()).default([]).describe(t('field.release.tags')),
    organizations: z.array(idSchema).default([]).describe(t('field.release.organizations')),
    contacts: z
      .array(contactSchema)
      .min(1, say(problemText('release.noContactGiven')))
      .describe(t('field.release.contacts')),
    sources: z.array(sourceRefSchema).default([]).describe(t('field.release.sources')),
    draft: z.boolean().default(false).describe(t('field.release.draft')),
    // Not part of the published text (src/domain/permanence.ts hashes title, summary, date and body):
    // staff may set or change it on a published release.
    dayOrder: z
      .number(say(problemText('release.dayOrderNotANumber')))
      .int(say(problemText('release.dayOrderNotANumber')))
      .min(1, say(problemText('release.dayOrderNotANumber')))
      .max(99, say(problemText('release.dayOrderNotANumber')))
      .optional()
      .describe(t('field.release.dayOrder')),
    corrections: z
      .array(
        z
          .object({
            date: kstTimeSchema.describe(t('field.release.releaseSchema.date')),
            note: text().describe(t('field.release.note')),
            kind: correctionKindSchema.default('correction').describe(t('field.release.kind')),
          })
          .strict(),
      )
      .default([])
      .describe(t('field.release.releaseSchema.kind')),
    updated: kstTimeSchema
      .optional()
      .describe(t('field.release.updated')),
    attachments: attachmentsSchema,
    application: applicationSchema.optional(),
  })
  .strict()
  .superRefine((release, ctx) => {
    if (release.application && release.category !== 'notice') {
      ctx.addIssue({
        code: 'custom',
        path: ['application'],
        message: say(problemText('release.anApplicationPeriodIs')).error,
      });
    }
  })
  .superRefine(checkCorrections);

export type Release = z.output<typeof releaseSchema>;
export type Contact = z.output<typeof contactSchema>;

/** A release as read from its file: the data, where each field stands, its id and year folder. */
export interface ReleaseEntry extends Located<Release> {
  /** File name without extension: the release's permanent URL slug. */
  id: string;
  /** The year folder the file sits in. */
  folderYear: string;
}
