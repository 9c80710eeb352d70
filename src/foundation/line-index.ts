/**
 * From an offset in a text to its line and column (1-based), by a binary search over where each
 * line starts: the one mapping for every reader that has offsets (a CSV parser, the emphasis pass).
 */
export interface LinePoint {
  line: number;
  column: number;
}

export function lineIndex(text: string): (offset: number) => LinePoint {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
}
