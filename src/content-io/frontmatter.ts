/** Splits an MDX file into its YAML frontmatter and body, keeping line numbers countable. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return undefined;
  return { frontmatter: match[1] ?? '', body: source.slice(match[0].length) };
}
