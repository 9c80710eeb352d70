import { t } from '../i18n/index.ts';
/**
 * The KPI names content may use — in `<Stat kpi="…">` and in programme.yaml `targets` — with
 * how each is written (money in 백만원, a share 0–1, a count). Content vocabulary: the KPI engine
 * (src/domain/kpi/) computes them, the schemas and the rules refer to them.
 */
export const KPI_NAMES = [
  'budget.planned',
  'budget.executed',
  'budget.executionRate',
  'budget.remaining',
  'participants.count',
  'matches.total',
  'matches.consultation',
  'matches.agreement',
  'matches.projectStarted',
  'matches.completed',
] as const;
export type KpiName = (typeof KPI_NAMES)[number];

/** How a KPI's value is written: money in 백만원, a share 0–1, or a count. */
export type KpiKind = 'money' | 'share' | 'count';

export const KPI_INFO: Record<KpiName, { kind: KpiKind; label: string; description: string }> = {
  'budget.planned': { kind: 'money', label: t('kpiName.budget.planned'), description: t('kpiName.budget.planned.description') },
  'budget.executed': { kind: 'money', label: t('kpiName.budget.executed'), description: t('kpiName.budget.executed.description') },
  'budget.executionRate': { kind: 'share', label: t('kpiName.budget.executionRate'), description: t('kpiName.budget.executionRate.description') },
  'budget.remaining': { kind: 'money', label: t('kpiName.budget.remaining'), description: t('kpiName.budget.remaining.description') },
  'participants.count': { kind: 'count', label: t('kpiName.participants.count'), description: t('kpiName.participants.count.description') },
  'matches.total': { kind: 'count', label: t('kpiName.matches.total'), description: t('kpiName.matches.total.description') },
  'matches.consultation': { kind: 'count', label: t('kpiName.matches.consultation'), description: t('kpiName.matches.consultation.description') },
  'matches.agreement': { kind: 'count', label: t('kpiName.matches.agreement'), description: t('kpiName.matches.agreement.description') },
  'matches.projectStarted': { kind: 'count', label: t('kpiName.matches.projectStarted'), description: t('kpiName.matches.projectStarted.description') },
  'matches.completed': { kind: 'count', label: t('kpiName.matches.completed'), description: t('kpiName.matches.completed.description') },
};

