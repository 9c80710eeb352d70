/** The participants page's chart and tables (organisations over time, the member list). */
import { formatDay } from '../../../foundation/format.ts';
import { t } from '../../../i18n/index.ts';
import { roleLabel, sectorLabel } from '../../organizations.ts';
import type { ChartSpec } from '../chart-spec.ts';
import type { KpiSnapshot } from '../types.ts';
import { monthAxis, monthLong, values } from './axis.ts';
import { stateCell, type TableView } from './table.ts';

export function participantsSpec(snapshot: KpiSnapshot): ChartSpec {
  return {
    type: 'line',
    noData: t('figure.noData'),
    ...monthAxis(snapshot),
    series: [{ label: t('participants.seriesName'), role: 'actual', values: values(snapshot.participants.series) }],
    unit: t('unit.orgs'),
    decimals: 0,
  };
}

export function participantsMonthTable(snapshot: KpiSnapshot, caption: string): TableView {
  return {
    caption,
    head: [t('figure.month'), t('participants.count')],
    numeric: [true],
    rows: snapshot.months.map((month, i) => ({
      head: monthLong(month),
      key: month,
      current: month === snapshot.asOfMonth,
      cells: [stateCell(snapshot.participants.series[i], t('unit.orgs'))],
    })),
  };
}

export function participantsMemberTable(snapshot: KpiSnapshot, caption: string): TableView {
  return {
    caption,
    head: [t('participants.name'), t('participants.joined'), t('participants.roles'), t('participants.sector')],
    numeric: [false, false, false],
    rows: snapshot.participants.rows.map((row) => ({
      head: row.name,
      key: row.id,
      cells: [{ text: formatDay(row.joined) }, { text: row.roles.map(roleLabel).join(', ') }, { text: sectorLabel(row.sector) }],
    })),
  };
}
