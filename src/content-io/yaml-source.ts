import { readFileSync } from 'node:fs';
import { splitFrontmatter } from './frontmatter.ts';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { Problem } from '../lib/problems.ts';
import type { Locate } from '../lib/zod-problems.ts';

export interface ParsedYaml {
  value: unknown;
  locate: Locate;
  problems: Problem[];
}

/** What the YAML reader's error codes mean for someone editing a file by hand. */
function explainYamlError(code: string, message: string): { ko: string; en: string; fix: string } {
  if (code === 'DUPLICATE_KEY') {
    return { ko: '같은 항목 이름이 두 번 나옵니다', en: 'duplicate key', fix: '둘 중 하나를 지우거나 이름을 고치세요' };
  }
  if (/tab/i.test(message) || code === 'TAB_AS_INDENT') {
    return { ko: '들여쓰기에 탭 문자가 있습니다', en: 'tab used for indentation', fix: '탭 대신 스페이스 두 칸으로 들여 쓰세요' };
  }
  return {
    ko: 'YAML 문법 오류입니다',
    en: `YAML syntax error: ${message.split('\n')[0]}`,
    fix: '콜론(:) 뒤 공백, 들여쓰기, 따옴표 짝을 확인하세요',
  };
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
    field: '(문법)',
    severity: 'error' as const,
    ...explainYamlError(error.code, error.message),
    ...position(error.pos[0]),
  }));
  const locate: Locate = (path) => {
    const node = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
    if (!isNode(node) || !node.range) return undefined;
    return position(node.range[0]);
  };
  return { value: problems.length > 0 ? undefined : doc.toJS(), locate, problems };
}

/** The plain value of a YAML file already checked by the content gate. */
export function readYamlValue(absolute: string): unknown {
  const source = readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '').normalize('NFC');
  return parseDocument(source, { schema: 'core' }).toJS();
}

/** The frontmatter of an MDX file as plain values, read like every other YAML here. */
export function readFrontmatterValue(absolute: string): Record<string, unknown> {
  const source = readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '').normalize('NFC');
  const split = splitFrontmatter(source);
  return (split ? parseDocument(split.frontmatter, { schema: 'core' }).toJS() : {}) ?? {};
}
