/**
 * The shapes of the open-data downloads (/data/<name>.json and .csv), as plain
 * output-shaped zod schemas: z.toJSONSchema turns them into /data/<name>.schema.json,
 * and their .describe() texts are the data dictionary on /data/.
 */
import { z } from 'astro/zod';
import { budgetDownloadSchema } from './budget.ts';
import { matchesDownloadSchema } from './match.ts';
import { MEMBERSHIP, ORGANIZATION_ROLES, SECTORS } from './organization.ts';

const day = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const organizationsDownloadSchema = z
  .array(
    z
      .object({
        id: z.string().describe('기관 id (주소와 다른 데이터셋에서 쓰임)'),
        name: z.string().describe('한국어 이름'),
        nameEn: z.string().nullable().describe('영어 이름'),
        roles: z.array(z.enum(ORGANIZATION_ROLES)).describe('역할: demand(수요기업), supply(AI 공급기업), support(지원), funder(재원), operator(운영)'),
        sector: z.enum(SECTORS).describe('분야'),
        membership: z
          .enum(MEMBERSHIP)
          .describe('사업단 참여 여부: member(참여 기관), not-member, unknown(출처가 밝히지 않음). 참여 기관 수는 member만 셉니다'),
        joined: day().nullable().describe('사업단에 참여한 날'),
        firstMentioned: day().describe('처음 언급된 날'),
        source: z.string().describe('출처 id (programme.json의 sources)'),
      })
      .strict(),
  )
  .describe('보도자료와 성과지표에 나오는 기관');

const sourceShape = z
  .object({ publisher: z.string(), date: day(), section: z.string().optional(), title: z.string().optional(), url: z.string().optional() })
  .strict();

export const programmeDownloadSchema = z
  .object({
    name: z.object({ ko: z.string(), en: z.string() }).strict().describe('사업 이름'),
    operator: z.string().describe('운영 기관 id'),
    partners: z.array(z.string()).describe('함께 추진하는 기관 id'),
    funder: z.object({ organization: z.string(), programme: z.string() }).strict().describe('지원 부처와 지원 사업'),
    period: z.object({ start: day(), end: day() }).strict().describe('사업 기간'),
    sectors: z.array(z.string()).describe('대상 분야'),
    aims: z.array(z.string()).describe('사업 목표'),
    budget: z
      .object({
        unit: z.literal('백만원').describe('금액 단위'),
        total: z.number().int().nonnegative().describe('총사업비 (백만원)'),
        sources: z
          .array(
            z
              .object({
                key: z.string().describe('재원 키 (budget.json의 source)'),
                name: z.string().describe('재원 이름'),
                amount: z.number().int().nonnegative().describe('금액 (백만원)'),
                itemised: z.boolean().describe('출처가 이 재원을 따로 밝혔는지'),
              })
              .strict(),
          )
          .describe('재원별 금액'),
      })
      .strict()
      .describe('총사업비와 재원'),
    membership: z
      .object({ reported: z.number().int(), label: z.string(), asOf: day(), source: z.string() })
      .strict()
      .describe('보도된 참여 기관 수 (기관 명단이 공개되기 전의 수치)'),
    targets: z
      .array(z.object({ kpi: z.string(), value: z.number(), by: day(), source: z.string() }).strict())
      .describe('출처가 밝힌 목표치 (없으면 빈 목록)'),
    licence: z.object({ name: z.string(), note: z.string().optional(), url: z.string().optional() }).strict().describe('이용 허락'),
    sources: z.record(z.string(), sourceShape).describe('출처 목록'),
  })
  .strict()
  .describe('제주 AI 사업단의 기본 사실');

export { budgetDownloadSchema, matchesDownloadSchema };
