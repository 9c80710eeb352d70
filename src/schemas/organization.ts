import { problemText, t } from '../i18n/index.ts';
import { z } from 'astro/zod';
import { daySchema, idSchema, say, sourceRefSchema, text, optionalText } from './common.ts';

export const ORGANIZATION_ROLES = ['demand', 'supply', 'support', 'funder', 'operator'] as const;
export const SECTORS = ['cosmetics', 'food', 'pharma', 'biotech', 'bio', 'ai-ict', 'public', 'research', 'association'] as const;
export const MEMBERSHIP = ['member', 'not-member', 'unknown'] as const;

export const organizationSchema = z
  .object({
    id: idSchema.describe(t('field.organization.id')),
    name: text().describe(t('field.organization.name')),
    nameEn: optionalText().describe(t('field.organization.nameEn')),
    roles: z
      .array(
        z.enum(ORGANIZATION_ROLES, say(problemText('organization.unknownRole', { organizationRoles: ORGANIZATION_ROLES.join(', ') }))),
      )
      .min(1, say(problemText('organization.noRoleGiven')))
      .describe(t('field.organization.roles')),
    sector: z
      .enum(SECTORS, say(problemText('organization.unknownSector', { sectors: SECTORS.join(', ') })))
      .describe(t('field.organization.sector')),
    membership: z
      .object({
        status: z.enum(MEMBERSHIP, say(problemText('organization.unknownMembershipStatus'))),
        joined: daySchema.optional(),
        source: sourceRefSchema.optional(),
      })
      .strict()
      .default({ status: 'unknown' })
      .describe(t('field.organization.source')),
    head: optionalText().describe(t('field.organization.head')),
    note: optionalText(),
    firstMentioned: daySchema.describe(t('field.organization.firstMentioned')),
    source: sourceRefSchema.describe(t('field.organization.organizationSchema.source')),
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
export type Sector = (typeof SECTORS)[number];
