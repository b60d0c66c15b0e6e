/**
 * DocFX triple-colon blocks (spec §14.1–14.4, SHOULD): `:::image …:::` (block or inline),
 * `:::code …:::`, `:::video …:::`, and the containers `::: zone …`/`::: zone-end`,
 * `::: moniker …`/`::: moniker-end` and a complex image's `:::image-end:::`. These lines are
 * not generic directives (attributes are not in braces), so they reach us as paragraph text.
 * A container without its closing line runs to its parent's end and raises `tab-unclosed`;
 * one closed by an outer closing line (a zone ended by `::: moniker-end`) is not reported.
 */
import type { Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { DocfxContext } from './contracts.ts';
import { nestFences, parseAttributes, type FenceFrame, type FenceLine, type FenceRules } from './block-fences.ts';
import { createBlock, holdsBlocks } from './block-types.ts';
import { parseRanges } from './block-snippet-select.ts';
import { renderParsedSnippet } from './snippets.ts';
import { createVideo } from './video.ts';

const CLOSE = /^:::\s*([a-z][\w-]*)-end\s*(?::::)?$/i;
const SINGLE = /^:::\s*([a-z][\w-]*)\s+(.*?)\s*:::$/i;
const OPEN = /^:::\s*([a-z][\w-]*)(?:\s+(.*))?$/i;
const INLINE_IMAGE = /:::image\s+((?:[\w-]+\s*=\s*"[^"]*"\s*)+):::/gi;

function classify(text: string): FenceLine | undefined {
  const close = CLOSE.exec(text);
  if (close) return { kind: 'close', name: close[1].toLowerCase() };
  const single = SINGLE.exec(text);
  if (single) {
    const name = single[1].toLowerCase();
    const attributes = parseAttributes(single[2]);
    if (name === 'image' && attributes.type === 'complex') return { kind: 'open', name, attributes };
    return ['image', 'code', 'video'].includes(name) ? { kind: 'single', name, attributes } : undefined;
  }
  const open = OPEN.exec(text);
  if (open && ['zone', 'moniker'].includes(open[1].toLowerCase())) {
    return { kind: 'open', name: open[1].toLowerCase(), attributes: parseAttributes(open[2] ?? '') };
  }
  return undefined;
}

/** An `img` for `:::image` attributes (undefined = render the text literally, spec §14.1). */
function imageOf(ctx: DocfxContext, origin: Parent, attributes: Record<string, string>): PhrasingContent | undefined {
  const type = attributes.type ?? 'content';
  const alt = attributes['alt-text'];
  if (!attributes.source || (type !== 'icon' && alt === undefined)) return undefined;
  const from = ctx.sourceOf(origin);
  const locate = (target: string) => {
    if (/^[a-z][a-z0-9+.-]+:/i.test(target) || target.startsWith('/')) return { url: target, missing: false };
    const path = ctx.resolvePath(from, target);
    return { url: `/${path ?? target}`, missing: path === null || ctx.readText(path) === undefined };
  };
  const source = locate(attributes.source);
  const properties: Record<string, string | boolean> = type === 'icon' ? { role: 'presentation' } : {};
  if (attributes.border === 'true') properties.className = 'border';
  if (source.missing) {
    properties['data-image-missing'] = true;
    ctx.report('image-missing', `Cannot find image \`${attributes.source}\``, origin);
  }
  let image: PhrasingContent = { type: 'image', url: source.url, alt: type === 'icon' ? '' : alt, data: { hProperties: properties } };
  if (attributes.lightbox) image = { type: 'link', url: locate(attributes.lightbox).url, children: [image] };
  else if (attributes.link) image = { type: 'link', url: attributes.link, children: [image] };
  return image;
}

function rulesFor(ctx: DocfxContext): FenceRules {
  return {
    lineStart: ':::',
    classify: (line) => classify(line.text),
    accepts: () => true,
    finish(frame: FenceFrame, end) {
      if (end === 'end') {
        ctx.report('tab-unclosed', `Unexpected end of container inside \`::: ${frame.name}\`: add \`::: ${frame.name}-end\``, frame.origin, { line: frame.line });
      }
      const { attributes } = frame;
      if (frame.name === 'image') {
        const image = imageOf(ctx, frame.origin, attributes);
        const description = createBlock('div', { className: ['image-description'] }, frame.children);
        return image ? [{ type: 'paragraph', children: [image] }, description] : frame.children;
      }
      const properties: Record<string, string> =
        frame.name === 'moniker'
          ? { 'data-moniker': attributes.range ?? '' }
          : attributes.target !== undefined
            ? { 'data-zone-target': attributes.target }
            : { 'data-zone-pivot': attributes.pivot ?? '' };
      return [createBlock('div', properties, frame.children, frame.origin.position)];
    },
    single(line, origin, at) {
      const { attributes } = line;
      if (line.name === 'image') {
        const image = imageOf(ctx, origin, attributes);
        return image ? [{ type: 'paragraph', children: [image] }] : undefined;
      }
      if (line.name === 'video') return attributes.source ? [createVideo(attributes.source, attributes.title, origin.position)] : undefined;
      if (!attributes.source) return undefined;
      const ranges = attributes.range === undefined ? undefined : parseRanges(attributes.range);
      const error = attributes.range !== undefined && !ranges ? `malformed range \`${attributes.range}\`` : undefined;
      const selector = { ranges, region: attributes.id };
      const request = { lang: attributes.language, name: attributes.source, target: attributes.source, path: attributes.source, selector, highlight: attributes.highlight, error };
      return [renderParsedSnippet(ctx, origin, request, at.line)];
    },
  };
}

/** Replace inline `:::image …:::` runs inside the text nodes of a paragraph. */
function inlineImages(paragraph: Paragraph, ctx: DocfxContext): void {
  if (!paragraph.children.some((child) => child.type === 'text' && child.value.includes(':::image'))) return;
  paragraph.children = paragraph.children.flatMap((child): PhrasingContent[] => {
    if (child.type !== 'text' || !child.value.includes(':::image')) return [child];
    const parts: PhrasingContent[] = [];
    let last = 0;
    for (const match of child.value.matchAll(INLINE_IMAGE)) {
      const image = imageOf(ctx, paragraph, parseAttributes(match[1]));
      if (!image) continue;
      if (match.index > last) parts.push({ type: 'text', value: child.value.slice(last, match.index) });
      parts.push(image);
      last = match.index + match[0].length;
    }
    if (last === 0) return [child];
    if (last < child.value.length) parts.push({ type: 'text', value: child.value.slice(last) });
    return parts;
  });
}

function walk(parent: Parent, ctx: DocfxContext, rules: FenceRules): void {
  nestFences(parent, rules);
  for (const child of parent.children as RootContent[]) {
    if (child.type === 'paragraph') inlineImages(child, ctx);
    else if (holdsBlocks(child)) walk(child, ctx, rules);
  }
}

/**
 * Render triple-colon blocks and inline `:::image` in every container.
 * @example transformTripleColon(tree, ctx) // '::: zone pivot="a"\n\nx\n\n::: zone-end' → div data-zone-pivot="a"
 */
export function transformTripleColon(tree: Root, ctx: DocfxContext): void {
  walk(tree, ctx, rulesFor(ctx));
}
