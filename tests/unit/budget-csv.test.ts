import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, parseBudgetCsv } from '../../src/content-io/budget-csv.ts';
import { formatProblem } from '../../src/foundation/problems.ts';

const FILE = 'content/budget.csv';
const bytes = (text: string) => new TextEncoder().encode(text);
const parse = (text: string) => parseBudgetCsv(bytes(text), FILE);
const HEADER = 'month,source,planned,executed,note\n';

describe('budget.csv reader', () => {
  it('reads a header-only file as no rows (the real content today)', () => {
    const csv = parse(HEADER);
    expect(csv.problems).toEqual([]);
    expect(csv.rows).toEqual([]);
  });

  it('accepts a UTF-8 BOM, quoted thousands separators, blank lines and CRLF', () => {
    const csv = parse(`\uFEFF${HEADER.replace('\n', '\r\n')}2026-01,national,"1,234","1,000",\r\n\r\n2026-02,other,5,,메모\r\n`);
    expect(csv.problems).toEqual([]);
    expect(csv.rows).toEqual([
      { month: '2026-01', source: 'national', planned: 1234, executed: 1000, note: undefined, line: 2 },
      { month: '2026-02', source: 'other', planned: 5, executed: undefined, note: '메모', line: 4 },
    ]);
  });

  it('accepts every documented month form and columns in any order', () => {
    const csv = parse('source,executed,planned,month\nnational,1,1,2026-03-01\nnational,1,1,2026.04\nnational,1,1,2026/05\nnational,1,1,Jun-26\nnational,1,1,26-Jul\n');
    expect(csv.problems).toEqual([]);
    expect(csv.rows.map((r) => r.month)).toEqual(['2026-03', '2026-04', '2026-05', '2026-06', '2026-07']);
  });

  it('rejects other month forms naming the accepted ones, with line and column', () => {
    const [problem] = parse(`${HEADER}2026년 3월,national,1,1,\n`).problems;
    expect(problem).toMatchObject({ file: FILE, line: 2, column: 1, field: 'month' });
    expect(problem?.fix).toContain('2026-01, 2026-01-01, 2026.01, 2026/01, Jan-26, 26-Jan');
  });

  it('rejects negative, decimal and non-numeric amounts naming the column', () => {
    const problems = parse(`${HEADER}2026-01,national,-5,1.5,\n2026-02,national,12억,,\n`).problems.map(formatProblem);
    expect(problems).toEqual([
      expect.stringMatching(/^content\/budget\.csv:2:3 planned — 금액이 음수입니다/),
      expect.stringMatching(/^content\/budget\.csv:2:4 executed — '1\.5'는 정수가 아닙니다/),
      expect.stringMatching(/^content\/budget\.csv:3:3 planned — '12억'은 숫자가 아닙니다/),
    ]);
  });

  it('says an unquoted thousands separator split the row', () => {
    const [problem] = parse(`month,source,planned,executed\n2026-01,national,1,234,5\n`).problems;
    expect(problem).toMatchObject({ line: 2 });
    expect(problem?.fix).toContain('"1,234"');
  });

  it('rejects a row with neither planned nor executed, and unknown or missing columns', () => {
    expect(parse(`${HEADER}2026-01,national,,,\n`).problems[0]).toMatchObject({ line: 2, field: 'planned' });
    const header = parse('month,source,planed,executed\n').problems.map((p) => p.field);
    expect(header).toEqual(['planed', 'planned']);
  });

  it('rejects semicolon-separated files with the save-as advice', () => {
    expect(parse('month;source;planned;executed\n').problems[0]?.fix).toContain('CSV UTF-8 (쉼표로 분리)');
  });

  it('detects CP949/EUC-KR and says how to save as CSV UTF-8, never mojibake', () => {
    // "국비" in EUC-KR is B1 B9 BA F1.
    const euc = new Uint8Array([...bytes(`${HEADER}2026-01,national,1,2,`), 0xb1, 0xb9, 0xba, 0xf1, 0x0a]);
    const csv = parseBudgetCsv(euc, FILE);
    expect(csv.rows).toEqual([]);
    expect(csv.problems).toHaveLength(1);
    const [problem] = csv.problems;
    expect(problem).toMatchObject({ file: FILE, line: 2 });
    expect(problem?.ko).toContain('CP949');
    expect(problem?.ko).toContain('국비');
    expect(problem?.fix).toContain('CSV UTF-8 (쉼표로 분리)');
  });

  it('decodes UTF-8 text unchanged (NFC)', () => {
    const decoded = decodeCsvBytes(bytes('국비'.normalize('NFD')), FILE);
    expect(decoded).toEqual({ text: '국비' });
  });

  it('locates a row field for the cross-file rules', () => {
    const csv = parse(`${HEADER}2026-01,national,1,1,\n`);
    expect(csv.locate([0, 'executed'])).toEqual({ line: 2, column: 4 });
  });
});
