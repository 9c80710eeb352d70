/**
 * What a KPI page hands its chart script, as JSON in a
 * `<script type="application/json">` data island beside the canvas.
 * The page builds it at build time from the KPI snapshot; the same spec also
 * fills the figure's HTML table, so chart and table always show the same numbers.
 * Types only, plus pure helpers: shared by the build (Astro) and the browser.
 */

/** How a series is drawn; the palette maps each role to a colour and a dash. */
export type SeriesRole = 'plan' | 'actual' | 'series1' | 'series2' | 'series3' | 'series4';

export interface ChartSeries {
  /** Legend and table header text, e.g. `집행(누적)`. */
  label: string;
  role: SeriesRole;
  /**
   * One value per category (month). `null` = nothing to draw there: a past month
   * not reported (미보고) or a month not reached yet. Never 0 in their place.
   */
  values: (number | null)[];
  /** What tells this line apart besides its colour (colour-blind readers, print); absent: the role's default. */
  mark?: SeriesMark;
}

/** A line's dash (px, `[]` solid) and its points' shape (Chart.js point styles). */
export interface SeriesMark {
  dash: number[];
  point: 'circle' | 'rect' | 'triangle' | 'rectRot' | 'crossRot';
}

export interface ChartSpec {
  /** `line` for cumulative series over the months, `bar` for counts per stage or month. */
  type: 'line' | 'bar';
  /** Category labels shown on the axis (`12월`, `1월` … or stage names); an array is a label of several lines. */
  labels: (string | string[])[];
  /** Longer label per category for tooltips (`2026년 1월`). */
  longLabels: string[];
  series: ChartSeries[];
  /** What a tooltip says for a month without a figure (from the dictionary: the browser code has none). */
  noData: string;
  /** Unit appended in tooltips and on the y axis (`억 원`, `개`, `쌍`). */
  unit: string;
  /** How many decimals tooltips show (money in 억 원: 1). */
  decimals: number;
  /**
   * Where the as-of line stands, in category units: category i is the point at the end of
   * month i (asOfPosition), each category spans ±0.5 around its index. Absent: no line (e.g. a funnel).
   */
  asOf?: { position: number; label: string };
  /** Stack bars (a funnel by month). */
  stacked?: boolean;
  /** Horizontal bars (a funnel by stage). */
  horizontal?: boolean;
}

const KST_MS = 9 * 60 * 60 * 1000;
/** 00:00 KST on the first day of a month (month 13 is January of the next year). */
const monthStart = (year: number, month: number) => Date.UTC(year, month - 1, 1) - KST_MS;

/**
 * Position of an as-of instant on a month axis whose points are month-end values (see
 * `ChartSpec.asOf`): point i is the figure at the end of month i, i.e. at 00:00 KST on the first
 * day of month i+1. An instant inside month i stands between the points of months i−1 and i by
 * how far month i has gone: 12월 1일 00:00 is on the 11월 point, 11월 16일 half-way between the
 * 10월 and 11월 points. `when` is an instant, or a day `YYYY-MM-DD` (00:00 KST). Clamped to the
 * axis ends (half a band beyond the first and last points).
 */
export function asOfPosition(months: readonly string[], when: string | Date): number {
  if (months.length === 0) return 0;
  const time = typeof when === 'string' ? Date.parse(`${when}T00:00:00+09:00`) : when.getTime();
  const kst = new Date(time + KST_MS);
  const [y, m] = [kst.getUTCFullYear(), kst.getUTCMonth() + 1];
  const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
  const clamp = (p: number) => Math.min(Math.max(p, -0.5), months.length - 0.5);
  if (key < (months[0] ?? key)) return -0.5;
  if (key > (months[months.length - 1] ?? key)) return clamp(months.length);
  const start = monthStart(y, m);
  return clamp(months.indexOf(key) - 1 + (time - start) / (monthStart(y, m + 1) - start));
}
