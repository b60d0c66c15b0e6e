/**
 * Line selection of code snippets (spec §12.2): line ranges, named regions in every listed
 * comment syntax, and dedenting. Pure text functions; the caller reads the file.
 */

/** What to take from a snippet file. */
export interface SnippetSelector {
  /** 1-based inclusive ranges in the order written; `end` undefined = to the end. */
  ranges?: { start: number; end?: number }[];
  region?: string;
  /** Spaces to remove from each line; undefined = the common indentation. */
  dedent?: number;
}

// Lines that open/close a region in any supported syntax (spec §12.2); group 1 = `/` or
// `end` for a closing line, group 2 = the name (absent for `#endregion`).
const MARKERS: { pattern: RegExp; closes: (match: RegExpExecArray) => boolean }[] = [
  { pattern: /^\s*#(end\s*region|region)\b\s*"?([^"]*?)"?\s*$/i, closes: (m) => /^end/i.test(m[1]) },
  { pattern: /^\s*\/\/\s*<(\/?)([\w.-]+)>\s*$/, closes: (m) => m[1] === '/' },
  { pattern: /^\s*<!--\s*<(\/?)([\w.-]+)>\s*-->\s*$/, closes: (m) => m[1] === '/' },
  { pattern: /^\s*#\s*<(\/?)([\w.-]+)>\s*$/, closes: (m) => m[1] === '/' },
  { pattern: /^\s*'\s*<(\/?)([\w.-]+)>\s*$/, closes: (m) => m[1] === '/' },
];

function markerOf(line: string): { closes: boolean; name: string; regionStyle: boolean } | undefined {
  for (const [index, { pattern, closes }] of MARKERS.entries()) {
    const match = pattern.exec(line);
    if (match) return { closes: closes(match), name: (match[2] ?? '').toLowerCase(), regionStyle: index === 0 };
  }
  return undefined;
}

/** Lines strictly inside the innermost-last complete pair named `name`, or undefined. */
function regionLines(lines: string[], name: string): string[] | undefined {
  const wanted = name.toLowerCase();
  const open: { name: string; index: number; regionStyle: boolean }[] = [];
  let best: { start: number; end: number } | undefined;
  lines.forEach((line, index) => {
    const marker = markerOf(line);
    if (!marker) return;
    if (!marker.closes) return void open.push({ name: marker.name, index, regionStyle: marker.regionStyle });
    // `#endregion` closes the innermost `#region`; tag-style markers close by name.
    const at = marker.regionStyle
      ? open.findLastIndex((entry) => entry.regionStyle)
      : open.findLastIndex((entry) => !entry.regionStyle && entry.name === marker.name);
    if (at === -1) return;
    const [start] = open.splice(at, 1);
    if (start.name === wanted && (!best || start.index > best.start)) best = { start: start.index, end: index };
  });
  if (!best) return undefined;
  return lines.slice(best.start + 1, best.end).filter((line) => !markerOf(line));
}

function dedent(lines: string[], amount: number | undefined): string[] {
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)![0].length);
  const common = amount ?? (indents.length > 0 ? Math.min(...indents) : 0);
  return lines.map((line) => line.replace(new RegExp(`^[ \\t]{0,${common}}`), ''));
}

/**
 * Select the snippet text, or explain why nothing could be selected.
 * @example selectSnippet('a\nb\nc\n', { ranges: [{ start: 2, end: 3 }] }) // → { code: 'b\nc' }
 */
export function selectSnippet(text: string, selector: SnippetSelector): { code: string } | { error: string } {
  const lines = text.replace(/\n$/, '').split('\n');
  let picked: string[];
  if (selector.region !== undefined) {
    const found = regionLines(lines, selector.region);
    if (!found) return { error: `region \`${selector.region}\` not found` };
    picked = found;
  } else if (selector.ranges) {
    picked = [];
    for (const { start, end } of selector.ranges) {
      const last = Math.min(end ?? lines.length, lines.length);
      if (!Number.isInteger(start) || start < 1 || start > lines.length || last < start) {
        return { error: `line range \`${start}-${end ?? ''}\` is empty or invalid for a file of ${lines.length} lines` };
      }
      picked.push(...lines.slice(start - 1, last));
    }
  } else picked = lines;
  return { code: dedent(picked, selector.dedent).join('\n') };
}

/**
 * Parse `1-2,10,20-` into ranges; undefined when malformed.
 * @example parseRanges('2,4-') // → [{ start: 2, end: 2 }, { start: 4, end: undefined }]
 */
export function parseRanges(text: string): SnippetSelector['ranges'] {
  const ranges: { start: number; end?: number }[] = [];
  for (const part of text.split(',')) {
    const match = /^\s*(\d+)\s*(?:(-)\s*(\d*))?\s*$/.exec(part);
    if (!match) return undefined;
    const start = Number(match[1]);
    ranges.push({ start, end: match[2] ? (match[3] ? Number(match[3]) : undefined) : start });
  }
  return ranges;
}
