/**
 * Raw-text helpers shared by the index and the page pipeline: every file goes through
 * `normalizeText` before anything else (spec §1: BOM removed, CRLF → LF), and positions are
 * computed with a `LineIndex` so diagnostics carry 1-based physical line numbers.
 */

/**
 * Strip a leading BOM and normalise CRLF / lone CR line ends to LF.
 * @example normalizeText('\uFEFFa\r\nb') // → 'a\nb'
 */
export function normalizeText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
}

/** Offsets of line starts of a text, for offset → line look-ups in O(log n). */
export interface LineIndex {
  /** 1-based line of a 0-based offset. */
  lineOf(offset: number): number;
  /** Text of a 1-based line, without its line end ('' past the end). */
  line(line: number): string;
}

/**
 * Build a `LineIndex` for `text`.
 * @example createLineIndex('a\nb').lineOf(2) // → 2
 */
export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    starts.push(index + 1);
  }
  return {
    lineOf(offset) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= offset) low = middle;
        else high = middle - 1;
      }
      return low + 1;
    },
    line(line) {
      if (line < 1 || line > starts.length) return '';
      const end = line < starts.length ? starts[line] - 1 : text.length;
      return text.slice(starts[line - 1], end);
    },
  };
}
