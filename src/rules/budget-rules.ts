/** Rules across budget.csv and programme.yaml: months in the period, known sources, executed within each source's amount. Pure. */
import type { MessageParts, Problem } from '../foundation/problems.ts';
import { formatMonth, monthOfDay, monthsBetween } from '../foundation/month.ts';
import type { BudgetRow } from '../schemas/budget.ts';
import type { Programme } from '../schemas/programme.ts';
import { problemAt, type Located } from '../foundation/located.ts';

/** A CSV row's problem: the field is the column's name (the line and column number say which row). */
function csvProblemAt(entry: Located<unknown>, path: [number, string], parts: MessageParts): Problem {
  return { ...problemAt(entry, path, parts), field: path[1] };
}

export function checkBudget(budget: Located<BudgetRow[]>, programme: Programme): Problem[] {
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
