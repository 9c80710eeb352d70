import { problemText } from '../i18n/index.ts';
import { z } from 'astro/zod';
import { applicationSchema } from './application.ts';
import { attachmentsSchema } from './attachment.ts';
import { idSchema, kstTimeSchema, say, sourceRefSchema, text } from './common.ts';
import type { KstTime } from '../foundation/kst.ts';
import type { Located } from '../foundation/located.ts';

/** Stable keys with their Korean labels; staff may write either. */
export const CATEGORIES = {
  press: '보도자료',
  notice: '공지',
  event: '행사',
  result: '성과',
} as const;
export type CategoryKey = keyof typeof CATEGORIES;
const CATEGORY_KEYS = Object.keys(CATEGORIES) as CategoryKey[];

const unknownCategory = say(problemText('release.unknownCategory', { value: Object.values(CATEGORIES).join(', ') }));

export const categorySchema = z.string(unknownCategory).transform((value, ctx): CategoryKey => {
  const wanted = value.trim().normalize('NFC');
  const key = CATEGORY_KEYS.find((k) => k === wanted || CATEGORIES[k] === wanted);
  if (!key) {
    ctx.addIssue({ code: 'custom', message: unknownCategory.error });
    return z.NEVER;
  }
  return key;
});

export const contactSchema = z
  .object({
    name: text().optional().describe('담당자 또는 기관 이름'),
    organization: idSchema.optional().describe('기관 id (organizations.yaml)'),
    department: text().optional(),
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
export const CORRECTION_KINDS = { correction: '정정', update: '수정' } as const;
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
    title: text().describe('제목'),
    summary: text().describe('요약 (목록과 검색 결과에 보임)'),
    date: kstTimeSchema.describe('배포 시각: 2025-12-17 (00:00 KST) 또는 2025-12-17T14:00:00+09:00'),
    category: categorySchema.describe('분류: 보도자료, 공지, 행사, 성과'),
    tags: z.array(text()).default([]).describe('태그'),
    organizations: z.array(idSchema).default([]).describe('언급된 기관 id (organizations.yaml)'),
    contacts: z
      .array(contactSchema)
      .min(1, say(problemText('release.noContactGiven')))
      .describe('언론 문의처'),
    sources: z.array(sourceRefSchema).default([]).describe('사실의 출처 (programme.yaml의 sources id)'),
    draft: z.boolean().default(false).describe('true면 공개 사이트에 나오지 않습니다'),
    corrections: z
      .array(
        z
          .object({
            date: kstTimeSchema.describe('정정한 날 (보도자료의 date보다 뒤)'),
            note: text().describe('무엇을 왜 고쳤는지. <Stat> 수치를 고칠 때는 처음 발표한 값과 지금 값을 함께 적습니다 (예: 42억 원 → 43억 원)'),
            kind: correctionKindSchema.default('correction').describe('정정(사실을 바로잡음) 또는 수정(오류가 아닌 내용 보완). 적지 않으면 정정'),
          })
          .strict(),
      )
      .default([])
      .describe('정정 기록: 발표된 내용이 바뀔 때마다 한 줄씩 더합니다'),
    updated: kstTimeSchema
      .optional()
      .describe('마지막으로 고친 때. 보통 적지 않습니다: 가장 늦은 정정 기록의 날짜가 수정일이 됩니다'),
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
