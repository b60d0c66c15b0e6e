/**
 * Mojibake repair (spec §16): text that was UTF-8, decoded as Windows-1252, shows pairs such
 * as `Ã¯` for `ï`. Each character is mapped back to a byte; a run of bytes that forms one valid
 * UTF-8 sequence is replaced by the character it encodes. Legitimate accents never form a
 * valid sequence, so they are left alone.
 */

/** Windows-1252 characters of the 0x80–0x9F range and their byte values (spec §16 step 1). */
const CP1252_BYTES: ReadonlyMap<string, number> = new Map([
  ['€', 0x80], ['‚', 0x82], ['ƒ', 0x83], ['„', 0x84], ['…', 0x85], ['†', 0x86], ['‡', 0x87],
  ['ˆ', 0x88], ['‰', 0x89], ['Š', 0x8a], ['‹', 0x8b], ['Œ', 0x8c], ['Ž', 0x8e], ['‘', 0x91],
  ['’', 0x92], ['“', 0x93], ['”', 0x94], ['•', 0x95], ['–', 0x96], ['—', 0x97], ['˜', 0x98],
  ['™', 0x99], ['š', 0x9a], ['›', 0x9b], ['œ', 0x9c], ['ž', 0x9e], ['Ÿ', 0x9f],
]);

/** Byte value a character stands for in mojibake, or -1 when it has none. */
function byteOf(character: string): number {
  const code = character.charCodeAt(0);
  if (code >= 0x80 && code <= 0xff) return code;
  return CP1252_BYTES.get(character) ?? -1;
}

/** Number of continuation bytes a UTF-8 lead byte announces (0 = not a lead we repair). */
function continuationCount(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return 0;
}

/** Decode lead + continuation bytes; undefined when overlong, a surrogate or > U+10FFFF. */
function decodeSequence(bytes: number[]): string | undefined {
  const [lead] = bytes;
  let code = bytes.length === 2 ? lead & 0x1f : bytes.length === 3 ? lead & 0x0f : lead & 0x07;
  for (const byte of bytes.slice(1)) code = (code << 6) | (byte & 0x3f);
  const minimum = bytes.length === 2 ? 0x80 : bytes.length === 3 ? 0x800 : 0x10000;
  if (code < minimum || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCodePoint(code);
}

/** The `mojibake` diagnostic, raised once per repaired line of a page or an include file. */
export const MOJIBAKE_MESSAGE = 'Unexpected mojibake (UTF-8 read as Windows-1252) on this line: repaired in the output; fix the source text';

/** Cheap pre-check: mojibake needs a lead character in U+00C2–U+00F4. */
const POSSIBLE_LEAD = /[\u00c2-\u00f4]/;

/**
 * Repair one line; returns the line unchanged when nothing needed repair.
 * @example repairLine('geÃ¯mporteerd') // → 'geïmporteerd'
 */
export function repairLine(line: string): string {
  if (!POSSIBLE_LEAD.test(line)) return line;
  let result = '';
  let index = 0;
  while (index < line.length) {
    const character = line[index];
    const needed = continuationCount(byteOf(character));
    if (needed > 0 && index + needed < line.length) {
      const bytes = [byteOf(character)];
      for (let offset = 1; offset <= needed; offset++) bytes.push(byteOf(line[index + offset]));
      const valid = bytes.slice(1).every((byte) => byte >= 0x80 && byte <= 0xbf);
      const decoded = valid ? decodeSequence(bytes) : undefined;
      if (decoded !== undefined) {
        result += decoded;
        index += needed + 1;
        continue;
      }
    }
    result += character;
    index += 1;
  }
  return result;
}

/** Result of repairing a text: the repaired text and the 1-based lines that changed. */
export interface MojibakeRepair {
  text: string;
  lines: number[];
}

/**
 * Repair every line of `text` from line `fromLine` on (front matter lines are skipped).
 * @example repairMojibake('a\nÃ©Ã©n') // → { text: 'a\néén', lines: [2] }
 */
export function repairMojibake(text: string, fromLine = 1): MojibakeRepair {
  if (!POSSIBLE_LEAD.test(text)) return { text, lines: [] };
  const lines = text.split('\n');
  const changed: number[] = [];
  for (let index = fromLine - 1; index < lines.length; index++) {
    const repaired = repairLine(lines[index]);
    if (repaired !== lines[index]) {
      lines[index] = repaired;
      changed.push(index + 1);
    }
  }
  return changed.length === 0 ? { text, lines: [] } : { text: lines.join('\n'), lines: changed };
}
