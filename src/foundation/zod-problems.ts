import { z } from 'astro/zod';
import { problemText, t, type UiKey } from '../i18n/index.ts';
import { decodeMessage, type MessageParts } from './message.ts';
import { FILE_FIELD, type Problem } from './problems.ts';

import type { Locate } from './located.ts';
import { lookalikeMessage } from './lookalike.ts';

const en = z.locales.en();

/** zod's own English text for an issue (the English part of the message). */
function englishText(issue: z.core.$ZodIssue): string {
  const text = en.localeError(issue as never);
  return typeof text === 'string' ? text : (text?.message ?? issue.message);
}

const TYPE_NAMES: Record<string, UiKey> = { string: 'zod.type.string', number: 'zod.type.number', int: 'zod.type.number', boolean: 'zod.type.boolean', array: 'zod.type.array', object: 'zod.type.object', date: 'zod.type.date' };

/**
 * The message of an issue no schema gave its own message: Korean from the dictionary (zod's
 * Korean locale is not used: its texts hard-code particles and English type names).
 */
function genericMessage(issue: z.core.$ZodIssue): MessageParts {
  const english = englishText(issue);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return problemText('zod.missing', { en: english });
      const typeKey = TYPE_NAMES[issue.expected];
      return problemText('zod.invalidType', { en: english, expected: typeKey ? t(typeKey) : issue.expected });
    }
    case 'invalid_value':
      return problemText('zod.invalidValue', { en: english, values: issue.values.map(String).join(', ') });
    case 'unrecognized_keys':
      return problemText('zod.unrecognizedKeys', { en: english, keys: issue.keys.join(', ') });
    case 'too_small':
    case 'too_big':
      return problemText('zod.outOfRange', { en: english });
    case 'invalid_format':
      return problemText('zod.invalidFormat', { en: english });
    default:
      return problemText('zod.invalid', { en: english });
  }
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? FILE_FIELD : path.map(String).join('.');
}

/** Turns zod issues into problems in the portal's one format. */
export function problemsFromZod(
  issues: readonly z.core.$ZodIssue[],
  file: string,
  locate: Locate,
): Problem[] {
  return issues.map((issue) => {
    // A value of the wrong type written with a full-width character (`14，000` for a number) is named as such.
    const lookalike = issue.code === 'invalid_type' && typeof issue.input === 'string' ? lookalikeMessage(issue.input) : undefined;
    const offset = lookalike?.offset ?? (issue.code === 'custom' && typeof issue.params?.['offset'] === 'number' ? (issue.params['offset'] as number) : undefined);
    const where = (offset !== undefined ? locate(issue.path, offset) : undefined) ?? locate(issue.path) ?? locate(issue.path.slice(0, -1));
    const custom = decodeMessage(issue.message);
    const texts = lookalike?.parts ?? custom ?? genericMessage(issue);
    const problem: Problem = { file, field: fieldName(issue.path), severity: 'error', ...texts };
    if (where) {
      problem.line = where.line;
      problem.column = where.column;
    }
    return problem;
  });
}
