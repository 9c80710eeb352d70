/**
 * A press contact as one line of text (issue 12: the ended notice names who answers after the
 * end): organisation, department, name, phone, e-mail — only what the file gives. Pure.
 */
import type { Contact } from '../schemas/release.ts';

export function contactLine(contact: Contact, organizationName: (id: string) => string): string {
  const org = contact.organization ? organizationName(contact.organization) : undefined;
  const name = contact.name && contact.name !== org ? contact.name : undefined;
  return [org, contact.department, name, contact.phone, contact.email].filter((part): part is string => Boolean(part)).join(' · ');
}
