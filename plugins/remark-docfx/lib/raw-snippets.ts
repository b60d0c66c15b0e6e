/**
 * Raw HTML snippets whose parse5 result is known without running parse5 (for
 * raw-when-needed.ts): a bare `<br>`, one whole comment, and start … end tag pairs of a few
 * elements with plain attributes:
 *
 * - `<see cref='…'>…</see>`, which the generated API reference pages (C# XML doc comments) hold
 *   in thousands of places: an element the HTML standard does not define, which the HTML parser
 *   treats as an ordinary one — inserted at its start tag, closed by its end tag when everything
 *   opened after it has been closed;
 * - the nl/da pages' icons `<i class="ph …" aria-hidden="true"></i>` and anchors
 *   `<a id="…"></a>`: formatting elements, whose special rules (reopening after misnested
 *   end tags, at most three alike) cannot matter for a pair with nothing in between.
 *
 * Whether the tree around them is one parse5 would keep is left to `isParse5Stable`; here
 * only the snippets are read.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';

type Content = RootContent | ElementContent;

/** The paired elements resolved here, their attributes, and whether content may sit between the tags. */
const PAIRS: Readonly<Record<string, { attributes: readonly string[]; content: boolean }>> = {
  see: { attributes: ['cref', 'langword'], content: true },
  i: { attributes: ['class', 'aria-hidden', 'aria-label'], content: false },
  a: { attributes: ['id'], content: false },
};

/** Elements the pairs make. */
export const PAIRED_ELEMENTS: readonly string[] = Object.keys(PAIRS);

/** String-valued hast properties the pairs' attributes become (besides `className` and `id`). */
export const PAIRED_STRING_PROPERTIES: readonly string[] = ['cref', 'langword', 'ariaHidden', 'ariaLabel'];

/**
 * The hast property of an attribute, as the HTML parser's hast builder (hastscript with
 * property-information) makes it: `class` → `className` tokens, `aria-*` → camel case (kept as
 * strings), the others unchanged. Undefined for an empty class.
 */
function propertyOf(name: string, value: string): [string, string | string[]] | undefined {
  if (name === 'class') {
    const tokens = value.trim();
    return tokens === '' ? undefined : ['className', tokens.split(/[ \t\n\r\f]+/)];
  }
  if (name.startsWith('aria-')) return [`aria${name[5].toUpperCase()}${name.slice(6)}`, value];
  return [name, value];
}

/** `<br>`, `<br/>`, `<BR />`: one void start tag. */
const BREAK = /^<br[\t\n\f\r ]*\/?>$/i;

/**
 * One whole comment, as parse5 reads it: not `<!-->` / `<!--->`, nothing after the first
 * `-->`, no `--!>` (which also ends a comment), no CR or NUL (which parse5 rewrites).
 */
const COMMENT = /^<!--(?!-?>)((?:(?!--!?>)[^\0\r])*)-->$/;

/**
 * A lower-case start tag with quoted attribute values only: no character references, NUL or
 * CR in them (parse5 would decode or rewrite those), not self-closing.
 */
const START_TAG = /^<([a-z]+)((?:[\t\n\f ]+[a-z][a-z-]*[\t\n\f ]*=[\t\n\f ]*(?:'[^'&\0\r]*'|"[^"&\0\r]*"))*)[\t\n\f ]*>$/;
const ATTRIBUTE = /([a-z][a-z-]*)[\t\n\f ]*=[\t\n\f ]*(?:'([^']*)'|"([^"]*)")/g;

/** What parse5 makes of a raw snippet that is a lone `<br>` or one whole comment; undefined otherwise. */
function simpleRaw(value: string): ElementContent | undefined {
  if (BREAK.test(value)) return { type: 'element', tagName: 'br', properties: {}, children: [] };
  const comment = COMMENT.exec(value);
  return comment ? { type: 'comment', value: comment[1] } : undefined;
}

const rawValue = (node: Content): string | undefined => ((node.type as string) === 'raw' ? (node as unknown as { value: string }).value : undefined);

/** The properties of a start tag's attribute text; undefined for an attribute not taken or repeated. */
function propertiesOf(attributes: string, allowed: readonly string[]): Properties | undefined {
  const properties: Properties = {};
  const seen = new Set<string>();
  for (const [, name, single, double] of attributes.matchAll(ATTRIBUTE)) {
    const property = allowed.includes(name) && !seen.has(name) ? propertyOf(name, single ?? double) : undefined;
    if (!property) return undefined;
    seen.add(name);
    properties[property[0]] = property[1];
  }
  return properties;
}

/**
 * The element a start tag at `children[start]` makes with the first end tag of its name further
 * along the same children (right after it, for the elements that take no content here), and
 * that end tag's index. What lies in between becomes its content; a tag among it (another start
 * tag of the name, say) is not resolved, so such a page goes to parse5 as a whole.
 */
function pairedElement(children: Content[], start: number): { element: Element; end: number } | undefined {
  const tag = START_TAG.exec(rawValue(children[start]) ?? '');
  const pair = tag && Object.hasOwn(PAIRS, tag[1]) ? PAIRS[tag[1]] : undefined;
  if (!tag || !pair) return undefined;
  const properties = propertiesOf(tag[2], pair.attributes);
  if (!properties) return undefined;
  const last = pair.content ? children.length - 1 : Math.min(start + 1, children.length - 1);
  for (let end = start + 1; end <= last; end++) {
    if (rawValue(children[end]) === `</${tag[1]}>`) {
      const content = children.slice(start + 1, end) as ElementContent[];
      return { element: { type: 'element', tagName: tag[1], properties, children: content }, end };
    }
  }
  return undefined;
}

interface Replacement {
  owner: { children: Content[] };
  original: Content[];
  resolved: Content[];
}

/** Plan the resolution of the snippets among `owner`'s children and below; false when one needs parse5. */
function resolveWithin(owner: { children: Content[] }, replacements: Replacement[]): boolean {
  const children = owner.children;
  let resolved: Content[] | undefined; // started at the first snippet
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    if (child.type === 'element') {
      if (!resolveWithin(child, replacements)) return false;
    } else if (rawValue(child) !== undefined) {
      resolved ??= children.slice(0, index);
      const simple = simpleRaw(rawValue(child)!);
      const pair = simple ? undefined : pairedElement(children, index);
      if (!simple && !pair) return false;
      if (pair && !resolveWithin(pair.element, replacements)) return false;
      resolved.push(simple ?? pair!.element);
      index = pair?.end ?? index;
      continue;
    }
    resolved?.push(child);
  }
  if (resolved) replacements.push({ owner, original: children, resolved });
  return true;
}

/**
 * Replace the raw snippets of `tree` by what parse5 makes of them, when every one is known
 * (see the module comment). Returns the undo, or undefined (tree untouched) when some raw HTML
 * needs the HTML parser.
 * @example resolveRawSnippets(tree) // p [text, raw "<see cref='X'>", text "X", raw "</see>"] → p [text, see[cref=X] [text "X"]]
 */
export function resolveRawSnippets(tree: Root): (() => void) | undefined {
  const replacements: Replacement[] = [];
  if (!resolveWithin(tree, replacements)) return undefined;
  for (const { owner, resolved } of replacements) owner.children = resolved;
  return () => {
    for (const { owner, original } of replacements) owner.children = original;
  };
}
