/**
 * Header row → engine field ids (spec §3), using the nl/da/en aliases of header-aliases.ts.
 * Unknown and duplicate columns are reported, never guessed: the user maps them by hand.
 */
import { HEADER_ALIASES } from './header-aliases.ts';
import type { IngestIssue } from './types.ts';

/** Import kinds with a header vocabulary: `contacts`, `products` and the Exact Online imports. */
export type HeaderKind = 'contacts' | 'products' | 'relations' | 'materials' | 'hourTypes';

/** Comparison key of a header: NFC, lower case, letters and digits only. `'E-mail adres '` → `'emailadres'`. */
export function headerKey(header: string): string {
  return header.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

const lookupCache = new Map<string, Map<string, string>>();

function lookupFor(kind: string): Map<string, string> {
  let lookup = lookupCache.get(kind);
  if (!lookup) {
    lookup = new Map();
    for (const [field, aliases] of Object.entries(HEADER_ALIASES[kind] ?? {})) {
      for (const alias of [field, ...aliases]) if (!lookup.has(headerKey(alias))) lookup.set(headerKey(alias), field);
    }
    lookupCache.set(kind, lookup);
  }
  return lookup;
}

/** Field id per column (`null` = not mapped) and the issues found (row 1 = header row). */
export interface HeaderMapping { fields: (string | null)[]; issues: IngestIssue[] }

/**
 * Maps `headers` for import `kind`. `['Bedrijfsnaam', 'Plaats', 'Schoenmaat']` (contacts) →
 * `['company.name', 'company.city', null]` plus a HEADER_UNKNOWN issue for column 3.
 */
export function mapHeaders(headers: readonly string[], kind: HeaderKind): HeaderMapping {
  const lookup = lookupFor(kind);
  const seen = new Map<string, number>();
  const issues: IngestIssue[] = [];
  const fields = headers.map((header, i) => {
    const column = i + 1;
    if (header.trim() === '') {
      issues.push({ code: 'HEADER_EMPTY', row: 1, column });
      return null;
    }
    const field = lookup.get(headerKey(header));
    if (field === undefined) {
      issues.push({ code: 'HEADER_UNKNOWN', row: 1, column, params: { header } });
      return null;
    }
    const earlier = seen.get(field);
    if (earlier !== undefined) {
      issues.push({ code: 'HEADER_DUPLICATE', row: 1, column, params: { header, field, firstColumn: earlier } });
      return null;
    }
    seen.set(field, column);
    return field;
  });
  return { fields, issues };
}
