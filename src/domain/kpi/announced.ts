/**
 * Values as a release announces them (<Stat value="42억 원" />), read back into
 * numbers so they can be compared with the data at the precision they were written.
 * Pure.
 */
import { formatMillionWon, formatNumber } from '../../foundation/format.ts';
import type { KpiKind } from './types.ts';

export interface Announced {
  /** In the KPI's own unit: 백만원 for money, 0–1 for shares, a count. */
  value: number;
  /** The smallest unit written, in the same unit (42억 원 → 100; 42.5% → 0.001). */
  precision: number;
  /** Words after a count (`20개 기관` → `개 기관`), to write a corrected count the same way. */
  suffix: string;
  /** How money was written: in 억 (with decimals), with 만, or in 백만원. */
  form?: 'eok' | 'man' | 'million';
}

const decimals = (digits: string | undefined) => (digits?.includes('.') ? (digits.split('.')[1] ?? '').length : 0);

/** Reads `42억 원`, `42.5억 원`, `140억 5,000만 원`, `7,500만 원`, `4,200백만원`, `42%`, `3건`, `약 20개 기관`. */
export function parseAnnounced(kind: KpiKind, text: string): Announced | undefined {
  const compact = text.normalize('NFC').replace(/\s+/g, '').replace(/^약/, '').replace(/(\d),(?=\d{3})/g, '$1');
  if (kind === 'money') {
    let m = /^(\d+(?:\.\d+)?)억(?:(\d+)만)?원?$/.exec(compact);
    if (m) {
      const eok = Number(m[1]);
      if (m[2] !== undefined) return { value: eok * 100 + Number(m[2]) / 100, precision: 0.01, suffix: '', form: 'man' };
      return { value: eok * 100, precision: 100 / 10 ** decimals(m[1]), suffix: '', form: 'eok' };
    }
    m = /^(\d+)만원?$/.exec(compact);
    if (m) return { value: Number(m[1]) / 100, precision: 0.01, suffix: '', form: 'man' };
    m = /^(\d+)백만원$/.exec(compact);
    if (m) return { value: Number(m[1]), precision: 1, suffix: '', form: 'million' };
    m = /^0원$/.exec(compact);
    if (m) return { value: 0, precision: 0.01, suffix: '', form: 'man' };
    return undefined;
  }
  if (kind === 'share') {
    const m = /^(\d+(?:\.\d+)?)%$/.exec(compact);
    if (!m) return undefined;
    return { value: Number(m[1]) / 100, precision: 0.01 / 10 ** decimals(m[1]), suffix: '' };
  }
  const m = /^(\d+)(\D*)$/.exec(compact);
  if (!m) return undefined;
  const suffix = /^(\d+)\s*(.*)$/.exec(text.normalize('NFC').trim().replace(/^약\s*/, ''))?.[2] ?? m[2] ?? '';
  return { value: Number(m[1]), precision: 1, suffix: suffix ? (/^[가-힣]/.test(suffix) ? suffix : ` ${suffix}`) : '' };
}

/** True when the data value, rounded to the announced precision, is the announced value. */
export function agrees(data: number, announced: Announced): boolean {
  return Math.round(data / announced.precision) === Math.round(announced.value / announced.precision);
}

/** The data value written the way the announcement was (same unit and precision): for correction notes. */
export function formatLike(kind: KpiKind, data: number, announced: Announced): string {
  if (kind === 'money') {
    if (announced.form === 'million') return `${formatNumber(Math.round(data))}백만원`;
    if (announced.form === 'eok') {
      const digits = Math.round(Math.log10(100 / announced.precision));
      return `${new Intl.NumberFormat('ko-KR', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(data / 100)}억 원`;
    }
    return formatMillionWon(data);
  }
  if (kind === 'share') {
    const digits = Math.max(0, Math.round(-Math.log10(announced.precision * 100)));
    return `${(data * 100).toFixed(digits)}%`;
  }
  return `${formatNumber(data)}${announced.suffix}`;
}

/** Text compared without spaces, so `42억 원` and `42억원` are the same. */
export function squeeze(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, '');
}
