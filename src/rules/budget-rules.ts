/** Rules across budget.csv and programme.yaml: months in the period, known sources, executed within each source's amount. Pure. */
import { problemText } from '../i18n/index.ts';
import type { MessageParts, Problem } from '../foundation/problems.ts';
import { formatMonth, monthOfDay, monthsBetween } from '../foundation/month.ts';
import type { BudgetRow } from '../schemas/budget.ts';
import type { Programme } from '../schemas/programme.ts';
import { problemAt, type Located } from '../foundation/located.ts';
import { closest } from '../foundation/similar.ts';

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
      // The keys, each known also by its name (`국비` → national).
      const near = closest(row.source, programme.budget.sources.map((s) => ({ name: s.key, also: [s.name] })), 1)[0];
      const keys = [...sources.keys()].join(', ');
      problems.push(
        csvProblemAt(
          budget,
          [index, 'source'],
          near
            ? problemText('budgetRules.unknownBudgetSourceNear', { source: row.source, near, name: sources.get(near)?.name ?? '', value: keys })
            : problemText('budgetRules.unknownBudgetSourceSource', { source: row.source, value: keys }),
        ),
      );
    }
    if (!months.includes(row.month)) {
      problems.push(
        csvProblemAt(budget, [index, 'month'], problemText('budgetRules.monthMonthIsOutside', { value: formatMonth(row.month), start: programme.period.start, end: programme.period.end, month: row.month, value2: months[0], value3: months.at(-1) })),
      );
    }
    const key = `${row.month}|${row.source}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(
        csvProblemAt(budget, [index, 'month'], problemText('budgetRules.duplicateRowForMonth', { month: row.month, source: row.source, value: budget.data[first]?.line ?? '?' })),
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
        csvProblemAt(budget, [index, 'executed'], problemText('budgetRules.cumulativeExecutedTotalExceeds', { month: row.month, total, total2: programme.budget.total })),
      );
    }
    const source = sources.get(row.source);
    if (source && !overSource.has(row.source) && sourceTotal > source.amount) {
      overSource.add(row.source);
      problems.push(
        csvProblemAt(budget, [index, 'executed'], problemText('budgetRules.cumulativeExecutedOfSource', { month: row.month, name: source.name, sourceTotal, amount: source.amount, source: row.source })),
      );
    }
  }
  return problems;
}
