/**
 * A figure quoted in a release, `<Stat kpi="…" at="…" value="…" />`, against the KPI snapshot:
 * what the data gives for that KPI and month, and whether the quoted value agrees with it. The
 * Stat component renders this; the <Stat> rule (src/rules/kpi-rules.ts) reports it — one check.
 */
import { t } from '../../i18n/index.ts';
import { formatMonth } from '../../foundation/month.ts';
import { KPI_INFO } from '../../schemas/kpi-names.ts';
import { agrees, formatLike, parseAnnounced } from './announced.ts';
import type { KpiKind, KpiSnapshot } from './types.ts';
import { kpiValue } from './value.ts';

export interface StatCallProps {
  kpi: string;
  at: string;
  value: string;
}

export type StatFigure =
  | { ok: false; reason: 'unknown-kpi' | 'unknown-period'; message: string }
  | { ok: false; reason: 'unreadable-value'; kind: KpiKind; label: string }
  | {
      ok: true;
      label: string;
      /** What the data gives for the month; undefined while it reports none (미보고 or not yet ended). */
      data: number | undefined;
      /** The hover text: the KPI and its month. */
      title: string;
      /** The data's value written like the quoted one, when the two differ. */
      current: string | undefined;
    };

export function statFigure(snapshot: KpiSnapshot, { kpi, at, value }: StatCallProps): StatFigure {
  const result = kpiValue(snapshot, kpi.trim(), at.trim());
  if (!result.ok) return result;
  const { label } = KPI_INFO[result.kpi];
  const announced = parseAnnounced(result.kind, value);
  if (!announced) return { ok: false, reason: 'unreadable-value', kind: result.kind, label };
  const current = result.value !== undefined && !agrees(result.value, announced) ? formatLike(result.kind, result.value, announced) : undefined;
  return { ok: true, label, data: result.value, title: t('stat.title', { label, month: formatMonth(result.month) }), current };
}
