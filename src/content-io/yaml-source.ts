import { problemText, t } from '../i18n/index.ts';
import { isAlias, isMap, isNode, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import type { Problem } from '../foundation/problems.ts';
import { MAP_KEY, type Locate } from '../foundation/located.ts';

export interface ParsedYaml {
  value: unknown;
  locate: Locate;
  problems: Problem[];
}

/** What the YAML reader's error codes mean for someone editing a file by hand. */
function explainYamlError(code: string, message: string): { ko: string; en: string; fix: string } {
  if (code === 'DUPLICATE_KEY') {
    return problemText('yaml.duplicateKey');
  }
  if (/tab/i.test(message) || code === 'TAB_AS_INDENT') {
    return problemText('yaml.tabUsedForIndentation');
  }
  return problemText('yaml.yamlSyntaxErrorValue', { value: message.split('\n')[0] });
}

/**
 * Parses YAML 1.2 (core schema: dates stay strings, so a bare date keeps meaning KST)
 * and returns a locator from a field path to its line and column.
 * `firstLine` is the line in the file where this YAML starts (frontmatter starts at 2).
 */
export function parseYamlSource(source: string, file: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: true });
  const position = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + firstLine - 1, column: pos.col };
  };
  const problems: Problem[] = doc.errors.map((error) => ({
    file,
    field: t('problem.fieldSyntax'),
    severity: 'error' as const,
    ...explainYamlError(error.code, error.message),
    ...position(error.pos[0]),
  }));
  // Content is plain data: no type tags (`!!js/function`, `!!binary`), no anchors or aliases
  // (`&a` / `*a`, whose nesting can blow a small file up to gigabytes when read).
  visit(doc, (_key, node) => {
    if (!isNode(node)) return;
    const at = node.range ? position(node.range[0]) : {};
    if (isAlias(node) || ('anchor' in node && node.anchor)) {
      problems.push({ file, field: t('problem.fieldSyntax'), severity: 'error', ...at,  ...problemText('yaml.yamlAnchorsAndAliases') });
      return visit.SKIP;
    }
    if ('tag' in node && node.tag) {
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
  return { value: problems.length > 0 ? undefined : doc.toJS(), locate, problems };
}

/** The plain value of YAML text already checked by the content gate (the same reader, so no tag or alias gets through). */
export function yamlValue(source: string, file: string): unknown {
  const parsed = parseYamlSource(source, file);
  if (parsed.problems.length > 0) throw new Error(parsed.problems.map((p) => `${file}:${p.line ?? ''} ${p.ko} (${p.en})`).join('\n'));
  return parsed.value;
}
