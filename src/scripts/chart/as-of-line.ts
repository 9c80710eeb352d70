/**
 * A small Chart.js plugin that marks the as-of day on a category (month) axis:
 * a dashed vertical line with a short label. Replaces the annotation plugin and
 * the time scale, which would not fit the page's JavaScript budget.
 */
import type { Chart, ChartType, Plugin } from 'chart.js';

export interface AsOfLineOptions {
  /** Position in category units (see ChartSpec.asOf); undefined = no line. */
  position?: number;
  label?: string;
  color?: string;
  font?: string;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    asOfLine?: TType extends ChartType ? AsOfLineOptions : never;
  }
}

/** Pixel x of a fractional category position on the chart's x scale. */
export function pixelForPosition(chart: Chart, position: number): number | undefined {
  const scale = chart.scales['x'];
  if (!scale) return undefined;
  const count = scale.ticks.length;
  if (count === 0) return undefined;
  const base = Math.min(Math.max(Math.floor(position + 0.5), 0), count - 1);
  const centre = scale.getPixelForValue(base);
  const band = count > 1 ? scale.getPixelForValue(1) - scale.getPixelForValue(0) : scale.width;
  return centre + (position - base) * band;
}

/** Pixels kept above the plot area for the as-of label (the chart's layout padding). */
export const AS_OF_LABEL_ROOM = 20;

export const asOfLinePlugin: Plugin = {
  id: 'asOfLine',
  afterDatasetsDraw(chart, _args, options: AsOfLineOptions) {
    if (options.position === undefined) return;
    const x = pixelForPosition(chart, options.position);
    if (x === undefined) return;
    const { ctx, chartArea } = chart;
    const clamped = Math.min(Math.max(x, chartArea.left), chartArea.right);
    ctx.save();
    ctx.strokeStyle = options.color ?? '#444';
    ctx.fillStyle = options.color ?? '#444';
    ctx.lineWidth = 2;
    ctx.setLineDash([4, 3]);
    ctx.beginPath();
    ctx.moveTo(clamped, chartArea.top);
    ctx.lineTo(clamped, chartArea.bottom);
    ctx.stroke();
    if (options.label) {
      ctx.setLineDash([]);
      ctx.font = options.font ?? '12px sans-serif';
      // Above the plot area, in the room the chart keeps for it (AS_OF_LABEL_ROOM): clear of every point.
      ctx.textBaseline = 'bottom';
      const width = ctx.measureText(options.label).width;
      // Label on the left of the line when it would run off the right edge.
      const leftSide = clamped + 4 + width > chartArea.right;
      ctx.textAlign = leftSide ? 'right' : 'left';
      ctx.fillText(options.label, leftSide ? clamped - 4 : clamped + 4, chartArea.top - 3);
    }
    ctx.restore();
  },
};
