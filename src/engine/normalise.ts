/**
 * Normalisation for matching and list look-ups only — never for storage (spec §2).
 * An empty result is an absent key: it never matches anything.
 */

// ASCII text is already in NFC; skipping normalize() there keeps matching of large files cheap.
const NON_ASCII = /[^\x00-\x7f]/;
const nfc = (s: string): string => (NON_ASCII.test(s) ? s.normalize('NFC') : s);

/**
 * Printable ASCII words separated by single spaces: already in `collapse` form. Nearly every
 * value of a large import is like this, and then `collapse` has nothing to do. A regular
 * expression rather than a loop over charCodeAt: it reads a string joined from parts (a rope,
 * as `${first} ${last}` builds) in one go, where charCodeAt walks the rope for every character.
 */
const COLLAPSED_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;
const isCollapsedAscii = (s: string): boolean => s === '' || COLLAPSED_ASCII.test(s);

/** NFC, trim, every white-space run → one space. `' Sanne  de Vries '` → `'Sanne de Vries'`. */
export function collapse(s: string): string {
  if (isCollapsedAscii(s)) return s;
  return nfc(s).trim().replace(/\s+/g, ' ');
}

/** `collapse` then locale-independent lower case; diacritics and punctuation kept. `'ACME  Inc.'` → `'acme inc.'`. */
export function normText(s: string): string {
  return collapse(s).toLowerCase();
}

/**
 * `normText` of two parts joined by a space, without building the joined string (the join of
 * two normalised parts is already normalised). `('Sanne ', ' de Vries')` → `'sanne de vries'`.
 */
export function normTextPair(first: string, second: string): string {
  const a = normText(first);
  const b = normText(second);
  return a === '' ? b : b === '' ? a : `${a} ${b}`;
}

/** NFC, trim, lower-case the whole address. `' Jan@X.nl'` → `'jan@x.nl'`. */
export function normEmail(s: string): string {
  return nfc(s).trim().toLowerCase();
}

/** NFC, trim, lower-case, trailing `/` removed. `'HTTPS://X.nl//'` → `'https://x.nl'`. */
export function normUrl(s: string): string {
  return nfc(s).trim().toLowerCase().replace(/\/+$/, '');
}

/** ASCII digits, with `+` → `00`; no country code inferred. `'+31 6-12345678'` → `'0031612345678'`. */
export function normPhone(s: string): string {
  const trimmed = s.trim();
  const digits = trimmed.replace(/[^0-9]/g, '');
  return trimmed.startsWith('+') ? `00${digits}` : digits;
}

/** NFC, white space, `.` and `-` removed, upper case. `'nl 8123.456.78.b01'` → `'NL812345678B01'`. */
export function normVat(s: string): string {
  return nfc(s).replace(/[\s.-]/g, '').toUpperCase();
}
