/**
 * Rules for the body of a release (MDX): no raw scripts, frames, styles or
 * event handlers, no code imports, and internal links that lead somewhere.
 * Pure: it walks an mdast tree handed in by the reader.
 */
import type { MessageParts } from '../lib/problems.ts';

export interface BodyNode {
  type: string;
  name?: string | null;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
  children?: BodyNode[];
}

export interface BodyFinding extends MessageParts {
  line: number | undefined;
  column: number | undefined;
  field: string;
}

const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'style', 'object', 'embed', 'form', 'link', 'meta', 'base']);

/** Where internal links may point: the site's URL patterns (ARCHITECTURE.md) and known releases. */
export function internalPathExists(pathname: string, releaseIds: ReadonlySet<string>): boolean {
  const clean = decodeURI(pathname.split(/[?#]/)[0] ?? '').normalize('NFC');
  const release = /^\/releases\/(\d{4}-\d{2}-\d{2}-[a-z0-9-]+)\/?$/.exec(clean);
  if (release?.[1]) return releaseIds.has(release[1]);
  return [
    /^\/$/,
    /^\/releases\/(page\/\d+\/|\d{4}\/)?$/,
    /^\/kpi\/((budget|participants|matches)\/)?$/,
    /^\/data\/.*$/,
    /^\/search\/$/,
    /^\/about\/$/,
    /^\/press\/$/,
    /^\/policies\/[a-z-]+\/$/,
    /^\/organizations\/[a-z0-9-]+\/$/,
    /^\/tags\/[^/]+\/$/,
  ].some((pattern) => pattern.test(clean));
}

export function checkReleaseBody(tree: BodyNode, releaseIds: ReadonlySet<string>): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const at = (node: BodyNode) => ({ line: node.position?.start.line, column: node.position?.start.column });
  const visit = (node: BodyNode) => {
    const tag = (node.name ?? '').toLowerCase();
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && FORBIDDEN_ELEMENTS.has(tag)) {
      findings.push({
        ...at(node),
        field: '(본문)',
        ko: `본문에 <${tag}> 태그는 쓸 수 없습니다`,
        en: `<${tag}> is not allowed in a release`,
        fix: '태그를 지우세요: 글, 표, 이미지, 링크만 쓸 수 있습니다',
      });
    }
    for (const attribute of node.attributes ?? []) {
      const name = attribute.name ?? '';
      if (/^on/i.test(name) || name.toLowerCase() === 'style') {
        findings.push({
          ...at(node),
          field: '(본문)',
          ko: `본문의 <${tag}>에 ${name} 속성은 쓸 수 없습니다`,
          en: `the ${name} attribute is not allowed`,
          fix: `${name}="…" 부분을 지우세요 (모양은 사이트가 정합니다)`,
        });
      }
    }
    if (node.type === 'mdxjsEsm') {
      findings.push({
        ...at(node),
        field: '(본문)',
        ko: '본문에 import/export 문은 쓸 수 없습니다',
        en: 'import/export is not allowed in a release',
        fix: '이 줄을 지우세요: <Stat> 같은 구성 요소는 가져오지 않아도 쓸 수 있습니다',
      });
    }
    if (node.type === 'link' && node.url?.startsWith('/') && !internalPathExists(node.url, releaseIds)) {
      findings.push({
        ...at(node),
        field: '(본문)',
        ko: `사이트 안 링크 ${node.url}가 가리키는 페이지가 없습니다`,
        en: `internal link ${node.url} leads nowhere`,
        fix: '주소를 확인하세요 (보도자료는 /releases/YYYY-MM-DD-slug/)',
      });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return findings;
}
