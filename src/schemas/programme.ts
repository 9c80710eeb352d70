import { z } from 'astro/zod';
import { daySchema, idSchema, say, sourceRefSchema, text, webUrlSchema } from './common.ts';
import { kpiTargetsSchema } from './kpi-target.ts';

const nonNegativeInt = z
  .number(say({ ko: '숫자여야 합니다', en: 'must be a number', fix: '따옴표 없이 정수로 적으세요 (예: 14000)' }))
  .int(say({ ko: '정수여야 합니다', en: 'must be a whole number', fix: '소수점 없이 적으세요' }))
  .nonnegative(say({ ko: '음수일 수 없습니다', en: 'cannot be negative', fix: '0 이상의 값을 적으세요' }));

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
      .refine((p) => p.start < p.end, say({ ko: '종료일이 시작일보다 빠릅니다', en: 'end is before start', fix: 'start와 end를 확인하세요' })),
    sectors: z.array(text()).min(1).describe('대상 분야'),
    aims: z.array(text()).min(1).describe('사업 목표'),
    budget: z
      .object({
        unit: z.literal('백만원', say({ ko: '금액 단위는 백만원이어야 합니다', en: 'unit must be 백만원', fix: 'unit: 백만원' })),
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
            message: say({
              ko: `재원별 금액의 합(${sum})이 총사업비(${budget.total})와 다릅니다`,
              en: `sources add up to ${sum}, not the total ${budget.total}`,
              fix: '재원 금액을 고치거나, 밝혀지지 않은 몫을 itemised: false 항목으로 두세요',
            }).error,
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
