/**
 * Chart colours come from CSS custom properties on the figure (set in
 * src/components/kpi/KpiFigure.astro for light and dark), so the chart follows
 * the page's colour scheme. Okabe–Ito colours: distinguishable with the common
 * forms of colour blindness; plan lines are also dashed, so colour is never the
 * only difference.
 */
import type { SeriesRole } from '../../domain/kpi/chart-spec.ts';

export interface Palette {
  text: string;
  muted: string;
  grid: string;
  asOf: string;
  font: string;
  series: Record<SeriesRole, string>;
}

const FALLBACK: Record<SeriesRole, string> = {
  actual: '#0072B2',
  plan: '#D55E00',
  series1: '#0072B2',
  series2: '#D55E00',
  series3: '#009E73',
  series4: '#CC79A7',
};

export function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  const series = Object.fromEntries(
    (Object.keys(FALLBACK) as SeriesRole[]).map((role) => [role, read(`--kpi-${role}`, FALLBACK[role])]),
  ) as Record<SeriesRole, string>;
  const text = read('--kpi-text', style.color || '#222');
  return {
    text,
    muted: read('--kpi-muted', text),
    grid: read('--kpi-grid', 'rgba(127,127,127,0.25)'),
    asOf: read('--kpi-asof', text),
    font: style.fontFamily || 'sans-serif',
    series,
  };
}
