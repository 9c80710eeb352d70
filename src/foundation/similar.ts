/**
 * "Did you mean": the known names closest to one that names nothing, for tags and for ids
 * (organisations, sources, categories, budget sources). One notion of near for every place:
 * - the same after spacing, case and width are ignored (`매칭 데이` → `매칭데이`, `ＬＬＭ` → `LLM`);
 * - one Hangul letter (자모) apart: `수요기엽` → `수요기업` (es-hangul splits syllables);
 * - one character (a syllable, a letter) apart: `매칭대이` → `매칭데이`, `jeju-technopak`;
 * - an id written short: every letter of it in the known id, in order, from the same first
 *   letter (`jeju-tp` → `jeju-technopark`).
 * A known name may carry other spellings (a budget source's Korean name `국비` for `national`).
 */
import { disassemble } from 'es-hangul';

/** What two spellings share when spacing, case and full-width forms do not count. */
export function spacingKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s_-]+/g, '');
}

/** Levenshtein distance over code points (short names: the plain table is fast enough). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= y.length; j += 1) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/** The distance in Hangul letters: `엽` and `업` differ in one vowel. */
export function jamoDistance(a: string, b: string): number {
  return editDistance(disassemble(a), disassemble(b));
}

/** Every character of `short` in `long`, in order, from the same first character. */
function abbreviates(short: string, long: string): boolean {
  const s = [...short];
  const l = [...long];
  if (s.length < 2 || s.length >= l.length || s[0] !== l[0]) return false;
  let at = 0;
  for (const c of l) if (c === s[at]) at += 1;
  return at >= s.length;
}

export type Nearness = 'spacing' | 'jamo' | 'character' | 'abbreviation';

/**
 * How near `a` is to `b`, or undefined. `shortest`: the fewest characters a name must have for a
 * one-character edit to count (two-syllable Korean words one syllable apart are often different
 * words: 협약, 협력).
 */
export function nearness(a: string, b: string, shortest = 2): Nearness | undefined {
  const x = spacingKey(a);
  const y = spacingKey(b);
  if (x === y) return 'spacing';
  // Names that differ only in their numbers are a series, not a slip (1차 매칭데이, 2차 매칭데이).
  if (x.replace(/\d+/g, '#') === y.replace(/\d+/g, '#')) return undefined;
  if (jamoDistance(x, y) === 1) return 'jamo';
  if (Math.min([...x].length, [...y].length) >= shortest && editDistance(x, y) === 1) return 'character';
  return undefined;
}

export interface Known {
  /** The name to write. */
  name: string;
  /** Other spellings that mean it (a Korean label). */
  also?: readonly string[];
}

const RANK: Record<Nearness, number> = { spacing: 0, jamo: 1, character: 2, abbreviation: 3 };

/** The known names nearest to `wanted`, nearest first (at most `limit`); empty when none is near. */
export function closest(wanted: string, known: readonly (Known | string)[], limit = 3): string[] {
  const found: { name: string; rank: number; index: number }[] = [];
  known.forEach((entry, index) => {
    const item = typeof entry === 'string' ? { name: entry } : entry;
    const ranks = [item.name, ...(item.also ?? [])].map((spelling) => {
      const near = nearness(wanted, spelling) ?? (abbreviates(spacingKey(wanted), spacingKey(spelling)) ? 'abbreviation' : undefined);
      return near === undefined ? Infinity : RANK[near];
    });
    const rank = Math.min(...ranks);
    if (rank !== Infinity && spacingKey(item.name) !== '' && item.name !== wanted) found.push({ name: item.name, rank, index });
  });
  return found.sort((a, b) => a.rank - b.rank || a.index - b.index).slice(0, limit).map((f) => f.name);
}
