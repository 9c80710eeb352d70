/**
 * What a KPI chart hands a reader who takes it away (issue 14): the CSV's header, which names
 * each number column's unit (`누적 집행 (백만원)`: the table shows `3억 원`, the CSV the number
 * behind it), the image's size and its file name. The rows are the table's own cells, read in
 * the browser (src/scripts/chart/take-away.ts), so the CSV holds exactly what the table shows. Pure.
 */
import type { TableView } from './table.ts';

/** The chart image's size in pixels, stated on its button and checked by the browser test. */
export const CHART_IMAGE = { width: 1200, height: 800 } as const;

/** The CSV's header: the table's, with the unit of each column whose numbers have one. */
export function csvColumns(table: TableView): string[] {
  const rows = [...table.rows, ...(table.foot ? [table.foot] : [])];
  return table.head.map((head, i) => {
    if (i === 0) return head;
    const unit = rows.map((row) => row.cells[i - 1]).find((cell) => cell?.value !== undefined)?.unit;
    return unit ? `${head} (${unit})` : head;
  });
}

/** The files' name: the chart's id and the 기준일 (`budget-cumulative-2026-10-31`). */
export function takeAwayFileName(id: string, referenceDate: string | undefined): string {
  return referenceDate ? `${id}-${referenceDate}` : id;
}
