/**
 * The participants page's counts by role and by sector (issue 14): members at the list's 기준일,
 * as a bar chart and its table. An organisation with two roles counts under each (so the role
 * counts may add up to more than the members); each has one sector. Groups without a member are
 * left out; roles in the one role order (src/domain/organizations.ts), sectors in the schema's.
 */
import { t } from '../../../i18n/index.ts';
import { ROLE_ORDER, roleLabel, sectorLabel } from '../../organizations.ts';
import { SECTORS } from '../../../schemas/organization.ts';
import type { ChartSpec } from '../chart-spec.ts';
import type { KpiSnapshot } from '../types.ts';
import { countCell, type TableView } from './table.ts';

export interface GroupCount {
  key: string;
  label: string;
  count: number;
}

export function participantsByRole(snapshot: KpiSnapshot): GroupCount[] {
  const { rows } = snapshot.participants;
  return ROLE_ORDER.map((role) => ({ key: role, label: roleLabel(role), count: rows.filter((r) => r.roles.includes(role)).length })).filter((g) => g.count > 0);
}

export function participantsBySector(snapshot: KpiSnapshot): GroupCount[] {
  const { rows } = snapshot.participants;
  return SECTORS.map((sector) => ({ key: sector, label: sectorLabel(sector), count: rows.filter((r) => r.sector === sector).length })).filter((g) => g.count > 0);
}

/** Horizontal bars, one per group (no month axis, so no as-of line). */
export function groupSpec(groups: readonly GroupCount[]): ChartSpec {
  const labels = groups.map((g) => g.label);
  return {
    type: 'bar',
    noData: t('figure.noData'),
    labels,
    longLabels: labels,
    series: [{ label: t('participants.count'), role: 'actual', values: groups.map((g) => g.count) }],
    unit: t('unit.orgs'),
    decimals: 0,
    horizontal: true,
  };
}

export function groupTable(groups: readonly GroupCount[], caption: string, head: string): TableView {
  return {
    caption,
    head: [head, t('participants.count')],
    numeric: [true],
    rows: groups.map((g) => ({ head: g.label, key: g.key, cells: [countCell(g.count, t('unit.orgs'))] })),
  };
}

/** What the chart's accessible name lists: `운영 1개, 수요기업 12개`. */
export function groupsText(groups: readonly GroupCount[]): string {
  return groups.map((g) => t('participants.groupCount', { label: g.label, count: String(g.count) })).join(', ');
}
