import { z } from 'astro/zod';
import { daySchema, idSchema, say, sourceRefSchema, text } from './common.ts';

export const ORGANIZATION_ROLES = ['demand', 'supply', 'support', 'funder', 'operator'] as const;
export const SECTORS = ['cosmetics', 'food', 'pharma', 'biotech', 'bio', 'ai-ict', 'public', 'research', 'association'] as const;
export const MEMBERSHIP = ['member', 'not-member', 'unknown'] as const;

export const organizationSchema = z
  .object({
    id: idSchema.describe('고유 id (URL에 쓰임). 한 번 정하면 바꾸지 않습니다.'),
    name: text().describe('한국어 이름'),
    nameEn: text().optional().describe('영어 이름 (알려진 경우)'),
    roles: z
      .array(
        z.enum(ORGANIZATION_ROLES, say({
          ko: '알 수 없는 역할입니다',
          en: 'unknown role',
          fix: `다음 중에서 고르세요: ${ORGANIZATION_ROLES.join(', ')}`,
        })),
      )
      .min(1, say({ ko: '역할이 하나도 없습니다', en: 'no role given', fix: '예: roles: [demand]' }))
      .describe('사업에서의 역할: demand(수요기업), supply(AI 공급기업), support(지원), funder(재원), operator(운영)'),
    sector: z
      .enum(SECTORS, say({ ko: '알 수 없는 분야입니다', en: 'unknown sector', fix: `다음 중에서 고르세요: ${SECTORS.join(', ')}` }))
      .describe('분야'),
    membership: z
      .object({
        status: z.enum(MEMBERSHIP, say({ ko: '알 수 없는 회원 상태입니다', en: 'unknown membership status', fix: 'member, not-member, unknown 중에서 고르세요' })),
        joined: daySchema.optional(),
        source: sourceRefSchema.optional(),
      })
      .strict()
      .default({ status: 'unknown' })
      .describe('제주 AI 사업단 참여 여부. 출처가 밝히기 전까지는 unknown.'),
    head: text().optional().describe('대표자 (출처에 나온 경우)'),
    note: text().optional(),
    firstMentioned: daySchema.describe('처음 언급된 날'),
    source: sourceRefSchema.describe('이 정보의 출처 (programme.yaml의 sources id)'),
  })
  .strict()
  .superRefine((org, ctx) => {
    if (org.membership.status === 'member' && !org.membership.source) {
      ctx.addIssue({
        code: 'custom',
        path: ['membership', 'source'],
        message: say({ ko: '회원이라면 출처가 필요합니다', en: 'membership needs a source', fix: 'membership.source에 출처 id를 적으세요' }).error,
      });
    }
  });

export const organizationsFileSchema = z.array(organizationSchema, say({
  ko: '기관 목록(배열)이어야 합니다',
  en: 'must be a list of organisations',
  fix: '각 기관을 "- id: ..." 항목으로 적으세요',
}));

export type Organization = z.output<typeof organizationSchema>;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];
