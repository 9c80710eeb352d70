/** A programme and organisations for KPI unit tests: the real content's, so tests stand on real facts. */
import path from 'node:path';
import { loadContent } from '../../src/content-io/load-content.ts';
import type { BudgetRow } from '../../src/schemas/budget.ts';
import type { MatchPair } from '../../src/schemas/match.ts';
import type { KpiInput } from '../../src/domain/kpi/types.ts';
import { kstMidnight } from '../../src/foundation/kst.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { DURING } from '../helpers/instants.ts';

const real = loadContent(path.join(REPO_ROOT, 'content'), DURING);
if (!real.programme || !real.organizations) throw new Error('real content does not load');

export const realProgramme = real.programme.data;
export const realOrganizations = real.organizations.data;
export const realMatches = real.matches?.data ?? [];

export function input(parts: Partial<KpiInput> = {}): KpiInput {
  return { programme: realProgramme, organizations: realOrganizations, budget: [], matches: [], revisions: [], ...parts };
}

export function row(month: string, source: string, planned: number | undefined, executed: number | undefined, note?: string): BudgetRow {
  return { month, source, planned, executed, note };
}

export function pair(id: string, demand: string, supply: string, stages: [MatchPair['stages'][number]['stage'], string][]): MatchPair {
  return { id, demand, supply, stages: stages.map(([stage, date]) => ({ stage, date })), source: 'bizdaily-2025-12-20' };
}

/** 00:00 KST of a day. */
export function day(text: string): Date {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return kstMidnight(y, m, d);
}
