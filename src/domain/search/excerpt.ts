/**
 * Result excerpts from the real text only: Pagefind's content for a page ends with the
 * portal's hidden index terms after a separator, which are cut off here and never shown.
 * Returns plain segments; the page turns them into text nodes and <mark> elements.
 * Figures are marked by their value, in any spelling: the form `30000000원` marks `3천만 원`.
 */
import { numberSpans } from './numbers.ts';

/**
 * Where a page's real text ends and the hidden index terms begin (the index writes it:
 * src/build/pagefind-index.ts). U+001E, the record separator: a control character, which
 * `validate` refuses in every text and body, so no content can contain it (a `␞` an author
 * writes is text like any other and must not cut the excerpt).
 */
export const HIDDEN_MARK = '\u001E';

export interface Segment {
  text: string;
  mark: boolean;
}

/** The page's readable text: before the hidden terms, without the title it starts with. */
export function realText(content: string, title = ''): string {
  const cut = content.split(HIDDEN_MARK)[0] ?? '';
  const trimmed = cut.replace(/\s*\.?\s*$/u, '').trim();
  if (title && trimmed.startsWith(title)) return trimmed.slice(title.length).replace(/^[\s.]+/u, '');
  return trimmed;
}

/** Case- and width-insensitive comparison without changing string positions. */
function fold(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).toLowerCase();
}

/** Where any of the forms occurs in the text: [start, end) ranges, merged, in order. */
export function findMatches(text: string, forms: readonly string[]): [number, number][] {
  const haystack = fold(text);
  const ranges: [number, number][] = [];
  const wanted = new Set(forms.map(fold).filter((f) => f.length > 0));
  for (const form of wanted) {
    let at = haystack.indexOf(form);
    while (at >= 0) {
      ranges.push([at, at + form.length]);
      at = haystack.indexOf(form, at + form.length);
    }
  }
  // A figure searched by its canonical form (30000000원) is marked where the text writes it (3,000만 원).
  if (/\d/u.test([...wanted].join(''))) {
    for (const span of numberSpans(haystack)) if (span.terms.some((term) => wanted.has(term))) ranges.push([span.start, span.figureEnd]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** A window of about `length` characters around the densest matches, as segments. */
export function excerpt(text: string, forms: readonly string[], length = 150): Segment[] {
  const matches = findMatches(text, forms);
  let start = 0;
  if (matches.length > 0) {
    // The window that holds the most matches, starting a little before its first one.
    let best = 0;
    let bestCount = 0;
    for (let i = 0; i < matches.length; i += 1) {
      const from = matches[i]![0];
      const count = matches.filter(([s, e]) => s >= from && e <= from + length).length;
      if (count > bestCount) {
        best = i;
        bestCount = count;
      }
    }
    start = Math.max(0, matches[best]![0] - 30);
    const space = text.lastIndexOf(' ', start);
    if (start > 0 && space >= 0 && start - space < 15) start = space + 1;
  }
  const end = Math.min(text.length, start + length);
  const segments: Segment[] = [];
  const push = (value: string, mark: boolean) => {
    if (value) segments.push({ text: value, mark });
  };
  if (start > 0) push('… ', false);
  let at = start;
  for (const [s, e] of matches) {
    if (e <= start || s >= end) continue;
    push(text.slice(at, Math.max(at, s)), false);
    push(text.slice(Math.max(s, at), Math.min(e, end)), true);
    at = Math.min(e, end);
  }
  push(text.slice(at, end), false);
  if (end < text.length) push(' …', false);
  return segments;
}
