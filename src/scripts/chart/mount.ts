/**
 * Draws every KPI chart on the page. Each `<figure data-kpi-chart>` carries its
 * numbers in a `<script type="application/json" data-kpi-chart-spec>` data island
 * (a ChartSpec) and a `<canvas>` with its accessible name; the HTML table beside it
 * holds the same numbers for readers without JavaScript, screen readers and print.
 *
 * Only the Chart.js parts used here are registered, to stay within the KPI page's
 * JavaScript budget (ARCHITECTURE.md): no time scale, no date adapter, no annotation plugin.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
} from 'chart.js';
import { AS_OF_LABEL_ROOM, asOfLinePlugin } from './as-of-line.ts';
import { readPalette, type Palette } from './palette.ts';
import type { ChartSpec } from '../../domain/kpi/chart-spec.ts';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  Legend,
  asOfLinePlugin,
);

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

function formatValue(spec: ChartSpec, value: number): string {
  const text = new Intl.NumberFormat('ko-KR', { maximumFractionDigits: spec.decimals }).format(value);
  // Korean writes units right after the number: 250억 원, 3개, 1건.
  return `${text}${spec.unit}`;
}

function datasets(spec: ChartSpec, palette: Palette): ChartDataset<'line' | 'bar', (number | null)[]>[] {
  return spec.series.map((series) => {
    const color = palette.series[series.role];
    const dashed = series.role === 'plan';
    if (spec.type === 'bar') {
      return { type: 'bar', label: series.label, data: series.values, backgroundColor: color, borderColor: color, borderWidth: 0 };
    }
    return {
      type: 'line',
      label: series.label,
      data: series.values,
      borderColor: color,
      backgroundColor: color,
      borderWidth: dashed ? 2 : 3,
      borderDash: series.mark?.dash ?? (dashed ? [6, 4] : []),
      pointStyle: series.mark?.point ?? (dashed ? 'rectRot' : 'circle'),
      pointRadius: dashed ? 3 : 4,
      pointHoverRadius: 6,
      spanGaps: false,
      tension: 0,
    };
  });
}

function config(spec: ChartSpec, palette: Palette): ChartConfiguration<'line' | 'bar', (number | null)[], string | string[]> {
  const valueAxis = {
    beginAtZero: true,
    stacked: spec.stacked === true,
    grid: { color: palette.grid },
    border: { display: false },
    ticks: {
      color: palette.muted,
      precision: spec.decimals === 0 ? 0 : undefined,
      callback: (value: string | number) => formatValue(spec, Number(value)),
    },
  };
  const categoryAxis = {
    type: 'category' as const,
    offset: true,
    stacked: spec.stacked === true,
    grid: { display: false },
    ticks: { color: palette.muted, autoSkip: true, maxRotation: 0 },
  };
  return {
    type: spec.type,
    data: { labels: spec.labels, datasets: datasets(spec, palette) },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      layout: { padding: { top: spec.asOf?.label ? AS_OF_LABEL_ROOM : 0 } },
      indexAxis: spec.horizontal ? 'y' : 'x',
      animation: reducedMotion.matches ? false : { duration: 500 },
      interaction: { mode: 'index', intersect: false },
      font: { family: palette.font },
      color: palette.text,
      scales: spec.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        legend: {
          display: spec.series.length > 1,
          position: 'bottom',
          labels: { color: palette.text, usePointStyle: spec.type === 'line', boxWidth: 10, boxHeight: 8 },
        },
        tooltip: {
          callbacks: {
            title: (items) => {
              const index = items[0]?.dataIndex ?? 0;
              return spec.longLabels[index] ?? '';
            },
            label: (item) =>
              item.raw === null || item.raw === undefined
                ? `${item.dataset.label ?? ''}: ${spec.noData}`
                : `${item.dataset.label ?? ''}: ${formatValue(spec, Number(item.raw))}`,
          },
        },
        asOfLine: spec.asOf
          ? { position: spec.asOf.position, label: spec.asOf.label, color: palette.asOf, font: `600 12px ${palette.font}` }
          : {},
      },
    },
  };
}

function readSpec(figure: Element): ChartSpec | undefined {
  const island = figure.querySelector('script[type="application/json"][data-kpi-chart-spec]');
  if (!island?.textContent) return undefined;
  return JSON.parse(island.textContent) as ChartSpec;
}

const charts: { chart: Chart<'line' | 'bar', (number | null)[], string | string[]>; figure: HTMLElement; spec: ChartSpec }[] = [];

function mountAll(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('figure[data-kpi-chart]')) {
    const canvas = figure.querySelector('canvas');
    const spec = readSpec(figure);
    if (!canvas || !spec) continue;
    const chart = new Chart(canvas, config(spec, readPalette(figure)));
    figure.dataset['kpiChartReady'] = '';
    charts.push({ chart, figure, spec });
  }
}

/** Recolour after a switch between light and dark (system setting or the site's own switch). */
function recolour(): void {
  for (const entry of charts) {
    const next = config(entry.spec, readPalette(entry.figure));
    entry.chart.data.datasets = next.data.datasets;
    entry.chart.options = next.options ?? {};
    entry.chart.update('none');
  }
}

mountAll();
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', recolour);
// Paper gets the print palette (palette.css) and the chart is redrawn at the page's print width.
matchMedia('print').addEventListener('change', () => {
  recolour();
  for (const entry of charts) entry.chart.resize();
});
new MutationObserver(recolour).observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'data-theme'] });
