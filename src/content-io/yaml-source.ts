import { problemText, t } from '../i18n/index.ts';
import { type Document, isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Problem } from '../foundation/problems.ts';
import { MAP_KEY, type Locate } from '../foundation/located.ts';

export interface ParsedYaml {
  /** The file's value; undefined when it has a problem. */
  value: unknown;
  locate: Locate;
  problems: Problem[];
  /** With syntax errors only: what can still be checked (see `readableYaml`). */
  recovered?: Recovered;
}

/**
 * What the schema can still check in a file with syntax errors. `complete`: every error was one
 * whose fix the message gives exactly (an unquoted `: ` in a value), and the value is the file as
 * it is once fixed so; otherwise the reader's partial document, of which only the entries that
 * end before the first error are trusted (`keep`): what follows may have been swallowed.
 */
export interface Recovered {
  value: unknown;
  locate: Locate;
  complete: boolean;
  keep: (path: readonly PropertyKey[]) => boolean;
}

/** A line `key: value` (or `- key: value`) whose value is plain text, not quoted, a list or a block. */
const PLAIN_PAIR = /^(\s*(?:-\s+)?)([^\s:#'"[{&*!|>%@`-][^:#]*?):[ \t]+(?!['"[{|>&*!])(.*?)\s*$/;

/** The line that fixes an unquoted `: ` in a value: `title: "AI 매칭데이: 첫 상담"`, or undefined. */
function quotedLine(line: string): { quoted: string; key: string } | undefined {
  const match = PLAIN_PAIR.exec(line.replace(/\s+#.*$/, ''));
  if (!match) return undefined;
  const [, indent = '', key = '', value = ''] = match;
  if (!/:\s/.test(`${value} `)) return undefined;
  // JSON's double-quoted string is YAML's too (escapes " and \; Korean stays as it is).
  return { quoted: `${indent}${key}: ${JSON.stringify(value)}`, key };
}

type YamlError = { code: string; message: string; pos: [number, number] };

/** What the YAML reader's error codes mean for someone editing a file by hand. */
function explainYamlError(error: YamlError, lineText: string): { ko: string; en: string; fix: string } {
  if (error.code === 'DUPLICATE_KEY') {
    return problemText('yaml.duplicateKey');
  }
  if (/tab/i.test(error.message) || error.code === 'TAB_AS_INDENT') {
    return problemText('yaml.tabUsedForIndentation');
  }
  const colon = error.code === 'BLOCK_AS_IMPLICIT_KEY' ? quotedLine(lineText) : undefined;
  if (colon) return problemText('yaml.colonInValue', { key: colon.key, quoted: colon.quoted.trim() });
  return problemText('yaml.yamlSyntaxErrorValue', { value: error.message.split('\n')[0] });
}

/**
 * Parses YAML 1.2 (core schema: dates stay strings, so a bare date keeps meaning KST)
 * and returns a locator from a field path to its line and column.
 * `firstLine` is the line in the file where this YAML starts (frontmatter starts at 2).
 */
export function parseYamlSource(source: string, file: string, firstLine = 1): ParsedYaml {
  return parseYaml(source, file, firstLine, true);
}

function parseYaml(source: string, file: string, firstLine: number, recover: boolean): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: true });
  const position = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + firstLine - 1, column: pos.col };
  };
  const lines = source.split('\n');
  const problems: Problem[] = doc.errors.map((error) => {
    const line = lines[lineCounter.linePos(error.pos[0]).line - 1] ?? '';
    return { file, field: t('problem.fieldSyntax'), severity: 'error' as const, ...explainYamlError(error, line), ...position(error.pos[0]) };
  });
  // Content is plain data: no type tags (`!!js/function`, `!!binary`), no anchors or aliases
  // (`&a` / `*a`, whose nesting can blow a small file up to gigabytes when read).
  let unsafe = false;
  visit(doc, (_key, node) => {
    if (!isNode(node)) return;
    const at = node.range ? position(node.range[0]) : {};
    if (isAlias(node) || ('anchor' in node && node.anchor)) {
      unsafe = true;
      problems.push({ file, field: t('problem.fieldSyntax'), severity: 'error', ...at,  ...problemText('yaml.yamlAnchorsAndAliases') });
      return visit.SKIP;
    }
    // `제주 #1 행사` reads as `제주`: the rest of the line is a comment, lost without a word.
    if (doc.errors.length === 0 && isScalar(node) && node.type === 'PLAIN' && node.comment !== undefined && node.range) {
      const at = position(node.range[0]);
      const written = (lines[at.line - firstLine] ?? '').slice(at.column - 1).trim();
      problems.push({ file, field: t('problem.fieldSyntax'), severity: 'error', ...at, ...problemText('yaml.commentInValue', { value: String(node.value), quoted: JSON.stringify(written) }) });
    }
    if ('tag' in node && node.tag) {
      unsafe = true;
      problems.push({ file, field: t('problem.fieldSyntax'), severity: 'error', ...at,  ...problemText('yaml.yamlTagTagIs', { tag: node.tag }) });
    }
    return undefined;
  });
  const keyNode = (path: readonly PropertyKey[]): unknown => {
    const map = path.length === 2 ? doc.contents : doc.getIn(path.slice(0, -2) as unknown[], true);
    return isMap(map) ? map.items.find((pair) => isScalar(pair.key) && String(pair.key.value).trim().normalize('NFC') === path.at(-2))?.key : undefined;
  };
  const locate: Locate = (path, offset) => {
    const node = path.at(-1) === MAP_KEY ? keyNode(path) : path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
    if (!isNode(node) || !node.range) return undefined;
    // A character inside a quoted scalar stands one place after its opening quote.
    const quoted = isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') ? 1 : 0;
    return position(node.range[0] + (offset === undefined ? 0 : offset + quoted));
  };
  if (problems.length === 0) return { value: doc.toJS(), locate, problems };
  const parsed: ParsedYaml = { value: undefined, locate, problems };
  if (!recover || unsafe) return parsed;
  const recovered = repaired(source, doc.errors, lineCounter, file, firstLine) ?? partial(doc, locate);
  if (recovered) parsed.recovered = recovered;
  return parsed;
}

/** The file with every unquoted `: ` quoted as the messages say, when that is all that is wrong. */
function repaired(source: string, errors: readonly YamlError[], lineCounter: LineCounter, file: string, firstLine: number): Recovered | undefined {
  const lines = source.split('\n');
  for (const error of errors) {
    if (error.code !== 'BLOCK_AS_IMPLICIT_KEY') return undefined;
    const index = lineCounter.linePos(error.pos[0]).line - 1;
    const fixed = quotedLine(lines[index] ?? '');
    if (fixed) lines[index] = fixed.quoted;
    else if (!/^\s*(?:-\s+)?[^:]+:\s+"/.test(lines[index] ?? '')) return undefined; // not a line already fixed
  }
  const again = parseYaml(lines.join('\n'), file, firstLine, false);
  if (again.problems.length > 0) return undefined;
  return { value: again.value, locate: again.locate, complete: true, keep: () => true };
}

/** The reader's partial document: entries that end before the first error are checked. */
function partial(doc: Document.Parsed, locate: Locate): Recovered | undefined {
  const first = Math.min(...doc.errors.map((error) => error.pos[0]));
  const contents = doc.contents;
  if (!isMap(contents) && !isSeq(contents)) return undefined;
  const intact = new Set<string>();
  contents.items.forEach((item, index) => {
    const node = isPair(item) ? item.value : item;
    const key = isPair(item) ? (isScalar(item.key) ? String(item.key.value) : undefined) : String(index);
    const end = isNode(node) ? node.range?.[2] : undefined;
    // Strictly before: a collection the error cuts short ends right where the error is.
    if (key !== undefined && end !== undefined && end < first) intact.add(key);
  });
  let value: unknown;
  try {
    value = doc.toJS();
  } catch {
    return undefined;
  }
  return { value, locate, complete: false, keep: (path) => path.length > 0 && intact.has(String(path[0])) };
}

/**
 * What a file's schema checks: the file's value, or, with syntax errors, what could be recovered
 * (the other problems of the file are then still reported); undefined when nothing can be read.
 */
export function readableYaml(parsed: ParsedYaml): Recovered | undefined {
  if (parsed.problems.length === 0) return { value: parsed.value, locate: parsed.locate, complete: true, keep: () => true };
  return parsed.recovered;
}

/** The plain value of YAML text already checked by the content gate (the same reader, so no tag or alias gets through). */
export function yamlValue(source: string, file: string): unknown {
  const parsed = parseYamlSource(source, file);
  if (parsed.problems.length > 0) throw new Error(parsed.problems.map((p) => `${file}:${p.line ?? ''} ${p.ko} (${p.en})`).join('\n'));
  return parsed.value;
}
