/** Reads and checks content/press.yaml (optional) for the build and `validate`. */
import path from 'node:path';
import type { Problem } from '../foundation/problems.ts';
import { unknownOrganizationId } from '../rules/cross-file.ts';
import type { Organization } from '../schemas/organization.ts';
import { pressSchema, type Press } from '../schemas/press.ts';
import { loadOptionalDataFile } from './data-file.ts';
import type { Located } from '../foundation/located.ts';

export const PRESS_FILE = 'press.yaml';

export function loadPress(contentDir: string, organizations: readonly Organization[] | undefined, problems: Problem[]): Located<Press> | undefined {
  const absolute = path.join(contentDir, PRESS_FILE);
  const result = loadOptionalDataFile(absolute, pressSchema, problems, {});
  if (!result) return undefined;
  if (organizations) {
    const ids = new Set(organizations.map((o) => o.id));
    const check = (contacts: readonly { organization?: string | undefined }[], at: (string | number)[]) =>
      contacts.forEach((contact, index) => {
        if (!contact.organization || ids.has(contact.organization)) return;
        problems.push({
          file: result.file,
          field: [...at, index, 'organization'].join('.'),
          severity: 'error',
          ...unknownOrganizationId(contact.organization, ids),
          ...result.locate([...at, index, 'organization']),
        });
      });
    check(result.data.contacts, ['contacts']);
    // Issue 12: the contact for questions after the programme's end names organisations too.
    if (result.data.afterEnd) check(result.data.afterEnd.contacts, ['afterEnd', 'contacts']);
  }
  return result;
}
