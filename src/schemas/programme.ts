import { problemText } from '../i18n/index.ts';
import { z } from 'astro/zod';
import { daySchema, idSchema, say, sourceRefSchema, text, webUrlSchema } from './common.ts';
import { kpiTargetsSchema } from './kpi-target.ts';

const nonNegativeInt = z
  .number(say(problemText('programme.mustBeANumber')))
  .int(say(problemText('programme.mustBeAWhole')))
  .nonnegative(say(problemText('programme.cannotBeNegative')));

const bilingualName = z.object({ ko: text(), en: text() }).strict();

export const sourceSchema = z
  .object({
    publisher: text().describe('매체·기관 이름'),
    date: daySchema.describe('발행일'),
    section: text().optional(),
    title: text().optional(),
    url: webUrlSchema.optional().describe('원문 주소 (확인된 경우에만)'),
  })
  .strict();

export const budgetSourceSchema = z
  .object({
    key: idSchema.describe('재원 키 (예산 CSV의 source 열에 쓰임)'),
    name: text().describe('재원 이름 (예: 국비)'),
    amount: nonNegativeInt.describe('금액 (budget.unit 단위)'),
    itemised: z.boolean().describe('출처가 이 재원을 따로 밝혔는지'),
    source: sourceRefSchema.optional(),
    note: text().optional(),
  })
  .strict();

export const programmeSchema = z
  .object({
    name: bilingualName.describe('사업 이름'),
    operator: z
      .object({ organization: idSchema, head: text().optional(), headTitle: text().optional(), source: sourceRefSchema })
      .strict()
      .describe('운영 기관 (organizations.yaml의 id)'),
    partners: z.array(idSchema).default([]).describe('함께 추진하는 기관 id'),
    funder: z
      .object({
        organization: idSchema,
        programme: text().describe('지원 사업 이름'),
        selection: text().optional().describe('선정 경위'),
        source: sourceRefSchema,
      })
      .strict(),
    period: z
      .object({ start: daySchema, end: daySchema, note: text().optional(), source: sourceRefSchema })
      .strict()
      .refine((p) => p.start < p.end, say(problemText('programme.endIsBeforeStart'))),
    sectors: z.array(text()).min(1).describe('대상 분야'),
    aims: z.array(text()).min(1).describe('사업 목표'),
    budget: z
      .object({
        unit: z.literal('백만원', say(problemText('programme.unitMustBe'))),
        total: nonNegativeInt.describe('총사업비'),
        sources: z.array(budgetSourceSchema).min(1),
        source: sourceRefSchema,
      })
      .strict()
      .superRefine((budget, ctx) => {
        const sum = budget.sources.reduce((acc, s) => acc + s.amount, 0);
        if (sum !== budget.total) {
          ctx.addIssue({
            code: 'custom',
            path: ['sources'],
            message: say(problemText('programme.sourcesAddUpTo', { sum, total: budget.total })).error,
          });
        }
      }),
    membership: z
      .object({ reported: nonNegativeInt, label: text(), asOf: daySchema, source: sourceRefSchema })
      .strict()
      .describe('보도된 사업단 참여 기관 수'),
    licence: z.object({ name: text(), note: text().optional(), url: webUrlSchema.optional() }).strict(),
    site: z
      .object({
        verification: z
          .object({
            naver: text().optional().describe('네이버 서치어드바이저가 준 사이트 소유 확인 코드 (content 값만)'),
            google: text().optional().describe('Google Search Console의 HTML 태그 코드 (content 값만)'),
            bing: text().optional().describe('Bing 웹마스터 도구의 코드 (content 값만)'),
          })
          .strict()
          .default({}),
      })
      .strict()
      .default({ verification: {} })
      .describe('사이트 설정: 검색 포털 소유 확인 코드. 실제로 발급받은 코드만 적습니다'),
    targets: kpiTargetsSchema,
    sources: z.record(idSchema, sourceSchema).describe('출처 목록: 다른 파일은 이 id로 출처를 가리킵니다'),
  })
  .strict();

export type Programme = z.output<typeof programmeSchema>;
export type Source = z.output<typeof sourceSchema>;
