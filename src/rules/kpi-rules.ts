/**
 * Cross-file rules for the KPI data (budget.csv, matches.yaml, revisions.yaml) and for
 * figures quoted in releases with <Stat>. Pure: the readers hand in parsed data, a way
 * to locate each field, and the <Stat> uses found in release bodies.
 *
 * <Stat> rule (docs: docs/편집-가이드 KPI section):
 *   <Stat kpi="budget.executed" at="2026-06" value="42억 원" /> must agree with the data:
 *   the data's value for that KPI and month, rounded to the precision the value is written
 *   in (42억 원 → to 1억; 42.5% → to 0.1%p; counts exactly), equals the announced value.
 *   When the data changes after publication the build fails, until the release records
 *   the change: a `corrections` entry dated after the release's `date` whose note contains
 *   both the announced value and the value the data now gives, written the same way
 *   (e.g. "6월 누적 집행액 42억 원 → 43억 원, 5월 실적 정정"). The message prints the
 *   exact text to add. The release keeps its announced value; <Stat> marks it as corrected.
 *   An unknown KPI name, a period outside the programme, or a month the data gives no
 *   figure for (미보고) fails too.
 */
import type { MessageParts, Problem } from '../foundation/problems.ts';
import { message } from '../i18n/messages.ts';
import { isPublic } from '../domain/releases.ts';
import { squeeze } from '../domain/kpi/announced.ts';
import { formatMonth, monthOfDay, monthsBetween } from '../foundation/month.ts';
import { kpiSnapshot } from '../domain/kpi/snapshot.ts';
import { statFigure } from '../domain/kpi/stat.ts';
import type { KpiInput, KpiSnapshot } from '../domain/kpi/types.ts';
import { kstDay } from '../foundation/kst.ts';
import type { BudgetRow } from '../schemas/budget.ts';
import { unknownOrganizationId, unknownSourceId } from './cross-file.ts';
import { MATCH_STAGES, type MatchPair } from '../schemas/match.ts';
import type { Organization } from '../schemas/organization.ts';
import type { Programme } from '../schemas/programme.ts';
import type { Revision } from '../schemas/revision.ts';
import type { Located } from '../foundation/located.ts';
import type { ReleaseEntry } from '../schemas/release.ts';
import { KPI_NAMES } from '../schemas/kpi-names.ts';

/** One <Stat .../> found in a release body; attribute values are text, or `null` for an {expression}. */
export interface StatUse {
  release: ReleaseEntry;
  line?: number;
  column?: number;
  attributes: Record<string, string | null>;
}

export interface KpiContentSet {
  programme?: Located<Programme>;
  organizations?: Located<Organization[]>;
  budget?: Located<BudgetRow[]>;
  matches?: Located<MatchPair[]>;
  revisions?: Located<Revision[]>;
  releases: ReleaseEntry[];
  /** Every release file there is, read or not: a bad release is not a missing one. */
  releaseFileIds?: ReadonlySet<string>;
  stats: StatUse[];
  /** False when a KPI data file failed to read: <Stat> values are then not compared (the file's own problems are reported). */
  dataComplete: boolean;
  /** The run's instant: a pair may only name a release that is public by then. */
  asOf: Date;
}

function problemAt(entry: Located<unknown>, path: PropertyKey[], parts: MessageParts): Problem {
  const where = entry.locate(path) ?? entry.locate(path.slice(0, 1));
  return { file: entry.file, field: path.map(String).join('.') || '(파일)', severity: 'error', ...parts, ...where };
}

/** A CSV row's problem: the field is the column's name (the line and column number say which row). */
function csvProblemAt(entry: Located<unknown>, path: [number, string], parts: MessageParts): Problem {
  return { ...problemAt(entry, path, parts), field: path[1] };
}

function checkBudget(budget: Located<BudgetRow[]>, programme: Programme): Problem[] {
  const problems: Problem[] = [];
  const sources = new Map(programme.budget.sources.map((s) => [s.key, s]));
  const months = monthsBetween(monthOfDay(programme.period.start), monthOfDay(programme.period.end));
  const seen = new Map<string, number>();
  budget.data.forEach((row, index) => {
    if (!sources.has(row.source)) {
      problems.push(
        csvProblemAt(budget, [index, 'source'], {
          ko: `재원 키 '${row.source}'가 programme.yaml의 budget.sources에 없습니다`,
          en: `unknown budget source '${row.source}'`,
          fix: `다음 중 하나로 적으세요: ${[...sources.keys()].join(', ')}`,
        }),
      );
    }
    if (!months.includes(row.month)) {
      problems.push(
        csvProblemAt(budget, [index, 'month'], {
          ko: `${formatMonth(row.month)}은 사업 기간(${programme.period.start} ~ ${programme.period.end}) 밖입니다`,
          en: `month ${row.month} is outside the programme period`,
          fix: `${months[0]}부터 ${months.at(-1)}까지의 월만 적으세요`,
        }),
      );
    }
    const key = `${row.month}|${row.source}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(
        csvProblemAt(budget, [index, 'month'], {
          ko: `${row.month} ${row.source} 행이 두 번 있습니다 (${budget.data[first]?.line ?? '?'}행과 같음)`,
          en: `duplicate row for ${row.month} / ${row.source}`,
          fix: '한 달·한 재원은 한 행에만 적으세요. 금액을 고칠 때는 원래 행을 고치세요',
        }),
      );
    } else seen.set(key, index);
  });

  // Cumulative executed may not pass the programme total, nor a source's own amount.
  const ordered = budget.data.map((row, index) => ({ row, index })).sort((a, b) => a.row.month.localeCompare(b.row.month) || a.index - b.index);
  let total = 0;
  let overTotal = false;
  const bySource = new Map<string, number>();
  const overSource = new Set<string>();
  for (const { row, index } of ordered) {
    if (row.executed === undefined) continue;
    total += row.executed;
    const sourceTotal = (bySource.get(row.source) ?? 0) + row.executed;
    bySource.set(row.source, sourceTotal);
    if (!overTotal && total > programme.budget.total) {
      overTotal = true;
      problems.push(
        csvProblemAt(budget, [index, 'executed'], {
          ko: `${row.month}까지의 누적 집행액(${total}백만원)이 총사업비(${programme.budget.total}백만원)를 넘습니다`,
          en: `cumulative executed ${total} exceeds the programme total ${programme.budget.total}`,
          fix: '금액 단위(백만원)와 행의 중복을 확인하세요',
        }),
      );
    }
    const source = sources.get(row.source);
    if (source && !overSource.has(row.source) && sourceTotal > source.amount) {
      overSource.add(row.source);
      problems.push(
        csvProblemAt(budget, [index, 'executed'], {
          ko: `${row.month}까지 ${source.name}의 누적 집행액(${sourceTotal}백만원)이 그 재원의 금액(${source.amount}백만원)을 넘습니다`,
          en: `cumulative executed of '${row.source}' exceeds its amount ${source.amount}`,
          fix: '금액 단위(백만원)와 재원 키를 확인하거나, programme.yaml의 재원 금액을 고치세요',
        }),
      );
    }
  }
  return problems;
}

function checkMatches(set: KpiContentSet, matches: Located<MatchPair[]>): Problem[] {
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
      if (named && !isPublic(named, set.asOf)) problems.push(problemAt(matches, [index, 'release'], message('pair.releaseUnpublished', { id: pair.release })));
    }
    if (sourceIds && !sourceIds.has(pair.source)) {
      problems.push(
        problemAt(matches, [index, 'source'], unknownSourceId(pair.source)),
      );
    }
  });
  return problems;
}

function checkRevisions(set: KpiContentSet, revisions: Located<Revision[]>): Problem[] {
  const sourceIds = set.programme ? new Set(Object.keys(set.programme.data.sources)) : undefined;
  const problems: Problem[] = [];
  revisions.data.forEach((revision, index) => {
    if (revision.source && sourceIds && !sourceIds.has(revision.source)) {
      problems.push(
        problemAt(revisions, [index, 'source'], unknownSourceId(revision.source)),
      );
    }
  });
  return problems;
}

function statProblem(use: StatUse, parts: MessageParts, field = '<Stat>'): Problem {
  const p: Problem = { file: use.release.file, field, severity: 'error', ...parts };
  if (use.line !== undefined) p.line = use.line;
  if (use.column !== undefined) p.column = use.column;
  return p;
}

/** Checks one <Stat> against the KPI snapshot of the run's as-of instant (src/domain/kpi/stat.ts). */
export function checkStat(use: StatUse, snapshot: KpiSnapshot | undefined): Problem[] {
  const attrs = use.attributes;
  for (const name of ['kpi', 'at', 'value']) {
    if (attrs[name] === null) {
      return [statProblem(use, { ko: `<Stat>의 ${name}에 {…} 식은 쓸 수 없습니다`, en: `${name} must be plain text in quotes`, fix: `${name}="…" 처럼 따옴표로 적으세요` })];
    }
    if (attrs[name] === undefined || attrs[name]?.trim() === '') {
      return [
        statProblem(use, {
          ko: `<Stat>에 ${name}이 없습니다`,
          en: `<Stat> needs ${name}`,
          fix: '예: <Stat kpi="budget.executed" at="2026-06" value="42억 원" />',
        }),
      ];
    }
  }
  const unknown = Object.keys(attrs).filter((name) => !['kpi', 'at', 'value'].includes(name));
  if (unknown.length > 0) {
    return [statProblem(use, { ko: `<Stat>에 알 수 없는 속성 ${unknown.join(', ')}`, en: `unknown attribute ${unknown.join(', ')}`, fix: 'kpi, at, value만 쓸 수 있습니다' })];
  }
  const kpi = (attrs['kpi'] ?? '').trim();
  const at = (attrs['at'] ?? '').trim();
  const value = attrs['value'] ?? '';
  if (!(KPI_NAMES as readonly string[]).includes(kpi)) {
    return [statProblem(use, { ko: `알 수 없는 지표 이름 '${kpi}'`, en: `unknown KPI '${kpi}'`, fix: `다음 중 하나로 적으세요: ${KPI_NAMES.join(', ')}` })];
  }
  if (!snapshot) return [];
  const figure = statFigure(snapshot, { kpi, at, value });
  if (!figure.ok && figure.reason === 'unreadable-value') {
    const example = figure.kind === 'money' ? '42억 원, 42억 5,000만 원, 4,250백만원' : figure.kind === 'share' ? '42%, 42.5%' : '3건, 20개 기관';
    return [statProblem(use, { ko: `value '${value}'를 ${figure.label} 값으로 읽을 수 없습니다`, en: `cannot read value '${value}'`, fix: `예: ${example}` })];
  }
  if (!figure.ok) {
    return [statProblem(use, { ko: figure.message, en: `unknown period '${at}'`, fix: 'at="2026-06" 처럼 사업 기간 안의 월을 YYYY-MM으로 적으세요' })];
  }
  const month = formatMonth(at);
  if (figure.data === undefined) {
    return [
      statProblem(use, {
        ko: `데이터에 ${month} ${figure.label} 값이 없습니다 (미보고이거나 그달이 아직 끝나지 않았습니다)`,
        en: `the data gives no ${kpi} for ${at} (not reported, or the month has not ended)`,
        fix: '데이터 파일(budget.csv, matches.yaml, organizations.yaml)에 그 달의 수치를 먼저 커밋하세요. 집행액은 그달이 끝난 뒤에 보입니다',
      }),
    ];
  }
  if (figure.current === undefined) return [];
  const now = figure.current;
  const releaseDay = kstDay(use.release.data.date.instant);
  const corrected = (use.release.data.corrections ?? []).some(
    (c) => c.date.instant.getTime() > use.release.data.date.instant.getTime() && squeeze(c.note).includes(squeeze(value)) && squeeze(c.note).includes(squeeze(now)),
  );
  if (corrected) return [];
  return [
    statProblem(use, {
      ko: `발표한 ${month} ${figure.label} '${value}'와 지금 데이터의 값 '${now}'가 다릅니다`,
      en: `announced ${kpi} ${at} = '${value}' but the data now gives '${now}'`,
      fix: `데이터가 틀렸다면 데이터를 고치세요. 데이터가 맞다면 이 보도자료 머리말에 정정 기록을 더하세요: corrections: [{ date: ${releaseDay} 이후의 정정일, note: "${month} ${figure.label} ${value} → ${now} (사유)" }]`,
    }),
  ];
}

export function checkKpiRules(set: KpiContentSet): Problem[] {
  const problems: Problem[] = [];
  const programme = set.programme?.data;
  if (set.budget && programme) problems.push(...checkBudget(set.budget, programme));
  if (set.matches) problems.push(...checkMatches(set, set.matches));
  if (set.revisions) problems.push(...checkRevisions(set, set.revisions));
  const input: KpiInput | undefined =
    programme && set.organizations && set.dataComplete && problems.length === 0
      ? {
          programme,
          organizations: set.organizations.data,
          budget: set.budget?.data ?? [],
          matches: set.matches?.data ?? [],
          revisions: set.revisions?.data ?? [],
        }
      : undefined;
  const snapshot = input ? kpiSnapshot(input, set.asOf) : undefined;
  for (const use of set.stats) problems.push(...checkStat(use, snapshot));
  return problems;
}


