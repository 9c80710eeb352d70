/**
 * Emphasis that works in Korean: the CJK-friendly amendment of CommonMark's emphasis rule
 * (tats-u/markdown-cjk-friendly, specification.md; the rule `remark-cjk-friendly` gives remark),
 * applied to the tree Sätteri parsed, which follows plain CommonMark. CommonMark decides whether a
 * `**` may open or close from the characters beside it, so a run between a bracket or quote and a
 * Hangul particle (`**「AI 대전환」**을`, `**국비 140억 원(60%)**을`, `**"제주"**는`) can do neither
 * and prints as asterisks; the amendment lets it close before (and open after) CJK characters.
 *
 * How: the inline content of each block (a paragraph, heading, cell, link text …) is turned back
 * into its delimiter runs — the emphasis Sätteri made and the unescaped `*`/`_` its text still
 * shows — and CommonMark's "process emphasis" is run over them twice, with CommonMark's flanking
 * rule and with the amended one. Only when the CommonMark run gives back exactly what Sätteri made
 * (so this code read the content as the parser did) and the amended run differs is the content
 * replaced. A body that renders the same under both rules is left untouched, byte for byte.
 *
 * Runs of `**` or `__` that nothing closes are recorded on their block (`data.unclosedEmphasis`,
 * with line and column in the body), for the release-body check: they would print as asterisks.
 * Pure: the tree and its source in, the same tree changed in place.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { lineIndex } from '../foundation/line-index.ts';
import {
  classifyCharacter,
  classifyPrecedingCharacter,
  isCjk,
  isCjkOrIvs,
  isNonCjkPunctuation,
  isSpaceOrPunctuation,
  isUnicodeWhitespace,
} from 'micromark-extension-cjk-friendly-util';
import { MAX_DEPTH, type UnclosedEmphasis } from '../schemas/release-body.ts';

type Node = Root | RootContent | ElementContent;
type Parent = Extract<Node, { children: unknown[] }>;
type Marker = '*' | '_';
export type EmphasisRule = 'commonmark' | 'cjk';

/** micromark's class bit for punctuation (its `constants.characterGroupPunctuation`). */
const PUNCTUATION = 2;

/**
 * Whether a run of `marker` may open and close, from the code points beside it (`null`: the line's
 * edge, which counts as white space). The amended rule is `micromark-extension-cjk-friendly`'s
 * (src/ext/attention.ts) without micromark's own extra (a neighbour that is itself `*`, `_` or `~`
 * lets a run open or close), which CommonMark and Sätteri do not have.
 */
export function runFlanking(marker: Marker, previous: number | null, twoBack: number | null, next: number | null, rule: EmphasisRule): { open: boolean; close: boolean } {
  const after = classifyCharacter(next);
  let before = classifyCharacter(previous);
  let open: boolean;
  let close: boolean;
  if (rule === 'commonmark') {
    const afterPunct = (after & PUNCTUATION) !== 0;
    const beforePunct = (before & PUNCTUATION) !== 0;
    open = !isUnicodeWhitespace(after) && (!afterPunct || isUnicodeWhitespace(before) || beforePunct);
    close = !isUnicodeWhitespace(before) && (!beforePunct || isUnicodeWhitespace(after) || afterPunct);
  } else {
    // A variation selector after a character counts as that character.
    before = classifyPrecedingCharacter(before, () => twoBack, previous);
    const beforeNonCjkPunct = isNonCjkPunctuation(before);
    const beforeSpaceOrNonCjkPunct = beforeNonCjkPunct || isUnicodeWhitespace(before);
    const afterNonCjkPunct = isNonCjkPunctuation(after);
    const afterSpaceOrNonCjkPunct = afterNonCjkPunct || isUnicodeWhitespace(after);
    open = !afterSpaceOrNonCjkPunct || (afterNonCjkPunct && (beforeSpaceOrNonCjkPunct || isCjkOrIvs(before)));
    close = !beforeSpaceOrNonCjkPunct || (beforeNonCjkPunct && (afterSpaceOrNonCjkPunct || isCjk(after)));
  }
  if (marker === '*') return { open, close };
  return { open: open && (isSpaceOrPunctuation(before) || !close), close: close && (isSpaceOrPunctuation(after) || !open) };
}

// ───────────────────────────── a block's inline content as tokens ─────────────────────────────

interface TextToken {
  kind: 'text';
  node: Text;
  /** The part of the node's value this token holds. */
  value: string;
}
interface DelimiterToken {
  kind: 'delim';
  marker: Marker;
  /** Offset of the run's first character in the body, and its length. */
  offset: number;
  length: number;
}
interface NodeToken {
  kind: 'node';
  node: ElementContent;
}
type Token = TextToken | DelimiterToken | NodeToken;

/** A delimiter run while emphasis is processed: what is left of it, and what it may do. */
interface Run {
  marker: Marker;
  offset: number;
  length: number;
  open: boolean;
  close: boolean;
}
type Item =
  | { kind: 'text'; value: string; node: Text }
  | { kind: 'run'; run: Run }
  | { kind: 'emphasis'; tag: 'em' | 'strong'; start: number; end: number; children: Item[] }
  | { kind: 'node'; node: ElementContent };

/** Nodes that sit inside a line of text; any other node (a list, a table, a block quote …) ends a stretch of inline content. */
const PHRASING = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'del', 'dfn', 'em', 'i', 'img', 'input', 'ins', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'wbr']);
/** Elements whose text is literal: code, and links written as bare addresses (their text is the address). */
const isLiteral = (node: Node, source: string): boolean =>
  node.type === 'element' && (node.tagName === 'code' || node.tagName === 'pre' || (node.tagName === 'a' && source[startOf(node) ?? -1] !== '['));

const startOf = (node: { position?: { start: { offset?: number | undefined } } | undefined }) => node.position?.start.offset;
const endOf = (node: { position?: { end: { offset?: number | undefined } } | undefined }) => node.position?.end.offset;

/** `&…;` references that stand for `*` or `_`. */
const MARKER_ENTITY = /^&(?:ast|midast|lowbar|UnderBar|#0*(?:42|95)|#[xX]0*(?:2[aA]|5[fF]));/;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * The offsets of the unescaped `*` and `_` in a text node's source, or undefined when they cannot be
 * matched one to one with the `*` and `_` of its value (the node is then not understood).
 */
function delimiterOffsets(node: Text, source: string): (number | undefined)[] | undefined {
  const start = startOf(node);
  const end = endOf(node);
  const inValue = [...node.value].filter((c) => c === '*' || c === '_').length;
  if (inValue === 0) return [];
  if (start === undefined || end === undefined) return undefined;
  const found: (number | undefined)[] = [];
  for (let i = start; i < end; i += 1) {
    const c = source[i];
    if (c === '\\' && ASCII_PUNCTUATION.test(source[i + 1] ?? '')) {
      if (source[i + 1] === '*' || source[i + 1] === '_') found.push(undefined);
      i += 1;
    } else if (c === '&') {
      const entity = MARKER_ENTITY.exec(source.slice(i, i + 12));
      if (entity) {
        found.push(undefined);
        i += entity[0].length - 1;
      }
    } else if (c === '*' || c === '_') found.push(i);
  }
  return found.length === inValue ? found : undefined;
}

/** Whether an element is emphasis Sätteri made from `*` or `_` (not an HTML `<em>` or `<strong>`). */
function emphasisMarker(node: Node, source: string): Marker | undefined {
  if (node.type !== 'element' || (node.tagName !== 'em' && node.tagName !== 'strong')) return undefined;
  const start = startOf(node);
  const end = endOf(node);
  if (start === undefined || end === undefined) return undefined;
  const marker = source[start];
  if (marker !== '*' && marker !== '_') return undefined;
  const width = node.tagName === 'strong' ? 2 : 1;
  const fence = marker.repeat(width);
  return source.slice(start, start + width) === fence && source.slice(end - width, end) === fence ? marker : undefined;
}

/**
 * The tokens of a stretch of inline content, or undefined when a text node is not understood (or
 * emphasis is nested deeper than a body may be: the body check refuses that).
 */
function tokenize(children: readonly ElementContent[], source: string, depth = 0): Token[] | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const tokens: Token[] = [];
  const delimiter = (marker: Marker, offset: number, length: number) => {
    const last = tokens.at(-1);
    // Characters of one marker that touch in the source are one run (`***` from `*` + `**`).
    if (last?.kind === 'delim' && last.marker === marker && last.offset + last.length === offset) last.length += length;
    else tokens.push({ kind: 'delim', marker, offset, length });
  };
  for (const child of children) {
    if (child.type === 'text') {
      const offsets = delimiterOffsets(child, source);
      if (!offsets) return undefined;
      let text = '';
      let k = 0;
      for (const c of child.value) {
        const offset = c === '*' || c === '_' ? offsets[k++] : undefined;
        if (offset === undefined) {
          text += c;
          continue;
        }
        if (text) tokens.push({ kind: 'text', node: child, value: text });
        text = '';
        delimiter(c as Marker, offset, 1);
      }
      if (text) tokens.push({ kind: 'text', node: child, value: text });
      continue;
    }
    const marker = emphasisMarker(child, source);
    if (marker && child.type === 'element') {
      const width = child.tagName === 'strong' ? 2 : 1;
      delimiter(marker, startOf(child) as number, width);
      const inner = tokenize(child.children, source, depth + 1);
      if (!inner) return undefined;
      for (const token of inner) {
        if (token.kind === 'delim') delimiter(token.marker, token.offset, token.length);
        else tokens.push(token);
      }
      delimiter(marker, (endOf(child) as number) - width, width);
      continue;
    }
    tokens.push({ kind: 'node', node: child });
  }
  return tokens;
}

// ───────────────────────────── CommonMark's "process emphasis" ─────────────────────────────

/** The code point before `offset` as the parser saw it: `null` at the start of a line (after any `>` and indentation). */
function codeBefore(source: string, offset: number): number | null {
  // Back over what may be a block quote's marks and indentation, to the line's start or to text.
  let i = offset - 1;
  while (i >= 0 && (source[i] === ' ' || source[i] === '\t' || source[i] === '>')) i -= 1;
  if (i < 0 || source[i] === '\n') return null;
  const unit = source.charCodeAt(offset - 1);
  return unit >= 0xdc00 && unit <= 0xdfff && offset >= 2 ? (source.codePointAt(offset - 2) ?? unit) : unit;
}
const codeAfter = (source: string, offset: number): number | null => (offset < source.length ? (source.codePointAt(offset) ?? null) : null);
/** How many UTF-16 units the character before `offset` takes. */
const unitsBefore = (source: string, offset: number) => (/[\uDC00-\uDFFF]/.test(source[offset - 1] ?? '') && offset >= 2 ? 2 : 1);

type Flanking = { open: boolean; close: boolean };

/** What each run of the tokens may do under `rule`, in order (from the characters beside it in the source). */
function flankings(tokens: readonly Token[], rule: EmphasisRule, source: string): Flanking[] {
  return tokens.flatMap((token) => {
    if (token.kind !== 'delim') return [];
    const previous = codeBefore(source, token.offset);
    const twoBack = previous === null ? null : codeBefore(source, token.offset - unitsBefore(source, token.offset));
    return [runFlanking(token.marker, previous, twoBack, codeAfter(source, token.offset + token.length), rule)];
  });
}

function processEmphasis(tokens: readonly Token[], flanking: readonly Flanking[]): Item[] {
  let run = 0;
  const items: Item[] = tokens.map((token): Item => {
    if (token.kind === 'text') return { kind: 'text', value: token.value, node: token.node };
    if (token.kind === 'node') return { kind: 'node', node: token.node };
    const { open, close } = flanking[run++] as Flanking;
    return { kind: 'run', run: { marker: token.marker, offset: token.offset, length: token.length, open, close } };
  });
  const stack: Run[] = items.flatMap((item) => (item.kind === 'run' ? [item.run] : []));
  let closerIndex = 0;
  while (closerIndex < stack.length) {
    const closer = stack[closerIndex] as Run;
    if (!closer.close) {
      closerIndex += 1;
      continue;
    }
    let openerIndex = closerIndex - 1;
    for (; openerIndex >= 0; openerIndex -= 1) {
      const opener = stack[openerIndex] as Run;
      if (opener.marker !== closer.marker || !opener.open) continue;
      // The rule of 3, on the runs' remaining lengths (as micromark and Sätteri count them).
      if ((opener.close || closer.open) && closer.length % 3 !== 0 && (opener.length + closer.length) % 3 === 0) continue;
      break;
    }
    if (openerIndex < 0) {
      if (closer.open) closerIndex += 1;
      else stack.splice(closerIndex, 1);
      continue;
    }
    const opener = stack[openerIndex] as Run;
    wrap(items, opener, closer, opener.length >= 2 && closer.length >= 2 ? 2 : 1);
    stack.splice(openerIndex + 1, closerIndex - openerIndex - 1);
    closerIndex = openerIndex + 1;
    if (opener.length === 0) {
      stack.splice(openerIndex, 1);
      closerIndex -= 1;
    }
    if (closer.length === 0) stack.splice(closerIndex, 1);
  }
  return items;
}

/** Puts the items between two runs into emphasis (emphasis is made from the inside out, so both are at the top level). */
function wrap(items: Item[], opener: Run, closer: Run, use: number): void {
  const from = items.findIndex((item) => item.kind === 'run' && item.run === opener);
  const to = items.findIndex((item) => item.kind === 'run' && item.run === closer);
  const start = opener.offset + opener.length - use;
  const end = closer.offset + use;
  opener.length -= use;
  closer.offset += use;
  closer.length -= use;
  items.splice(from + 1, to - from - 1, { kind: 'emphasis', tag: use === 2 ? 'strong' : 'em', start, end, children: items.slice(from + 1, to) });
}

// ───────────────────────────── comparing and rebuilding ─────────────────────────────

/** One string for a result: text, leftover markers, emphasis and the other nodes (by identity). */
function signature(items: readonly Item[], nodes: Map<unknown, number>): string {
  const id = (node: unknown) => {
    if (!nodes.has(node)) nodes.set(node, nodes.size);
    return `\u0000${nodes.get(node)}\u0000`;
  };
  return items
    .map((item) => {
      if (item.kind === 'text') return item.value;
      if (item.kind === 'run') return item.run.marker.repeat(item.run.length);
      if (item.kind === 'node') return id(item.node);
      return `\u0001${item.tag}\u0001${signature(item.children, nodes)}\u0002`;
    })
    .join('');
}

/** The same string for the children as Sätteri made them. */
function treeSignature(children: readonly ElementContent[], source: string, nodes: Map<unknown, number>): string {
  return children
    .map((child) => {
      if (child.type === 'text') return child.value;
      if (emphasisMarker(child, source) && child.type === 'element') return `\u0001${child.tagName}\u0001${treeSignature(child.children, source, nodes)}\u0002`;
      if (!nodes.has(child)) nodes.set(child, nodes.size);
      return `\u0000${nodes.get(child)}\u0000`;
    })
    .join('');
}

interface Lines {
  point(offset: number): { line: number; column: number; offset: number };
}

function linesOf(source: string): Lines {
  const at = lineIndex(source);
  return { point: (offset) => ({ ...at(offset), offset }) };
}

/** Nodes for a result: neighbouring text joined again, new emphasis elements with their places. */
function build(items: readonly Item[], lines: Lines): ElementContent[] {
  const out: ElementContent[] = [];
  let text: Text | undefined;
  const addText = (value: string, position: Text['position']) => {
    if (text) text.value += value;
    else {
      text = { type: 'text', value };
      if (position) text.position = position;
      out.push(text);
    }
  };
  for (const item of items) {
    if (item.kind === 'text') addText(item.value, item.node.position);
    else if (item.kind === 'run') {
      if (item.run.length > 0) addText(item.run.marker.repeat(item.run.length), { start: lines.point(item.run.offset), end: lines.point(item.run.offset + item.run.length) });
    } else {
      text = undefined;
      if (item.kind === 'node') out.push(item.node);
      else out.push({ type: 'element', tagName: item.tag, properties: {}, children: build(item.children, lines), position: { start: lines.point(item.start), end: lines.point(item.end) } } satisfies Element);
    }
  }
  return out;
}

/** Runs of two or more markers that nothing closed, anywhere in a result. */
function leftovers(items: readonly Item[], found: { offset: number; marker: Marker }[]): void {
  for (const item of items) {
    if (item.kind === 'run' && item.run.length >= 2) found.push({ offset: item.run.offset, marker: item.run.marker });
    else if (item.kind === 'emphasis') leftovers(item.children, found);
  }
}

/** The unescaped `**` and `__` that the text of a stretch still shows (in Sätteri's emphasis too), as they stand in the tree. */
function leftoversInText(children: readonly ElementContent[], source: string, found: { offset: number; marker: Marker }[]): void {
  const offsets: number[] = [];
  const collect = (nodes: readonly ElementContent[], depth: number) => {
    for (const node of nodes) {
      if (node.type === 'text') offsets.push(...(delimiterOffsets(node, source) ?? []).filter((o): o is number => o !== undefined));
      else if (emphasisMarker(node, source) && node.type === 'element' && depth < MAX_DEPTH) collect(node.children, depth + 1);
    }
  };
  collect(children, 0);
  // A run starts where the character before is not a marker of the same kind left in the text.
  offsets.forEach((offset, i) => {
    const marker = source[offset] as Marker;
    const continues = offsets[i - 1] === offset - 1 && source[offset - 1] === marker;
    if (!continues && offsets[i + 1] === offset + 1 && source[offset + 1] === marker) found.push({ offset, marker });
  });
}

/** The nodes of a stretch other than text and Sätteri's emphasis (looking inside that), whose own content is processed next. */
function innerNodes(children: readonly ElementContent[], source: string, depth = 0): ElementContent[] {
  return children.flatMap((child) => {
    if (child.type === 'text') return [];
    if (emphasisMarker(child, source) && child.type === 'element') return depth < MAX_DEPTH ? innerNodes(child.children, source, depth + 1) : [];
    return [child];
  });
}

/** Splits children at nodes that are not inline: emphasis never reaches across a list or a table. */
function stretches(children: readonly ElementContent[]): ElementContent[][] {
  const out: ElementContent[][] = [[]];
  for (const child of children) {
    const inline = child.type === 'text' || child.type === 'mdxJsxTextElement' || child.type === 'mdxTextExpression' || (child.type === 'element' && PHRASING.has(child.tagName));
    if (inline) (out.at(-1) as ElementContent[]).push(child);
    else out.push([child], []);
  }
  return out.filter((stretch) => stretch.length > 0);
}

/**
 * More delimiter runs than this in one stretch are left as Sätteri made them (their leftovers still
 * reported): "process emphasis" is quadratic at worst, and a body is untrusted input.
 */
const MAX_RUNS = 1000;

function processParent(parent: Parent, source: string, lines: Lines, depth: number): void {
  const found: { offset: number; marker: Marker }[] = [];
  // Read once: Sätteri's tree makes a node's children when they are first asked for.
  const original = parent.children as ElementContent[];
  const children: ElementContent[] = [];
  const inner: ElementContent[] = [];
  for (const stretch of stretches(original)) {
    const tokens = tokenize(stretch, source);
    let result: ElementContent[] = stretch;
    if (!tokens) leftoversInText(stretch, source, found);
    else if (tokens.some((token) => token.kind === 'delim')) {
      const many = tokens.filter((token) => token.kind === 'delim').length > MAX_RUNS;
      const plain = many ? [] : flankings(tokens, 'commonmark', source);
      const amended = many ? [] : flankings(tokens, 'cjk', source);
      // Runs that may do the same under both rules give what Sätteri made: only its leftovers count.
      if (many || plain.every((f, i) => f.open === amended[i]?.open && f.close === amended[i]?.close)) leftoversInText(stretch, source, found);
      else {
        const nodes = new Map<unknown, number>();
        const commonmark = processEmphasis(tokens, plain);
        if (signature(commonmark, nodes) !== treeSignature(stretch, source, nodes)) leftoversInText(stretch, source, found);
        else {
          const cjk = processEmphasis(tokens, amended);
          if (signature(cjk, nodes) !== signature(commonmark, nodes)) result = build(cjk, lines);
          leftovers(cjk, found);
        }
      }
    }
    children.push(...result);
    inner.push(...innerNodes(stretch, source));
  }
  if (children.some((child, i) => child !== original[i])) parent.children = children as typeof parent.children;
  if (found.length > 0) {
    const data = (parent.data ??= {});
    const at = (offset: number) => {
      const { line, column } = lines.point(offset);
      return { line, column };
    };
    data.unclosedEmphasis = [...(data.unclosedEmphasis ?? []), ...found.map(({ offset, marker }): UnclosedEmphasis => ({ ...at(offset), marker: marker.repeat(2) }))];
  }
  // Deeper than a body may nest, the body check stops the file: nothing there is published.
  if (depth >= MAX_DEPTH) return;
  for (const node of inner) if ('children' in node && !isLiteral(node, source)) processParent(node as Parent, source, lines, depth + 1);
}

/**
 * Applies the CJK-friendly emphasis rule to a parsed body (`source`: the text it was parsed from;
 * the tree's offsets count in it). Changes `tree` in place and returns it.
 */
export function cjkFriendlyEmphasis(tree: Root, source: string): Root {
  if (!/[*_]/.test(source)) return tree;
  processParent(tree, source, linesOf(source), 0);
  return tree;
}
