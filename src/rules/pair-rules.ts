/** Rules across matches.yaml and the other files: known organisations in the right roles, stages in order and in the period, named releases public. Pure. */
import { problemText } from '../i18n/index.ts';
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
      problems.push(problemAt(matches, [index, 'id'], { ko: `매칭 id '${pair.id}'가 두 번 나옵니다`, en: `duplicate pair id '${pair.id}'`, fix: '다른 짝이면 다른 id를 쓰세요' }));
    }
    ids.add(pair.id);
    const pairKey = `${pair.demand}|${pair.supply}`;
    const previous = pairs.get(pairKey);
    if (previous !== undefined) {
      problems.push(
        problemAt(matches, [index, 'supply'], {
          ko: `같은 수요·공급기업 짝이 '${previous}'에도 있습니다`,
          en: 'the same demand/supply pair is listed twice',
          fix: '한 짝은 한 항목에 두고, 단계는 stages에 더하세요',
        }),
      );
    } else pairs.set(pairKey, pair.id);
    if (pair.demand === pair.supply) {
      problems.push(problemAt(matches, [index, 'supply'], { ko: '수요기업과 공급기업이 같은 기관입니다', en: 'demand and supply are the same organisation', fix: 'demand와 supply를 확인하세요' }));
    }
    if (orgs) {
      for (const side of ['demand', 'supply'] as const) {
        const org = orgs.get(pair[side]);
        const label = side === 'demand' ? '수요기업' : '공급기업';
        if (!org) {
          problems.push(
            problemAt(matches, [index, side], unknownOrganizationId(pair[side])),
          );
        } else if (!org.roles.includes(side)) {
          problems.push(
            problemAt(matches, [index, side], {
              ko: `${org.name}(${org.id})은 ${label}(${side}) 역할이 없는데 ${label}로 적혀 있습니다 (역할: ${org.roles.join(', ')})`,
              en: `'${org.id}' is used as ${side} but lacks the ${side} role`,
              fix: `demand와 supply가 바뀌지 않았는지 확인하거나, organizations.yaml에서 ${org.id}의 roles에 ${side}를 더하세요`,
            }),
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
          problemAt(matches, [index, 'stages', s, 'stage'], {
            ko: `단계 '${step.stage}'가 앞 단계 '${MATCH_STAGES[lastIndex]}' 뒤에 올 수 없습니다 (같은 단계가 두 번이거나 순서가 거꾸로입니다)`,
            en: `stage '${step.stage}' comes after '${MATCH_STAGES[lastIndex]}': stages must go forward, each once`,
            fix: `단계는 ${MATCH_STAGES.join(' → ')} 순서로, 한 번씩만 적으세요`,
          }),
        );
      }
      if (lastDate && step.date < lastDate) {
        problems.push(
          problemAt(matches, [index, 'stages', s, 'date'], {
            ko: `날짜 ${step.date}가 앞 단계의 날짜 ${lastDate}보다 빠릅니다`,
            en: `stage date ${step.date} is before the previous stage's ${lastDate}`,
            fix: '단계의 날짜를 확인하세요: 뒤 단계는 앞 단계와 같은 날이거나 그 뒤입니다',
          }),
        );
      }
      if (programme && (step.date < programme.period.start || step.date > programme.period.end)) {
        problems.push(
          problemAt(matches, [index, 'stages', s, 'date'], {
            ko: `날짜 ${step.date}가 사업 기간(${programme.period.start} ~ ${programme.period.end}) 밖입니다`,
            en: `stage date ${step.date} is outside the programme period`,
            fix: '날짜를 확인하세요',
          }),
        );
      }
      lastIndex = Math.max(lastIndex, stageIndex);
      if (step.date > lastDate) lastDate = step.date;
    });
    if (pair.release && !releaseIds.has(pair.release)) {
      problems.push(
        problemAt(matches, [index, 'release'], {
          ko: `보도자료 '${pair.release}'가 없습니다`,
          en: `unknown release '${pair.release}'`,
          fix: 'content/releases/ 의 파일 이름(.mdx 제외)을 적으세요',
        }),
      );
    } else if (pair.release) {
      // The pairs table is public now: it may not name a draft or a release still scheduled.
      const named = set.releases.find((r) => r.id === pair.release);
      if (named && !isPublic(named, set.asOf)) problems.push(problemAt(matches, [index, 'release'], problemText('pair.releaseUnpublished', { id: pair.release })));
    }
    if (sourceIds && !sourceIds.has(pair.source)) {
      problems.push(
        problemAt(matches, [index, 'source'], unknownSourceId(pair.source)),
      );
    }
  });
  return problems;
}
