/**
 * What a release body may contain: a documented safe subset of MDX (docs/본문-규칙.md).
 * Markdown; the HTML elements and attributes listed here; the portal's own components with
 * literal props; MDX comments. Everything else is refused with its place, before anything
 * renders the body: nothing in a body is ever compiled or evaluated (src/domain/body-html.ts
 * turns the checked tree into HTML). Pure: it walks the hast tree Sätteri parsed.
 */
import { problemText, t } from '../i18n/index.ts';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { MdxJsxAttributeNode as MdxJsxAttribute, MdxJsxExpressionAttributeNode as MdxJsxExpressionAttribute } from 'satteri';
import type { MessageParts } from '../foundation/problems.ts';
import { checkUrl } from '../foundation/safe-url.ts';
import { hiddenCharacter } from './common.ts';

/**
 * A run of `**` or `__` that nothing closed (found by src/domain/body-emphasis.ts, kept on the
 * block it stands in): it would print as asterisks. Line and column in the body.
 */
export interface UnclosedEmphasis {
  line: number;
  column: number;
  marker: string;
}

declare module 'hast' {
  interface Data {
    unclosedEmphasis?: UnclosedEmphasis[];
  }
}

export interface BodyFinding extends MessageParts {
  line: number | undefined;
  column: number | undefined;
  field: string;
}

type AttributeRule = { pattern: RegExp; rule: string } | 'url' | 'text' | 'flag';

const NUMBER: AttributeRule = { pattern: /^[1-9][0-9]{0,3}$/, rule: t('bodyRule.number') };
const TEXT: AttributeRule = 'text';

/** Attributes every listed element may carry. */
const GLOBAL_ATTRIBUTES: Record<string, AttributeRule> = {
  title: TEXT,
  lang: { pattern: /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, rule: t('bodyRule.lang') },
  dir: { pattern: /^(ltr|rtl|auto)$/, rule: t('bodyRule.dir') },
};

/** HTML elements a body may write as tags, with the attributes each may carry. */
export const BODY_ELEMENTS: Record<string, Record<string, AttributeRule>> = {
  p: {}, br: {}, hr: {}, strong: {}, em: {}, b: {}, i: {}, u: {}, s: {}, small: {}, sub: {}, sup: {}, mark: {},
  abbr: {}, cite: {}, dfn: {}, kbd: {}, code: {}, span: {},
  q: { cite: 'url' },
  del: { datetime: TEXT },
  ins: { datetime: TEXT },
  time: { datetime: TEXT },
  h2: {}, h3: {}, h4: {}, h5: {}, h6: {},
  blockquote: { cite: 'url' },
  ul: {},
  ol: { start: NUMBER, reversed: 'flag', type: { pattern: /^[1aAiI]$/, rule: t('bodyRule.olType') } },
  li: { value: NUMBER },
  dl: {}, dt: {}, dd: {},
  figure: {}, figcaption: {},
  details: { open: 'flag' }, summary: {},
  table: {}, caption: {}, thead: {}, tbody: {}, tfoot: {}, tr: {},
  th: { colspan: NUMBER, rowspan: NUMBER, scope: { pattern: /^(row|col|rowgroup|colgroup)$/, rule: t('bodyRule.scope') }, abbr: TEXT },
  td: { colspan: NUMBER, rowspan: NUMBER },
  a: { href: 'url', target: { pattern: /^(_blank|_self)$/, rule: t('bodyRule.target') }, hreflang: GLOBAL_ATTRIBUTES['lang'] as AttributeRule },
  img: { src: 'url', alt: TEXT, width: NUMBER, height: NUMBER },
};

/** The portal's own components: name → props, every one literal text. */
export const BODY_COMPONENTS = {
  Stat: { props: ['kpi', 'at', 'value'], example: t('example.stat') },
} as const;
export type BodyComponent = keyof typeof BODY_COMPONENTS;

/** Attributes whose value is a URL, on any element (the URL rule of src/foundation/safe-url.ts). */
const URL_PROPERTIES = new Set(['href', 'src', 'cite']);

/** An MDX comment `{/* … *\/}` and nothing else: one comment, no code around it. */
export function isMdxComment(value: string): boolean {
  return /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(value);
}

/**
 * Where a link in the body leads, for the cross-file rule (src/rules/body-links.ts): given the URL
 * as written, whether it leads somewhere public no later than this page. `undefined`: another site.
 */
export interface LinkTarget {
  (url: string): 'ok' | 'nowhere' | { unpublished: string } | undefined;
}

/** Deepest nesting of elements, lists and quotes a body may have (deeper is a mistake, and overflows readers). */
export const MAX_DEPTH = 40;

type MdxJsx = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
type Node = Root | RootContent | ElementContent;

function place(node: { position?: { start: { line: number; column: number } } | undefined }): Pick<BodyFinding, 'line' | 'column'> {
  return { line: node.position?.start.line, column: node.position?.start.column };
}

export function urlProblem(url: string, what: string): MessageParts | undefined {
  const verdict = checkUrl(url);
  if (verdict.ok) return undefined;
  const shown = url.length > 80 ? `${url.slice(0, 77)}…` : url;
  if (verdict.reason === 'scheme') return problemText('url.scheme', { what, url: shown, scheme: verdict.scheme ?? '' });
  if (verdict.reason === 'protocol-relative') return problemText('url.protocolRelative', { what, url: shown });
  if (verdict.reason === 'control') return problemText('url.control', { what });
  if (verdict.reason === 'credentials') return problemText('url.credentials', { what, url: shown });
  return problemText('url.unparseable', { what, url: shown });
}

export function checkReleaseBody(tree: Root, linkTarget: LinkTarget): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const add = (node: Parameters<typeof place>[0], parts: MessageParts): void => {
    findings.push({ ...place(node), field: t('problem.fieldBody'), ...parts });
  };

  const checkLink = (node: Parameters<typeof place>[0], tag: string, name: string, value: string) => {
    const what = `<${tag}> ${name}`;
    const bad = urlProblem(value, what);
    if (bad) return add(node, bad);
    const target = linkTarget(value);
    if (target === 'nowhere') add(node, problemText('link.nowhere', { url: value }));
    else if (target !== undefined && target !== 'ok') add(node, problemText('link.unpublished', { target: target.unpublished }));
  };

  const checkAttribute = (node: MdxJsx, tag: string, attribute: MdxJsxAttribute | MdxJsxExpressionAttribute) => {
    if (attribute.type === 'mdxJsxExpressionAttribute') return add(node, problemText('body.spread', { tag }));
    const name = attribute.name;
    if (name.includes(':')) return add(node, problemText('body.directive', { tag, name }));
    if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
      return add(node, problemText('body.expressionAttribute', { tag, name }));
    }
    const lower = name.toLowerCase();
    if (/^on/.test(lower) || lower === 'style' || lower === 'formaction') return add(node, problemText('body.eventAttribute', { tag, name }));
    const rules: Record<string, AttributeRule> = { ...GLOBAL_ATTRIBUTES, ...BODY_ELEMENTS[tag] };
    const rule = Object.hasOwn(rules, name) ? rules[name] : undefined;
    if (!rule) return add(node, problemText('body.unknownAttribute', { tag, name, allowed: Object.keys(rules).join(', ') }));
    const value = attribute.value;
    if (rule === 'flag') {
      if (value !== null && value !== undefined && value !== '' && value !== name) add(node, problemText('body.attributeValue', { tag, name, value, rule: t('bodyRule.flag', { tag, name }) }));
      return;
    }
    if (typeof value !== 'string') return add(node, problemText('body.attributeValue', { tag, name, value: '', rule: t('bodyRule.needsValue', { name }) }));
    if (rule === 'url') return checkLink(node, tag, name, value);
    if (rule !== 'text' && !rule.pattern.test(value)) add(node, problemText('body.attributeValue', { tag, name, value, rule: rule.rule }));
  };

  const checkJsx = (node: MdxJsx) => {
    const name = node.name;
    if (!name) return add(node, problemText('body.fragment'));
    if (/^[A-Z]/.test(name) || name.includes('.')) {
      const component = Object.hasOwn(BODY_COMPONENTS, name) ? (BODY_COMPONENTS as Record<string, { props: readonly string[]; example: string }>)[name] : undefined;
      if (!component) return add(node, problemText('body.unknownComponent', { name, known: Object.keys(BODY_COMPONENTS).map((c) => `<${c}>`).join(', ') }));
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxExpressionAttribute') add(node, problemText('body.spread', { tag: name }));
        else if (attribute.name.includes(':')) add(node, problemText('body.directive', { tag: name, name: attribute.name }));
        else if (!component.props.includes(attribute.name)) add(node, problemText('body.unknownAttribute', { tag: name, name: attribute.name, allowed: component.props.join(', ') }));
      }
      for (const prop of component.props) {
        const given = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === prop);
        if (!given || typeof given.value !== 'string' || given.value.trim() === '') add(node, problemText('body.componentProp', { name, prop, example: component.example }));
      }
      if (node.children.length > 0) add(node, problemText('body.componentChildren', { name, example: component.example }));
      return;
    }
    const tag = name.toLowerCase();
    if (!Object.hasOwn(BODY_ELEMENTS, tag) || tag !== name) return add(node, problemText('body.forbiddenElement', { tag: name }));
    for (const attribute of node.attributes) checkAttribute(node, tag, attribute);
    node.children.forEach(visit);
  };

  /** Elements Markdown itself made (links, images, tables …): only their URLs need a look. */
  const checkElement = (node: Element) => {
    for (const property of URL_PROPERTIES) {
      const value = node.properties?.[property];
      if (typeof value === 'string') checkLink(node, node.tagName, property, value);
    }
    node.children.forEach(visit);
  };

  let depth = 0;
  function visit(node: Node): void {
    if (depth > MAX_DEPTH) return;
    if (depth === MAX_DEPTH && 'children' in node) {
      depth += 1;
      return add(node, problemText('body.tooDeep', { max: MAX_DEPTH }));
    }
    depth += 1;
    try {
      visitNode(node);
    } finally {
      depth -= 1;
    }
  }
  function visitNode(node: Node): void {
    for (const { line, column, marker } of node.data?.unclosedEmphasis ?? []) {
      findings.push({ line, column, field: t('problem.fieldBody'), ...problemText('body.unclosedEmphasis', { marker, escaped: marker.replace(/./g, '\\$&') }) });
    }
    switch (node.type) {
      case 'mdxjsEsm':
        return add(node, problemText('body.esm'));
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isMdxComment(node.value)) add(node, problemText('body.expression'));
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return checkJsx(node);
      case 'element':
        return checkElement(node);
      case 'root':
        node.children.forEach(visit);
        return;
      case 'text': {
        const code = hiddenCharacter(node.value);
        if (code) add(node, problemText('body.hiddenCharacter', { code }));
        return;
      }
      case 'raw':
        return add(node, problemText('body.rawHtml'));
      case 'comment':
      case 'doctype':
        return;
      default:
        // A node type this list does not know (a raw HTML node, a future parser feature): refused.
        add(node as Parameters<typeof place>[0], problemText('body.forbiddenElement', { tag: (node as { type: string }).type }));
    }
  }
  visit(tree);
  return findings;
}
