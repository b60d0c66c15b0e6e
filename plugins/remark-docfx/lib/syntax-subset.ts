/**
 * Per-document syntax subsets: most pages never use most GFM and directive syntax, yet micromark
 * tries every registered construct at every candidate character (GFM's e-mail autolink at the
 * start of every word, its table at every block start), and the GFM autolink transform scans
 * every text node. Before a parse, a cheap scan of the text finds which constructs *could*
 * match; the others are left out. The scan is conservative — any text that might start a
 * construct keeps it — so the tree is the one the full extension set builds (proved over the
 * corpora, the CommonMark examples and generated documents in test/remark-docfx/syntax-subset.test.ts).
 * Constructs and transforms this module does not know are always kept.
 */
import type { Extension as FromMarkdownExtension, Transform } from 'mdast-util-from-markdown';
import type { Construct, Extension as MicromarkExtension } from 'micromark-util-types';

/** The extensions a parse gets, as remark-parse reads them from the processor. */
export interface SyntaxExtensions {
  extensions: MicromarkExtension[];
  mdastExtensions: (FromMarkdownExtension | FromMarkdownExtension[])[];
}

/**
 * What a construct needs in the text to possibly match, by `constructName:tokenizerName` (the
 * directive constructs have no name). Each pattern errs on the side of matching: see the
 * construct's tokenizer.
 */
const CONSTRUCT_TRIGGERS: Record<string, RegExp> = {
  // micromark-extension-gfm-autolink-literal: `x@y.z` (also `mailto:`/`xmpp:`), `http(s)://`
  // (any letter case), `www.`.
  'emailAutolink:tokenizeEmailAutolink': /@/,
  'protocolAutolink:tokenizeProtocolAutolink': /https?:\/\//i,
  'wwwAutolink:tokenizeWwwAutolink': /www\./i,
  // micromark-extension-gfm-footnote: `[^label]` calls and `[^label]:` definitions.
  'gfmFootnoteCall:tokenizeGfmFootnoteCall': /\[\^/,
  'gfmPotentialFootnoteCall:tokenizePotentialGfmFootnoteCall': /\[\^/,
  'gfmFootnoteDefinition:tokenizeDefinitionStart': /\[\^/,
  // micromark-extension-gfm-task-list-item: `[ ]`, `[x]`, `[X]` (any whitespace inside).
  'tasklistCheck:tokenizeTasklistCheck': /\[(?:[xX]|\s+)\]/,
  // micromark-extension-gfm-strikethrough: `~`.
  'strikethrough:tokenizeStrikethrough': /~/,
  // micromark-extension-gfm-table: a delimiter row needs a `|` or an alignment colon (`a\n:-`
  // is a one-column table).
  'table:tokenizeTable': /\||:-|-:/,
  // micromark-extension-directive: a name right after the last `:` of `:x`, `::x`, `:::x`. A
  // name never starts with a line ending, a space or punctuation (ASCII punctuation excluded
  // here; others kept). A tab can start one: micromark sees it as code -2, which is no whitespace.
  ':tokenizeDirectiveText': /:[^\n\r !-/:-@[-`{-~]/,
  ':tokenizeDirectiveLeaf': /:[^\n\r !-/:-@[-`{-~]/,
  ':tokenizeDirectiveContainer': /:[^\n\r !-/:-@[-`{-~]/,
};

/**
 * What a from-markdown transform needs in the text nodes it scans, by function name, tested on
 * `textNodeCharacters` of the text.
 */
const TRANSFORM_TRIGGERS: Record<string, RegExp> = {
  // mdast-util-gfm-autolink-literal: `http(s)://`, `www.`, and e-mail addresses (`@`).
  transformGfmAutolinkLiterals: /https?:\/\/|www\.|@/i,
};

/**
 * The HTML named character references that decode to a character of the transform patterns
 * (`@ : / .`); none decodes to an ASCII letter (checked against the `character-entities` list).
 */
const PATTERN_REFERENCES: Record<string, string> = { commat: '@', colon: ':', sol: '/', period: '.' };

/** Numeric (`&#64;`, `&#x40;`) and pattern-relevant named references, as CommonMark reads them. */
const REFERENCE = /&(?:#(?:[xX]([\da-fA-F]{1,6})|(\d{1,7}))|(commat|colon|sol|period));/g;

/**
 * What text nodes can hold, as far as the patterns care: text node values are the source with
 * escapes removed and character references decoded. Removing every backslash and decoding a
 * reference that was escaped can only add matches, never lose one.
 */
function textNodeCharacters(text: string): string {
  const unescaped = text.includes('\\') ? text.replaceAll('\\', '') : text;
  if (!unescaped.includes('&')) return unescaped;
  return unescaped.replace(REFERENCE, (_reference, hex?: string, decimal?: string, name?: string) => {
    if (name) return PATTERN_REFERENCES[name];
    const code = hex ? Number.parseInt(hex, 16) : Number(decimal);
    return code > 0x10ffff ? '\uFFFD' : String.fromCodePoint(code);
  });
}

/** Fields of a micromark extension that hold constructs (keyed by the character they start at). */
const CONSTRUCT_MAPS = ['document', 'contentInitial', 'flowInitial', 'flow', 'string', 'text', 'insideSpan'] as const;

const triggerNames = [...Object.keys(CONSTRUCT_TRIGGERS), ...Object.keys(TRANSFORM_TRIGGERS)];

/** Subsets already built, per extension list, by the triggers present. */
const subsets = new WeakMap<object, Map<string, SyntaxExtensions>>();

/**
 * The extensions needed to parse `text` exactly as `full` would.
 * @example subsetFor('plain words', { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) // → no GFM constructs at all
 */
export function subsetFor(text: string, full: SyntaxExtensions): SyntaxExtensions {
  const present = new Set<string>();
  for (const [name, pattern] of Object.entries(CONSTRUCT_TRIGGERS)) if (pattern.test(text)) present.add(name);
  const textNodes = textNodeCharacters(text);
  for (const [name, pattern] of Object.entries(TRANSFORM_TRIGGERS)) if (pattern.test(textNodes)) present.add(name);
  const key = triggerNames.map((name) => (present.has(name) ? '1' : '0')).join('');
  let byKey = subsets.get(full.extensions);
  if (!byKey) subsets.set(full.extensions, (byKey = new Map()));
  let subset = byKey.get(key);
  if (!subset) {
    const keep = (construct: Construct) => {
      const identity = `${construct.name ?? ''}:${construct.tokenize?.name ?? ''}`;
      return !(identity in CONSTRUCT_TRIGGERS) || present.has(identity);
    };
    subset = {
      extensions: full.extensions.map((extension) => pruneExtension(extension, keep)),
      mdastExtensions: full.mdastExtensions.map((entry) => (Array.isArray(entry) ? entry.map((one) => pruneTransforms(one, present)) : pruneTransforms(entry, present))),
    };
    byKey.set(key, subset);
  }
  return subset;
}

/** A copy of `extension` without the constructs `keep` rejects. */
function pruneExtension(extension: MicromarkExtension, keep: (construct: Construct) => boolean): MicromarkExtension {
  const pruned: MicromarkExtension = { ...extension };
  for (const field of CONSTRUCT_MAPS) {
    const map = extension[field] as Record<string, Construct | Construct[]> | undefined;
    if (!map) continue;
    const kept: Record<string, Construct[]> = {};
    for (const [key, value] of Object.entries(map)) {
      const constructs = (Array.isArray(value) ? value : [value]).filter(keep);
      if (constructs.length > 0) kept[key] = constructs;
    }
    (pruned as Record<string, unknown>)[field] = kept;
  }
  return pruned;
}

/** A copy of a from-markdown extension without transforms that cannot find anything. */
function pruneTransforms(extension: FromMarkdownExtension, present: Set<string>): FromMarkdownExtension {
  if (!extension.transforms) return extension;
  const transforms = extension.transforms.filter((transform: Transform) => !(transform.name in TRANSFORM_TRIGGERS) || present.has(transform.name));
  return transforms.length === extension.transforms.length ? extension : { ...extension, transforms };
}
