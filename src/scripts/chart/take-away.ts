/**
 * A KPI chart taken away (issue 14), made in the browser on click from what the page shows:
 * - CSV: the figure's table cell by cell (a number cell gives its `data-value`, the number in
 *   the unit its column header names; any other cell its text; a dash none), with the header the
 *   page computed (csvColumns), UTF-8 with a BOM and CRLF as /data/'s files, no cell a spreadsheet
 *   would run as a formula.
 * - PNG: the drawn chart on a canvas of the stated size, with its title, unit, source, 기준일
 *   and the chart's address written in, in the page's colours.
 * Loaded only on the first click (ARCHITECTURE.md: "chart image and data downloads, on click").
 */
import Papa from 'papaparse';
import { Chart } from 'chart.js';

type Kind = 'csv' | 'png';

/** `=…`, `+…`, `-…`, `@…` (and a leading tab or CR) read as text, as in /data/'s CSV files (datasets.ts). */
const neutralise = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** The table's rows as the CSV gives them. */
export function tableRows(table: HTMLTableElement): (string | number)[][] {
  return [...table.querySelectorAll<HTMLTableRowElement>('tbody tr, tfoot tr')].map((row) =>
    [...row.cells].map((cell) => {
      const value = cell.dataset['value'];
      if (value !== undefined && value !== '') return Number(value);
      const text = cell.textContent?.trim() ?? '';
      return /^[—–-]$/.test(text) ? '' : neutralise(text);
    }),
  );
}

export function figureCsv(table: HTMLTableElement, columns: string[]): string {
  return `\uFEFF${Papa.unparse({ fields: columns, data: tableRows(table) }, { newline: '\r\n', escapeFormulae: false })}\r\n`;
}

function save(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** Writes `text` at (x, y), shrinking the font until it fits `width`. */
function fitText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, width: number, weight: number, size: number, family: string): void {
  let px = size;
  do {
    ctx.font = `${weight} ${px}px ${family}`;
    px -= 1;
  } while (px > 10 && ctx.measureText(text).width > width);
  ctx.fillText(text, x, y);
}

export async function figurePng(figure: HTMLElement, box: HTMLElement, chartCanvas: HTMLCanvasElement): Promise<Blob> {
  const width = Number(box.dataset['width']);
  const height = Number(box.dataset['height']);
  const style = getComputedStyle(figure);
  const family = style.fontFamily || 'sans-serif';
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const background = style.backgroundColor && style.backgroundColor !== 'rgba(0, 0, 0, 0)' ? style.backgroundColor : '#ffffff';
  const text = read('--kpi-text', style.color || '#1a1f26');
  const muted = read('--kpi-muted', text);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  const pad = 40;
  const inner = width - 2 * pad;
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = text;
  const title = figure.querySelector('.kpi-figure__title')?.textContent?.trim() ?? '';
  fitText(ctx, title, pad, pad + 34, inner, 700, 36, family);
  ctx.fillStyle = muted;
  fitText(ctx, [box.dataset['unit'], box.dataset['reference']].filter(Boolean).join(' · '), pad, pad + 76, inner, 400, 22, family);
  // The chart, scaled to fit between the heading and the foot, its proportions kept.
  const top = pad + 100;
  const bottom = height - pad - 64;
  sharpCanvas(chartCanvas, inner, (source) => {
    const scale = Math.min(inner / source.width, (bottom - top) / source.height);
    const w = source.width * scale;
    const h = source.height * scale;
    ctx.drawImage(source, pad + (inner - w) / 2, top + (bottom - top - h) / 2, w, h);
  });
  ctx.fillStyle = muted;
  fitText(ctx, box.dataset['source'] ?? '', pad, height - pad - 30, inner, 400, 20, family);
  ctx.fillStyle = text;
  fitText(ctx, box.dataset['url'] ?? '', pad, height - pad, inner, 700, 20, family);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/png'));
}

/**
 * The chart drawn sharp enough for the image: on a phone its canvas is a third of the image's
 * width, so it is drawn once more at a higher pixel ratio (same layout), copied, and put back.
 */
function sharpCanvas(canvas: HTMLCanvasElement, width: number, draw: (source: HTMLCanvasElement) => void): void {
  const chart = Chart.getChart(canvas);
  const ratio = width / Math.max(1, canvas.clientWidth);
  if (!chart || ratio <= (window.devicePixelRatio || 1)) {
    draw(canvas);
    return;
  }
  const before = chart.options.devicePixelRatio;
  chart.options.devicePixelRatio = ratio;
  chart.resize();
  chart.update('none');
  try {
    draw(canvas);
  } finally {
    chart.options.devicePixelRatio = before;
    chart.resize();
    chart.update('none');
  }
}

export async function takeAway(figure: HTMLElement, box: HTMLElement, kind: Kind): Promise<void> {
  const name = box.dataset['file'] ?? 'chart';
  if (kind === 'csv') {
    const table = figure.querySelector('table');
    if (!table) throw new Error('no table');
    const columns = JSON.parse(box.dataset['columns'] ?? '[]') as string[];
    save(new Blob([figureCsv(table, columns)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
    return;
  }
  const canvas = figure.querySelector('canvas');
  if (!canvas || !('kpiChartReady' in figure.dataset)) throw new Error('chart not drawn');
  save(await figurePng(figure, box, canvas), `${name}.png`);
}
