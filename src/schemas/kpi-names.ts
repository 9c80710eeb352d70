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
  'budget.planned': { kind: 'money', label: '누적 계획액', description: '그 달 말까지의 누적 집행 계획액 (모든 재원 합계)' },
  'budget.executed': { kind: 'money', label: '누적 집행액', description: '그 달 말까지의 누적 집행액 (모든 재원 합계)' },
  'budget.executionRate': { kind: 'share', label: '집행률', description: '누적 집행액 ÷ 총사업비' },
  'budget.remaining': { kind: 'money', label: '잔액', description: '총사업비 − 누적 집행액' },
  'participants.count': { kind: 'count', label: '참여 기관 수', description: '그 달 말까지 사업단에 참여한 기관 수' },
  'matches.total': { kind: 'count', label: '매칭 수', description: '그 달 말까지 상담 이상 단계에 이른 수요·공급기업 짝의 수' },
  'matches.consultation': { kind: 'count', label: '상담 이상', description: '그 달 말까지 상담 단계에 이른 짝의 수 (이후 단계 포함)' },
  'matches.agreement': { kind: 'count', label: '협약 이상', description: '그 달 말까지 협약 단계에 이른 짝의 수 (이후 단계 포함)' },
  'matches.projectStarted': { kind: 'count', label: '과제 착수 이상', description: '그 달 말까지 과제에 착수한 짝의 수 (완료 포함)' },
  'matches.completed': { kind: 'count', label: '완료', description: '그 달 말까지 과제를 완료한 짝의 수' },
};

