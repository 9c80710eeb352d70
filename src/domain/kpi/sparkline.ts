/**
 * Geometry of a build-time SVG sparkline: one value per programme month (null = no
 * figure: drawn as a gap, never as 0), the x axis spanning the whole programme, and
 * the as-of position marked. Pure: the component only writes the SVG.
 */
export interface SparklineGeometry {
  width: number;
  height: number;
  /** One SVG path per run of months that have a value. */
  paths: string[];
  /** Lone points (a run of one month), drawn as dots. */
  dots: { x: number; y: number }[];
  /** The last point with a value. */
  last?: { x: number; y: number };
  /** x of the as-of line, when given. */
  asOfX?: number;
  /** y of the baseline (value 0). */
  baseline: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * @param values one per category, null = gap
 * @param asOfPosition category units as in ChartSpec.asOf (index ± 0.5)
 * @param max top of the scale (e.g. the total budget); default the largest value
 */
export function sparkline(
  values: readonly (number | null)[],
  options: { width?: number; height?: number; asOfPosition?: number; max?: number } = {},
): SparklineGeometry {
  const width = options.width ?? 160;
  const height = options.height ?? 40;
  const pad = 3;
  const n = values.length;
  const numbers = values.filter((v): v is number => v !== null);
  const max = Math.max(options.max ?? 0, ...numbers, 1);
  // Category i sits in the middle of its band, as on the charts.
  const band = n > 0 ? (width - 2 * pad) / n : 0;
  const x = (position: number) => round(pad + (position + 0.5) * band);
  const y = (value: number) => round(height - pad - (value / max) * (height - 2 * pad));
  const paths: string[] = [];
  const dots: { x: number; y: number }[] = [];
  let run: { x: number; y: number }[] = [];
  const flush = () => {
    if (run.length === 1 && run[0]) dots.push(run[0]);
    if (run.length > 1) paths.push(run.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' '));
    run = [];
  };
  let last: { x: number; y: number } | undefined;
  values.forEach((value, i) => {
    if (value === null) return flush();
    const point = { x: x(i), y: y(value) };
    run.push(point);
    last = point;
  });
  flush();
  const geometry: SparklineGeometry = { width, height, paths, dots, baseline: round(height - pad) };
  if (last) geometry.last = last;
  if (options.asOfPosition !== undefined) {
    geometry.asOfX = Math.min(Math.max(x(options.asOfPosition), pad), width - pad);
  }
  return geometry;
}
