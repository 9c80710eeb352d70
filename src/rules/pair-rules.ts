/** Rules across matches.yaml and the other files: known organisations in the right roles, stages in order and in the period, named releases public. Pure. */
import { problemText, t } from '../i18n/index.ts';
import type { Problem } from '../foundation/problems.ts';
import { isPublic } from '../domain/releases.ts';
import { unknownOrganizationId, unknownSourceId } from './cross-file.ts';
import { MATCH_STAGES, type MatchPair } from '../schemas/match.ts';
import { problemAt, type Located } from '../foundation/located.ts';
import type { KpiContentSet } from './kpi-content.ts';

export function checkMatches(set: KpiContentSet, matches: Located<MatchPair[]>): Problem[] {
  const problems: Problem[] = [];
  const programme = set.programme?.data;
  const orgs = set.organizations ? new Map(set.organizations.data.map((o) => [o.id, o])) : undefined;
  const releaseIds = set.releaseFileIds ?? new Set(set.releases.map((r) => r.id));
  const sourceIds = programme ? new Set(Object.keys(programme.sources)) : undefined;
  const ids = new Set<string>();
  const pairs = new Map<string, string>();
  matches.data.forEach((pair, index) => {
    if (ids.has(pair.id)) {
      problems.push(problemAt(matches, [index, 'id'], problemText('pairs.duplicatePairIdId', { id: pair.id })));
    }
    ids.add(pair.id);
    const pairKey = `${pair.demand}|${pair.supply}`;
    const previous = pairs.get(pairKey);
    if (previous !== undefined) {
      problems.push(
        problemAt(matches, [index, 'supply'], problemText('pairs.theSameDemandSupply', { previous })),
      );
    } else pairs.set(pairKey, pair.id);
    if (pair.demand === pair.supply) {
      problems.push(problemAt(matches, [index, 'supply'], problemText('pairs.demandAndSupplyAre')));
    }
    if (orgs) {
      for (const side of ['demand', 'supply'] as const) {
        const org = orgs.get(pair[side]);
        const label = t(side === 'demand' ? 'pairSide.demand' : 'pairSide.supply');
        if (!org) {
          problems.push(
            problemAt(matches, [index, side], unknownOrganizationId(pair[side], orgs.keys())),
          );
        } else if (!org.roles.includes(side)) {
          problems.push(
            problemAt(matches, [index, side], problemText('pairs.idIsUsedAs', { name: org.name, id: org.id, label, side, roles: org.roles.join(', ') })),
          );
        }
      }
    }
    let lastIndex = -1;
    let lastDate = '';
    pair.stages.forEach((step, s) => {
      const stageIndex = MATCH_STAGES.indexOf(step.stage);
      if (stageIndex <= lastIndex) {
        problems.push(
          problemAt(matches, [index, 'stages', s, 'stage'], problemText('pairs.stageStageComesAfter', { stage: step.stage, value: MATCH_STAGES[lastIndex], matchStages: MATCH_STAGES.join(' → ') })),
        );
      }
      if (lastDate && step.date < lastDate) {
        problems.push(
          problemAt(matches, [index, 'stages', s, 'date'], problemText('pairs.stageDateDateIs', { date: step.date, lastDate })),
        );
      }
      if (programme && (step.date < programme.period.start || step.date > programme.period.end)) {
        problems.push(
          problemAt(matches, [index, 'stages', s, 'date'], problemText('pairs.stageDateDateIs2', { date: step.date, start: programme.period.start, end: programme.period.end })),
        );
      }
      lastIndex = Math.max(lastIndex, stageIndex);
      if (step.date > lastDate) lastDate = step.date;
    });
    if (pair.release && !releaseIds.has(pair.release)) {
      problems.push(
        problemAt(matches, [index, 'release'], problemText('pairs.unknownReleaseRelease', { release: pair.release })),
      );
    } else if (pair.release) {
      // The pairs table is public now: it may not name a draft or a release still scheduled.
      const named = set.releases.find((r) => r.id === pair.release);
      if (named && !isPublic(named, set.asOf)) problems.push(problemAt(matches, [index, 'release'], problemText('pair.releaseUnpublished', { id: pair.release })));
    }
    if (sourceIds && !sourceIds.has(pair.source)) {
      problems.push(
        problemAt(matches, [index, 'source'], unknownSourceId(pair.source, sourceIds)),
      );
    }
  });
  return problems;
}
