import { z } from 'astro/zod';
import { decodeMessage, type Problem } from './problems.ts';

import type { Locate } from './located.ts';

const ko = z.locales.ko();
const en = z.locales.en();

function localeText(locale: ReturnType<typeof z.locales.ko>, issue: z.core.$ZodIssue): string {
  const text = locale.localeError(issue as never);
  return typeof text === 'string' ? text : (text?.message ?? issue.message);
}

function genericFix(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '이 항목을 추가하세요' : '값의 형식을 안내서의 예와 같이 고치세요';
    case 'invalid_value':
      return `다음 중 하나로 적으세요: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return '철자를 확인하거나 이 항목을 지우세요';
    case 'too_small':
    case 'too_big':
      return '값의 범위(길이·크기)를 맞추세요';
    case 'invalid_format':
      return '안내서의 형식 예를 따라 고치세요';
    default:
      return '안내서(docs/편집-가이드.md)의 예를 참고해 고치세요';
  }
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(파일)' : path.map(String).join('.');
}

/** Turns zod issues into problems in the portal's one format. */
export function problemsFromZod(
  issues: readonly z.core.$ZodIssue[],
  file: string,
  locate: Locate,
): Problem[] {
  return issues.map((issue) => {
    const where = locate(issue.path) ?? locate(issue.path.slice(0, -1));
    const custom = decodeMessage(issue.message);
    const texts = custom ?? { ko: localeText(ko, issue), en: localeText(en, issue), fix: genericFix(issue) };
    const problem: Problem = { file, field: fieldName(issue.path), severity: 'error', ...texts };
    if (where) {
      problem.line = where.line;
      problem.column = where.column;
    }
    return problem;
  });
}
