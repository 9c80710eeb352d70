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
   * Where the as-of line stands, in category units: 0 is the middle of the first
   * category, each category spans ±0.5 around its index. Absent: no line (e.g. a funnel).
   */
  asOf?: { position: number; label: string };
  /** Stack bars (a funnel by month). */
  stacked?: boolean;
  /** Horizontal bars (a funnel by stage). */
  horizontal?: boolean;
}

/** Days in a calendar month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Position of an as-of day on a month axis (see `ChartSpec.asOf`). `months` are
 * `YYYY-MM`, `day` is `YYYY-MM-DD`. The line sits in its month's band by how far
 * the month has gone: 2026-11-16 sits just past the middle of the 11월 band.
 * Before the first month or after the last it is clamped to the axis ends.
 */
export function asOfPosition(months: readonly string[], day: string): number {
  if (months.length === 0) return 0;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
  const first = months[0] ?? key;
  const last = months[months.length - 1] ?? key;
  if (key < first) return -0.5;
  if (key > last) return months.length - 0.5;
  const index = months.indexOf(key);
  // d-1 whole days have passed at 00:00 of day d; count the as-of day itself as begun.
  const fraction = Math.min(d / daysInMonth(y, m), 1);
  return index - 0.5 + fraction;
}
