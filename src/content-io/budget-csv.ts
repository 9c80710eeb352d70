/**
 * Reads content/budget.csv (header and accepted forms: src/schemas/budget.ts) with
 * papaparse. Bytes in, typed rows and problems out: every problem names file:line:column
 * where line is the CSV row's line and column the CSV column number (1 = first column),
 * and the field is the column's name.
 */
import { problemText, t } from '../i18n/index.ts';
import { lineIndex } from '../foundation/line-index.ts';
import Papa from 'papaparse';
import { FILE_FIELD, type Problem } from '../foundation/problems.ts';
import { fieldName } from '../foundation/zod-problems.ts';
import { BUDGET_COLUMNS, REQUIRED_BUDGET_COLUMNS, budgetCsvRowSchema, type BudgetRow } from '../schemas/budget.ts';
import type { Locate } from '../foundation/located.ts';
import { decodeMessage } from '../foundation/message.ts';

export interface BudgetCsv {
  rows: BudgetRow[];
  /** [rowIndex, column name] → line and CSV column number. */
  locate: Locate;
  problems: Problem[];
}


/** Decodes bytes as UTF-8 or reports why not (a CP949/EUC-KR file is never turned into mojibake). */
export function decodeCsvBytes(bytes: Uint8Array, file: string): { text: string } | { problem: Problem } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text: text.normalize('NFC') };
  } catch {
    // Find the line of the first byte sequence that is not UTF-8.
    let line = 1;
    let index = 0;
    let looksKorean = false;
    while (index < bytes.length) {
      const b = bytes[index] ?? 0;
      const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
      const valid =
        length > 0 &&
        index + length <= bytes.length &&
        Array.from(bytes.subarray(index + 1, index + length)).every((c) => c >= 0x80 && c <= 0xbf);
      if (!valid) {
        looksKorean = b >= 0x81 && b <= 0xfe;
        break;
      }
      if (b === 0x0a) line += 1;
      index += length;
    }
    let decodedSample = '';
    if (looksKorean) {
      try {
        const lines = new TextDecoder('euc-kr', { fatal: true }).decode(bytes).split(/\r?\n/);
        decodedSample = (lines[line - 1] ?? '').trim().slice(0, 40);
      } catch {
        looksKorean = false;
      }
    }
    return {
      problem: {
        file,
        line,
        field: FILE_FIELD,
        severity: 'error',
        ...(looksKorean
          ? problemText(decodedSample ? 'csv.cp949Line' : 'csv.cp949', { sample: decodedSample })
          : problemText('csv.notUtf8')),
      },
    };
  }
}

/** Parses the CSV text of budget.csv. */
export function parseBudgetCsvText(input: string, file: string): BudgetCsv {
  const text = input.replace(/^\uFEFF/, '');
  const problems: Problem[] = [];
  const rows: BudgetRow[] = [];
  const positions: { line: number; columns: Map<string, number> }[] = [];
  let columnIndex = new Map<string, number>();
  const lineOf = lineIndex(text);
  const lineAt = (offset: number) => lineOf(offset).line;
  const problem = (line: number, field: string, parts: { ko: string; en: string; fix: string }, column?: number): Problem => {
    const p: Problem = { file, line, field, severity: 'error', ...parts };
    if (column !== undefined) p.column = column;
    return p;
  };

  let header: string[] | undefined;
  let rawHeaderLength = 0;
  let cursor = 0;
  let stop = false;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      const start = cursor;
      cursor = result.meta.cursor;
      if (stop) return;
      const cells = result.data;
      const line = lineAt(Math.min(start, Math.max(text.length - 1, 0)));
      if (cells.every((cell) => cell.trim() === '')) return;
      for (const error of result.errors) {
        problems.push(
          problem(line, FILE_FIELD, problemText(error.type === 'Quotes' ? 'csv.quotes' : 'csv.unreadableRow', { detail: error.message })),
        );
      }
      if (!header) {
        rawHeaderLength = cells.length;
        // Excel may leave empty columns after the last used one: ignore them in the header.
        const used = cells.map((cell) => cell.trim().toLowerCase());
        while (used.length > 0 && used.at(-1) === '') used.pop();
        header = used;
        if (header.length === 1 && /[;\t]/.test(header[0] ?? '')) {
          problems.push(problem(line, FILE_FIELD, problemText('csv.notCommas')));
          stop = true;
          return;
        }
        columnIndex = new Map(header.map((name, i) => [name, i]));
        const seen = new Set<string>();
        header.forEach((name, i) => {
          if (!(BUDGET_COLUMNS as readonly string[]).includes(name)) {
            problems.push(
              problem(line, name || t('csv.columnNumber', { n: i + 1 }), problemText('csv.unknownColumnName', { name, budgetColumns: BUDGET_COLUMNS.join(',') }), i + 1),
            );
          } else if (seen.has(name)) {
            problems.push(problem(line, name, problemText('csv.duplicateColumnName', { name }), i + 1));
          }
          seen.add(name);
        });
        for (const name of REQUIRED_BUDGET_COLUMNS) {
          if (!seen.has(name)) {
            problems.push(problem(line, name, problemText('csv.missingColumnName', { name, budgetColumns: BUDGET_COLUMNS.join(',') })));
          }
        }
        if (problems.length > 0) stop = true;
        return;
      }
      // Excel writes every row with as many cells as the header: more means a comma inside a number split it.
      if (cells.length > rawHeaderLength || cells.slice(header.length).some((cell) => cell.trim() !== '')) {
        problems.push(
          problem(line, FILE_FIELD, problemText('csv.moreCellsThanHeader', { length: cells.length, length2: header.length }), header.length + 1),
        );
        return;
      }
      const record: Record<string, string> = {};
      for (const name of BUDGET_COLUMNS) {
        const i = columnIndex.get(name);
        if (i !== undefined) record[name] = cells[i] ?? '';
      }
      const parsed = budgetCsvRowSchema.safeParse(record);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const name = String(issue.path[0] ?? '');
          const texts = decodeMessage(issue.message) ?? problemText('csv.badValue', { detail: issue.message });
          const col = columnIndex.get(name);
          problems.push(problem(line, fieldName(issue.path), texts, col === undefined ? undefined : col + 1));
        }
        return;
      }
      rows.push({ ...parsed.data, line });
      positions.push({ line, columns: columnIndex });
    },
  });

  if (!header) {
    problems.push(problem(1, FILE_FIELD, problemText('csv.missingHeaderRow', { budgetColumns: BUDGET_COLUMNS.join(',') })));
  }
  const locate: Locate = (path) => {
    const index = path[0];
    if (typeof index !== 'number') return path.length === 0 ? { line: 1, column: 1 } : undefined;
    const at = positions[index];
    if (!at) return undefined;
    const col = path[1] === undefined ? undefined : at.columns.get(String(path[1]));
    return { line: at.line, column: col === undefined ? 1 : col + 1 };
  };
  return { rows, locate, problems };
}

/** Reads budget.csv from its bytes: decoding, then parsing. */
export function parseBudgetCsv(bytes: Uint8Array, file: string): BudgetCsv {
  const decoded = decodeCsvBytes(bytes, file);
  if ('problem' in decoded) return { rows: [], locate: () => undefined, problems: [decoded.problem] };
  return parseBudgetCsvText(decoded.text, file);
}
