/** Splits an MDX file into its YAML frontmatter and body, keeping line numbers countable. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return undefined;
  // The body starts on the line after the closing ---.
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  return { frontmatter: match[1] ?? '', body: source.slice(match[0].length), bodyLine };
}
