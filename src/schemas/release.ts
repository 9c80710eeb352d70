import { z } from 'astro/zod';
import { idSchema, kstTimeSchema, say, sourceRefSchema, text } from './common.ts';

/** Stable keys with their Korean labels; staff may write either. */
export const CATEGORIES = {
  press: '보도자료',
  notice: '공지',
  event: '행사',
  result: '성과',
} as const;
export type CategoryKey = keyof typeof CATEGORIES;
const CATEGORY_KEYS = Object.keys(CATEGORIES) as CategoryKey[];

const unknownCategory = say({
  ko: '알 수 없는 분류입니다',
  en: 'unknown category',
  fix: `다음 중 하나로 적으세요: ${Object.values(CATEGORIES).join(', ')}`,
});

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
      .regex(/^[0-9+() -]{7,20}$/, say({ ko: '전화번호 형식이 아닙니다', en: 'not a phone number', fix: '예: 064-000-0000' }))
      .optional(),
    email: z.email(say({ ko: '이메일 주소 형식이 아닙니다', en: 'not an e-mail address', fix: '예: press@example.kr' })).optional(),
  })
  .strict()
  .refine(
    (c) => Boolean(c.name || c.organization || c.department || c.phone || c.email),
    say({
      ko: '연락처에 아무 정보도 없습니다',
      en: 'a contact needs at least one way to reach someone',
      fix: 'name, organization, department, phone, email 중 하나 이상을 적으세요',
    }),
  );

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
      .min(1, say({ ko: '연락처가 없습니다', en: 'no contact given', fix: 'contacts에 문의처를 하나 이상 적으세요' }))
      .describe('언론 문의처'),
    sources: z.array(sourceRefSchema).default([]).describe('사실의 출처 (programme.yaml의 sources id)'),
    draft: z.boolean().default(false).describe('true면 공개 사이트에 나오지 않습니다'),
    corrections: z
      .array(
        z
          .object({
            date: kstTimeSchema.describe('정정한 날 (보도자료의 date보다 뒤)'),
            note: text().describe('무엇을 왜 고쳤는지. <Stat> 수치를 고칠 때는 처음 발표한 값과 지금 값을 함께 적습니다 (예: 42억 원 → 43억 원)'),
          })
          .strict(),
      )
      .default([])
      .describe('정정 기록: 발표된 내용이 바뀔 때마다 한 줄씩 더합니다'),
  })
  .strict();

export type Release = z.output<typeof releaseSchema>;
export type Contact = z.output<typeof contactSchema>;

/** `content/releases/YYYY/YYYY-MM-DD-slug.mdx` → its parts, or undefined when the name is wrong. */
export const RELEASE_FILE_NAME = /^(\d{4})-(\d{2})-(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;
