import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content-io/load-content.ts';
import { formatProblem, hasErrors } from '../../src/foundation/problems.ts';
import { lineStarting, writeContent, type ReleaseSpec } from '../helpers/fixture-content.ts';
import { REAL_CONTENT } from '../helpers/paths.ts';
import { DURING } from '../helpers/instants.ts';

const ok: ReleaseSpec = { id: '2026-02-03-ok', date: '2026-02-03T10:00:00+09:00' };

/** Every problem printed in the one format, for assertions on the text people read. */
function messages(dir: string): string[] {
  return loadContent(dir, DURING).problems.map(formatProblem);
}

/** A line of the one format: `path:line:column field — 한국어 (English) → fix`. */
const FORMAT = /^(경고 )?\S+?(:\d+(:\d+)?)? \S+ — .+ \(.+\) → .+$/;

describe('content rules on the real content', () => {
  it('finds no error in content/', () => {
    const { problems, releases, programme, organizations } = loadContent(REAL_CONTENT, DURING);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(releases.length).toBeGreaterThanOrEqual(2);
    expect(programme?.data.period).toMatchObject({ start: '2025-12-17', end: '2026-12-31' });
    expect(organizations?.data.map((o) => o.id)).toContain('jeju-technopark');
  });
});

describe('bad release files', () => {
  const cases: [string, ReleaseSpec, RegExp][] = [
    ['unknown organisation id', { ...ok, organizations: ['jeju-technopark', 'no-such-org'] }, /\.mdx:7:\d+ organizations\.1 — 기관 id 'no-such-org'가 organizations\.yaml에 없습니다 \(unknown organisation id 'no-such-org'\) → /],
    ['unknown category', { ...ok, category: '잡담' }, /\.mdx:5:\d+ category — 알 수 없는 분류입니다 \(unknown category\) → 다음 중 하나로 적으세요: 보도자료, 공지, 행사, 성과/],
    ['impossible date', { ...ok, date: '2026-02-30' }, /\.mdx:4:\d+ date — 날짜·시각 형식이 잘못되었습니다/],
    ['file-name date not matching date', { ...ok, date: '2026-02-04T10:00:00+09:00' }, /\.mdx:4:\d+ date — 파일 이름의 날짜\(2026-02-03\)와 date\(2026-02-04, 한국 시간\)가 다릅니다/],
    ['date given in UTC that is another KST day', { ...ok, date: '2026-02-03T16:00:00Z' }, /date\(2026-02-04, 한국 시간\)/],
    ['release before 2025-12-01', { id: '2025-11-30-early', date: '2025-11-30' }, /date — 2025-12-01 이전 날짜입니다/],
    ['wrong year folder', { ...ok, folder: '2025' }, /\(파일\) — 2026년 보도자료가 2025 폴더에 있습니다/],
    ['empty required text', { ...ok, title: '""' }, /\.mdx:2:8 title — 비어 있습니다 \(is empty\) → 내용을 적으세요 \(꼭 있어야 하는 항목이라 지울 수 없습니다\)/],
  ];
  it.each(cases)('%s', (_name, spec, expected) => {
    const dir = writeContent('bad', [spec]);
    const found = messages(dir);
    expect(found.join('\n')).toMatch(expected);
    for (const line of found) expect(line).toMatch(FORMAT);
  });

  it('reports a missing title at the frontmatter with the field name', () => {
    const dir = writeContent('notitle', [ok]);
    const file = path.join(dir, 'releases/2026/2026-02-03-ok.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*\n/m, ''));
    expect(messages(dir).join('\n')).toMatch(/releases\/2026\/2026-02-03-ok\.mdx:2:1 title — 필수 항목이 없습니다 \(required field is missing\) → 이 항목을 추가하세요/);
  });

  it('reports a wrong type where it stands', () => {
    const dir = writeContent('type', [{ ...ok, extra: 'draft: 네' }]);
    expect(messages(dir).join('\n')).toMatch(/\.mdx:12:8 draft — 값의 종류가 맞지 않습니다: true 또는 false로 적어야 합니다 \(Invalid input: expected boolean, received string\) → 값의 형식을/);
  });

  it('reports two releases with the same slug', () => {
    const dir = writeContent('dup', [ok, { ...ok, folder: '2025' }]);
    expect(messages(dir).join('\n')).toMatch(/주소\(slug\) '2026-02-03-ok'가 .+와 겹칩니다 \(duplicate release slug '2026-02-03-ok'\)/);
  });

  it('rejects a badly named file', () => {
    const dir = writeContent('name', [], { 'releases/2026/2026-02-03 새 글.mdx': '---\n---\n' });
    expect(messages(dir).join('\n')).toMatch(/2026-02-03 새 글\.mdx \(파일\) — 보도자료 파일의 위치나 이름이 규칙에 맞지 않습니다/);
  });

  it('rejects a contact with no way to reach anyone', () => {
    const dir = writeContent('contact', [ok]);
    const file = path.join(dir, 'releases/2026/2026-02-03-ok.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  - organization: jeju-technopark\n    name: 제주테크노파크', '  - {}'));
    expect(messages(dir).join('\n')).toMatch(/contacts\.0 — 연락처에 아무 정보도 없습니다/);
  });

  it('normalises text that is not NFC with a warning, not an error', () => {
    const decomposed = '제주'.normalize('NFD');
    const dir = writeContent('nfc', [{ ...ok, title: `${decomposed} 소식` }]);
    const { problems, releases } = loadContent(dir, DURING);
    expect(hasErrors(problems)).toBe(false);
    expect(problems.map(formatProblem).join('\n')).toMatch(/^경고 .+\.mdx:2 \(글자\) — 유니코드 정규화\(NFC\)/);
    expect(releases[0]?.data.title).toBe('제주 소식');
  });

  it('reads a bare date as 00:00 KST and keeps it date-only', () => {
    const dir = writeContent('bare', [{ id: '2026-02-03-bare', date: '2026-02-03' }]);
    const [release] = loadContent(dir, DURING).releases;
    expect(release?.data.date.instant.toISOString()).toBe('2026-02-02T15:00:00.000Z');
    expect(release?.data.date.dateOnly).toBe(true);
  });
});

describe('bad YAML files', () => {
  it('names a tab used for indentation', () => {
    const dir = writeContent('tab', []);
    const file = path.join(dir, 'programme.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('\n  en: Jeju AI Project Group', '\n\ten: Jeju AI Project Group'));
    expect(messages(dir).join('\n')).toMatch(/programme\.yaml:\d+:\d+ \(문법\) — 들여쓰기에 탭 문자가 있습니다/);
  });

  it('names a duplicate key with its line', () => {
    const dir = writeContent('dupkey', []);
    const file = path.join(dir, 'programme.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('partners:', 'sectors: [x]\npartners:'));
    expect(messages(dir).join('\n')).toMatch(/programme\.yaml:\d+:\d+ \(문법\) — 같은 항목 이름이 두 번 나옵니다 \(duplicate key\)/);
  });

  it('names a duplicate organisation id', () => {
    const dir = writeContent('duporg', []);
    const file = path.join(dir, 'organizations.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n- id: aws\n  name: 다른 AWS\n  roles: [supply]\n  sector: ai-ict\n  firstMentioned: 2025-12-17\n  source: bizdaily-2025-12-20\n`);
    expect(messages(dir).join('\n')).toMatch(/organizations\.yaml:\d+:\d+ 8\.id — 기관 id 'aws'가 두 번 나옵니다/);
  });

  it('checks that budget sources add up to the total', () => {
    const dir = writeContent('budget', []);
    const file = path.join(dir, 'programme.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('amount: 9300', 'amount: 9000'));
    expect(messages(dir).join('\n')).toMatch(/programme\.yaml:\d+:\d+ budget\.sources — 재원별 금액의 합\(23000\)이 총사업비\(23300\)와 다릅니다/);
  });

  it('names an unknown source id', () => {
    const dir = writeContent('source', []);
    const file = path.join(dir, 'organizations.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('source: bizdaily-2025-12-20', 'source: nowhere'));
    expect(messages(dir).join('\n')).toMatch(/organizations\.yaml:\d+:\d+ 0\.source — 출처 id 'nowhere'가 programme\.yaml의 sources에 없습니다/);
  });
});

describe('bad release bodies', () => {
  const withBody = (body: string): ReleaseSpec => ({ ...ok, body });
  it.each([
    ['an unclosed tag', 'first line\n\n<div>\nnever closed\n', /\.mdx:16:1 \(본문\) — MDX 문법 오류입니다 .+ \(MDX does not parse: Expected a closing tag for `<div>`/],
    ['a raw script', 'text\n\n<script>alert(1)</script>\n', /\.mdx:16:1 \(본문\) — 본문에 <script> 태그는 쓸 수 없습니다 \(<script> is not allowed in a release\)/],
    ['an iframe', '<iframe src="https://example.com"></iframe>\n', /<iframe> 태그는 쓸 수 없습니다/],
    ['a style element', '<style>{`p { color: red }`}</style>\n', /<style> 태그는 쓸 수 없습니다/],
    ['an on* attribute', 'a <b onClick="x()">b</b>\n', /\.mdx:14:3 \(본문\) — 본문의 <b>에 onClick 속성은 쓸 수 없습니다/],
    ['a style attribute', '<p style="color:red">빨강</p>\n', /style 속성은 쓸 수 없습니다/],
    ['an import', "import X from '../../x.js'\n\n본문\n", /import\/export 문은 쓸 수 없습니다/],
    ['a link to a missing internal page', '[없는 글](/releases/2026-01-01-nowhere/)\n', /\.mdx:14:1 \(본문\) — 사이트 안 링크 \/releases\/2026-01-01-nowhere\/가 가리키는 페이지가 없습니다/],
  ])('rejects %s with its line', (_name, body, expected) => {
    expect(messages(writeContent('body', [withBody(body)])).join('\n')).toMatch(expected);
  });

  it('accepts links to pages that exist and plain HTML', () => {
    const dir = writeContent('goodbody', [ok, withBody('[첫 글](/releases/2026-02-03-ok/) · [성과](/kpi/budget/)\n\n<b>굵게</b>\n')].slice(1));
    expect(messages(dir)).toEqual([]);
  });
});

describe('a bad release that other files name', () => {
  it('gets its own error only: not also "missing" from the record or the matches', () => {
    const dir = writeContent('cascade', []);
    cpSync(REAL_CONTENT, dir, { recursive: true });
    const file = path.join(dir, 'releases/2025/2025-12-17-ai-matching-day.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('category: 행사', 'category: 잡담'));
    const line = lineStarting(file, 'category:');
    expect(messages(dir)).toEqual([expect.stringMatching(new RegExp(`2025-12-17-ai-matching-day\\.mdx:${line}:11 category — 알 수 없는 분류입니다`))]);
  });
});
