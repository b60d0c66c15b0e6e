/**
 * Steps 1–3 of the processing order (spec §1): normalise, repair mojibake, and blank the front
 * matter so the body parses with the file's own line numbers. Blanking (spaces, newlines kept)
 * rather than cutting keeps every position — line, column and offset — equal to the file's.
 */
import { findFrontMatter } from './frontmatter.ts';
import { repairMojibake } from './mojibake.ts';
import { normalizeText } from './text.ts';
import type { PreparedSource } from './types.ts';

/**
 * Prepare a file's text for parsing.
 * @param path Content-root path of the file (for messages).
 * @param raw The text as read (whole file), or the body only when `bodyLine` says where it starts.
 * @param bodyLine When given and the text has no front matter of its own, the text is the body
 *   of a file whose body starts at that line: it is shifted down so lines match the file.
 * @example prepareSource('a.md', '---\nx: 1\n---\nÃ©').text // → '   \n    \n   \né'
 */
export function prepareSource(path: string, raw: string, bodyLine?: number): PreparedSource {
  let text = normalizeText(raw);
  const block = findFrontMatter(text);
  let firstBodyLine = 1;
  if (typeof block === 'object') {
    const end = nthLineStart(text, block.bodyLine);
    text = text.slice(0, end).replace(/[^\n]/g, ' ') + text.slice(end);
    firstBodyLine = block.bodyLine;
  } else if (block === undefined && bodyLine !== undefined && bodyLine > 1) {
    text = '\n'.repeat(bodyLine - 1) + text;
    firstBodyLine = bodyLine;
  }
  const repair = repairMojibake(text, firstBodyLine);
  return { path, text: repair.text, mojibakeLines: repair.lines, bodyLine: firstBodyLine };
}

/** Offset where 1-based `line` starts (text length when past the end). */
function nthLineStart(text: string, line: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset;
}
