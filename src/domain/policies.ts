/** The policy pages every Korean public site links from its footer, by URL slug. */
export const POLICY_SLUGS = ['privacy', 'copyright', 'no-email-collection', 'accessibility'] as const;
export type PolicySlug = (typeof POLICY_SLUGS)[number];

export function isPolicySlug(value: string): value is PolicySlug {
  return (POLICY_SLUGS as readonly string[]).includes(value);
}
