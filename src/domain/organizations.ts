/**
 * The one order of organisations wherever they are listed (the about page's table, /organizations/):
 * those who run and fund the programme first, then support, then the companies; each organisation
 * by its leading role (the first of its roles in that order), names in Korean order. Pure.
 */
import { t } from '../i18n/index.ts';
import type { Organization, OrganizationRole, Sector } from '../schemas/organization.ts';

export const ROLE_ORDER: readonly OrganizationRole[] = ['operator', 'funder', 'support', 'demand', 'supply'];

/** The organisation's role that comes first in ROLE_ORDER. */
export function leadingRole(org: Pick<Organization, 'roles'>): OrganizationRole {
  return [...org.roles].sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b))[0] ?? 'support';
}

const byName = (a: Pick<Organization, 'name'>, b: Pick<Organization, 'name'>) => a.name.localeCompare(b.name, 'ko');

/** Organisations by leading role, then name. */
export function inRoleOrder<T extends Pick<Organization, 'roles' | 'name'>>(organizations: readonly T[]): T[] {
  return [...organizations].sort((a, b) => ROLE_ORDER.indexOf(leadingRole(a)) - ROLE_ORDER.indexOf(leadingRole(b)) || byName(a, b));
}

/** Organisations grouped under their leading role, in role order; empty roles left out. */
export function groupsByRole<T extends Pick<Organization, 'roles' | 'name'>>(organizations: readonly T[]): { role: OrganizationRole; items: T[] }[] {
  return ROLE_ORDER.map((role) => ({ role, items: inRoleOrder(organizations.filter((org) => leadingRole(org) === role)) })).filter((group) => group.items.length > 0);
}

/** A role as readers see it (`수요기업`). */
export function roleLabel(role: OrganizationRole): string {
  return t(`role.${role}`);
}

/** A sector as readers see it (`화장품`). */
export function sectorLabel(sector: Sector): string {
  return t(`sector.${sector}`);
}
