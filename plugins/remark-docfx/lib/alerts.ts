/**
 * Blockquote constructs (spec §6 alerts, §11 `[!div]`, §13 `[!VIDEO]`): every blockquote is
 * cut at its marker lines. Lines before the first marker stay a `blockquote`; an alert or
 * div marker opens a container holding the following `>` blocks; a video line becomes a video
 * and ends the quote. A lazy (non-`>`) line right after a marker does not belong to it, so
 * `> [!NOTE]` followed by plain text gives an empty alert and an ordinary paragraph.
 */
import type { Blockquote, Parent, Root, RootContent } from 'mdast';
import type { DocfxContext } from './contracts.ts';
import { alertTitle, isAlertKind, type AlertKind, type AlertTitles } from './block-alert-titles.ts';
import { cutParagraph, type LineUnit, type ParagraphLine } from './block-lines.ts';
import { sourceLine } from './block-source.ts';
import { createBlock, holdsBlocks, type DocfxBlock } from './block-types.ts';
import { parseDivLine } from './div.ts';
import { createVideo, parseVideoLine } from './video.ts';
import type { Properties } from 'hast';
import type { Position } from 'unist';

type Marker = { kind: 'alert'; alert: AlertKind } | { kind: 'div'; properties: Properties } | { kind: 'video'; url: string };

const ALERT_LINE = /^\[!([A-Za-z]+)\]$/;

function classifyMarker(line: ParagraphLine): Marker | undefined {
  const alert = ALERT_LINE.exec(line.text)?.[1].toLowerCase();
  if (alert !== undefined && isAlertKind(alert)) return { kind: 'alert', alert };
  const url = parseVideoLine(line.text);
  if (url !== undefined) return { kind: 'video', url };
  const properties = parseDivLine(line.text);
  return properties ? { kind: 'div', properties } : undefined;
}

/**
 * The rendered alert: `div data-alert=<kind>` with a `p data-alert-title` then the body.
 * @example createAlert('tip', 'nl', []) // → <div data-alert="tip" class="alert alert-tip"><p data-alert-title>Tip</p></div>
 */
export function createAlert(kind: AlertKind, lang: string, body: RootContent[], position?: Position, titles?: AlertTitles): DocfxBlock {
  const title: RootContent = {
    type: 'paragraph',
    data: { hProperties: { dataAlertTitle: '', className: ['alert-title'] } },
    children: [{ type: 'text', value: alertTitle(kind, lang, titles) }],
  };
  return createBlock('div', { dataAlert: kind, className: ['alert', `alert-${kind}`] }, [title, ...body], position);
}

const quoteDepth = (line: string | undefined): number => (/^[\s>]*/.exec(line ?? '')?.[0].match(/>/g) ?? []).length;

/** True when the paragraph line after a marker line was written without the marker's `>`s. */
function isLazyAfter(ctx: DocfxContext, quote: Blockquote, marker: ParagraphLine, next: LineUnit<Marker>): boolean {
  if (next.kind !== 'block' || marker.line === undefined) return false;
  if (next.node.position?.start.line !== marker.line + 1) return false;
  const markerText = sourceLine(ctx, quote, marker.line);
  const nextText = sourceLine(ctx, quote, marker.line + 1);
  if (markerText === undefined || nextText === undefined) return false;
  return quoteDepth(nextText) < quoteDepth(markerText.slice(0, markerText.indexOf('[!')));
}

/** Replacement nodes for one blockquote, or undefined when it holds no marker line. */
function splitQuote(quote: Blockquote, ctx: DocfxContext): RootContent[] | undefined {
  const units = quote.children.flatMap((child): LineUnit<Marker>[] =>
    child.type === 'paragraph' ? cutParagraph(child, classifyMarker, { lineStart: '[!' }) : [{ kind: 'block', node: child as never }],
  );
  if (!units.some((unit) => unit.kind === 'tag')) return undefined;
  const output: RootContent[] = [];
  let current: Parent = { type: 'blockquote', children: [] } as Blockquote;
  const close = () => {
    if (current.type !== 'blockquote' || current.children.length > 0) output.push(current as RootContent);
  };
  for (let index = 0; index < units.length; index++) {
    const unit = units[index];
    if (unit.kind === 'block') {
      current.children.push(unit.node);
      continue;
    }
    close();
    const at = unit.line.line;
    const position = at === undefined ? undefined : { start: { line: at, column: 1 }, end: { line: at, column: 1 } };
    const marker = unit.tag;
    if (marker.kind === 'video') {
      output.push(createVideo(marker.url, undefined, position));
      current = { type: 'blockquote', children: [] } as Blockquote;
    } else {
      current = marker.kind === 'alert' ? createAlert(marker.alert, ctx.lang, [], position, ctx.alertTitles) : createBlock('div', marker.properties, [], position);
    }
    const next = units[index + 1];
    if (next && isLazyAfter(ctx, quote, unit.line, next)) {
      // The marker line is not a paragraph, so the lazy line cannot continue it (spec §6.1).
      close();
      output.push((next as { node: RootContent }).node);
      index++;
      current = { type: 'blockquote', children: [] } as Blockquote;
    }
  }
  close();
  return output;
}

function walk(parent: Parent, ctx: DocfxContext): void {
  for (let index = 0; index < parent.children.length; index++) {
    const child = parent.children[index];
    if (holdsBlocks(child)) walk(child, ctx);
    if (child.type !== 'blockquote') continue;
    const replacement = splitQuote(child, ctx);
    if (replacement) {
      parent.children.splice(index, 1, ...replacement);
      index += replacement.length - 1;
    }
  }
}

/**
 * Turn alert, `[!div]` and `[!VIDEO]` blockquotes into their elements, in every container.
 * @example transformAlerts(tree, ctx) // '> [!TIP]\n> x' → docfxBlock data-alert="tip"
 */
export function transformAlerts(tree: Root, ctx: DocfxContext): void {
  walk(tree, ctx);
}
