/**
 * `> [!div class="…" id="…"]` sections (spec §11, SHOULD): the marker opens a `div` carrying
 * the given `name="value"` attributes; unquoted or malformed pairs are dropped.
 */
import type { Properties } from 'hast';

const DIV_LINE = /^\[!div(?:[ \t]+([^\]]*))?\]$/i;
const PAIR = /([A-Za-z_:][\w:.-]*)="([^"]*)"/g;

/**
 * Attributes of a `[!div …]` marker line, or undefined when the line is not one.
 * @example parseDivLine('[!div class="next step" id="x"]') // → { className: ['next', 'step'], id: 'x' }
 */
export function parseDivLine(line: string): Properties | undefined {
  const match = DIV_LINE.exec(line.trim());
  if (!match) return undefined;
  const properties: Properties = {};
  for (const [, name, value] of (match[1] ?? '').matchAll(PAIR)) {
    const key = name.toLowerCase();
    // Event handlers never survive, even before the HTML sanitiser runs.
    if (key.startsWith('on')) continue;
    if (key === 'class') properties.className = value.split(/\s+/).filter(Boolean);
    else properties[key] = value;
  }
  return properties;
}
