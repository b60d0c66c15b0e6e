/**
 * The prose of a Markdown file, for language identification: front matter, code, raw HTML,
 * link and image URLs and DocFX directive syntax are dropped, so that an English file name
 * in an include path or a C# snippet does not make a Dutch page look English.
 *
 * This is deliberately a line-level strip, not a Markdown parse: a full remark + GFM parse of
 * the 1,089 nl+da pages takes ~10 s on the project machine, this takes ~0.1 s, and trigram
 * language identification only needs the words, not the document structure.
 */
import { findFrontMatter } from '../../plugins/remark-docfx/index.ts';

/** Replacements applied in order; each removes syntax that carries no prose. */
const STRIP: readonly [RegExp, string][] = [
  [/^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]*\1[ \t]*$|(?![\s\S]))/gm, ' '], // fenced code
  [/<!--[\s\S]*?-->/g, ' '], // comments
  [/^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$/gm, ' '], // reference definitions
  [/\[!(?:include|code(?:-[\w+#-]+)?)\s*\[[^\]]*\]\([^)]*\)\]/gi, ' '], // include / snippet directives
  [/\[!(?:NOTE|TIP|IMPORTANT|CAUTION|WARNING|VIDEO[^\]]*|div[^\]]*)\]/gi, ' '], // alert markers
  [/\{%[^%\n]*%\}/g, ' '], // GitBook tags
  [/^[ \t]*:::.*$/gm, ' '], // triple-colon blocks
  [/<xref:[^>\n]*>/g, ' '], // xrefs name uids, not words
  [/(`+)[^`\n]*?\1/g, ' '], // code spans
  [/<\/?[a-z][^>\n]*>/gi, ' '], // HTML tags (their text content stays)
  [/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1'], // inline links and images keep their text
  [/!?\[([^\]\n]*)\]\[[^\]\n]*\]/g, '$1'], // reference links keep their text
  [/\bhttps?:\/\/\S+/g, ' '], // bare URLs
  [/&[a-z]+;|&#x?[0-9a-f]+;/gi, ' '], // entities
  [/[#>*_|~=+[\]]+/g, ' '], // remaining Markdown punctuation
];

/**
 * Plain prose of `markdown` (BOM and front matter removed), whitespace collapsed.
 * @example markdownToPlainText('---\ntitle: x\n---\n# Kop\n\nZie [dit](a.md) en `code`.')
 *   // 'Kop Zie dit en .'
 */
export function markdownToPlainText(markdown: string): string {
  let text = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const block = findFrontMatter(text);
  if (block && block !== 'unclosed') text = text.split('\n').slice(block.bodyLine - 1).join('\n');
  for (const [pattern, replacement] of STRIP) text = text.replace(pattern, replacement);
  return text.replace(/\s+/g, ' ').trim();
}
