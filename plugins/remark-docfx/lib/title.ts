/**
 * Cheap title scan for the index (spec §3.2 fallback): the text of the first ATX `# ` heading
 * outside fenced code, without a Markdown parse.
 */

/** Reduce heading Markdown to plain text: links to their text, tags, emphasis and escapes dropped. */
function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`]/g, '')
    .replace(/\\(.)/g, '$1')
    .trim();
}

/**
 * Text of the first level-1 ATX heading at or after `fromLine`, outside code fences.
 * @example firstHeadingText('```\n# no\n```\n# Yes *really*') // → 'Yes really'
 */
export function firstHeadingText(text: string, fromLine = 1): string | undefined {
  const lines = text.split('\n');
  let fence: string | undefined;
  for (let index = fromLine - 1; index < lines.length; index++) {
    const line = lines[index];
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      if (fence === undefined) fence = fenceMatch[1];
      else if (fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const heading = /^ {0,3}#(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (heading) {
      const title = plainText(heading[1] ?? '');
      if (title !== '') return title;
    }
  }
  return undefined;
}
