/** Reads and checks content/press.yaml (optional) for the build and `validate`. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../lib/problems.ts';
import { problemsFromZod } from '../lib/zod-problems.ts';
import type { Located } from '../schemas/cross-file.ts';
import type { Organization } from '../schemas/organization.ts';
import { pressSchema, type Press } from '../schemas/press.ts';
import { nfcWarning } from './nfc.ts';
import { parseYamlSource } from './yaml-source.ts';

export const PRESS_FILE = 'press.yaml';

export function loadPress(contentDir: string, organizations: readonly Organization[] | undefined, problems: Problem[]): Located<Press> | undefined {
  const absolute = path.join(contentDir, PRESS_FILE);
  if (!existsSync(absolute)) return undefined;
  const file = path.relative(process.cwd(), absolute) || absolute;
  const raw = readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '');
  const warning = nfcWarning(raw, file);
  if (warning) problems.push(warning);
  const parsed = parseYamlSource(raw.normalize('NFC'), file);
  problems.push(...parsed.problems);
  if (parsed.problems.length > 0) return undefined;
  const result = pressSchema.safeParse(parsed.value ?? {}, { reportInput: true });
  if (!result.success) {
    problems.push(...problemsFromZod(result.error.issues, file, parsed.locate));
    return undefined;
  }
  if (organizations) {
    const ids = new Set(organizations.map((o) => o.id));
    result.data.contacts.forEach((contact, index) => {
      if (!contact.organization || ids.has(contact.organization)) return;
      problems.push({
        file,
        field: `contacts.${index}.organization`,
        severity: 'error',
        ko: `기관 id '${contact.organization}'가 organizations.yaml에 없습니다`,
        en: `unknown organisation id '${contact.organization}'`,
        fix: 'organizations.yaml에 기관을 추가하거나 id의 철자를 고치세요',
        ...parsed.locate(['contacts', index, 'organization']),
      });
    });
  }
  return { file, data: result.data, locate: parsed.locate };
}
