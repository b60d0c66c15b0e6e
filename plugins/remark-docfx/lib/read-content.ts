/**
 * The one place a content file is read as text: bytes from the content root, decoded by
 * `decodeContent` (BOM-sniffed UTF-8 / UTF-16, else strict UTF-8), BOM stripped. Every reader
 * of pages, includes, toc.yml and index.yml goes through `readContent`, and the bytes come
 * through the content-root guard (root-guard.ts: confinement, regular files only, size cap).
 */
import type { RuleId } from './contracts.ts';
import { decodeContent, type DecodedContent } from './decode.ts';
import { guardOf, readGuardedBytes } from './root-guard.ts';

/** The rule id of an undecodable file (not in spec §2.3: documented in the plugin README). */
export const ENCODING_RULE = 'encoding-invalid' satisfies RuleId;

/**
 * Reads content-root file `path` (`/` separators) under `root`: the decoded text, where it
 * cannot be decoded, or undefined when it cannot be read at all (missing, a folder, no access,
 * or refused by the guard).
 * @example readContent('/site', 'da/a.md') // → { ok: true, text: '---\nuid: a\n---', encoding: 'utf-16le' }
 */
export function readContent(root: string, path: string): DecodedContent | undefined {
  const bytes = readGuardedBytes(guardOf(root), path);
  return bytes === undefined ? undefined : decodeContent(bytes);
}

/**
 * `readContent`'s text, or undefined when the file is unreadable or undecodable (the site
 * index reports the latter once, as `encoding-invalid`).
 * @example readContentText('/site', 'nl/a.md') // → '# Titel\n'
 */
export function readContentText(root: string, path: string): string | undefined {
  const content = readContent(root, path);
  return content?.ok ? content.text : undefined;
}
