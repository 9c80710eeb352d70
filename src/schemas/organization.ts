import { problemText } from '../i18n/index.ts';
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
        z.enum(ORGANIZATION_ROLES, say(problemText('organization.unknownRole', { organizationRoles: ORGANIZATION_ROLES.join(', ') }))),
      )
      .min(1, say(problemText('organization.noRoleGiven')))
      .describe('사업에서의 역할: demand(수요기업), supply(AI 공급기업), support(지원), funder(재원), operator(운영)'),
    sector: z
      .enum(SECTORS, say(problemText('organization.unknownSector', { sectors: SECTORS.join(', ') })))
      .describe('분야'),
    membership: z
      .object({
        status: z.enum(MEMBERSHIP, say(problemText('organization.unknownMembershipStatus'))),
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
        message: say(problemText('organization.membershipNeedsASource')).error,
      });
    }
  });

export const organizationsFileSchema = z.array(organizationSchema, say(problemText('organization.mustBeAList')));

export type Organization = z.output<typeof organizationSchema>;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];
