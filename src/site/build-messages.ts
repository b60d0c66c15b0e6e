/**
 * Diagnostics on their way from the Markdown pipeline to the build output: a rehype plugin that
 * hands each page's vfile messages to the renderer's outbox (render-outbox.ts; renderer.ts
 * returns them as data beside the HTML), and the one-line format the build prints.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import type { SiteMessage } from './page-data.ts';
import { OUTBOX_SLOT, type MessageLike, type OutboxOptions } from './render-outbox.ts';

export type { MessageLike } from './render-outbox.ts';

/**
 * Converts a vfile message (or a `DocfxMessage`) to a `SiteMessage`; `file` comes from the message
 * (the include file for included content) or, failing that, from `page`.
 */
export function toSiteMessage(message: MessageLike, page: string): SiteMessage {
  const ruleId = message.ruleId ?? 'signpost-unknown';
  return {
    ruleId: message.source === 'signpost' && !ruleId.startsWith('signpost-') ? `signpost-${ruleId}` : ruleId,
    file: typeof message.file === 'string' && message.file && !message.file.startsWith('/') ? message.file : page,
    line: message.line ?? 1,
    column: message.column ?? undefined,
    message: message.reason ?? message.message ?? '',
    fatal: false,
  };
}

/**
 * Late rehype plugin of the site's processor: puts the file's messages (remark and rehype stage)
 * in the renderer's outbox (filled in by renderer.ts; without one, as when Astro renders on its
 * own, the messages stay on the vfile).
 */
export function rehypeExposeMessages(options: OutboxOptions = {}) {
  return (_tree: Root, file: VFile) => {
    options[OUTBOX_SLOT]?.put(file, { messages: file.messages.map((m) => ({
      ruleId: m.ruleId,
      source: m.source,
      reason: m.reason,
      line: m.line,
      column: m.column,
      // Dialect messages name the content-root relative file that holds the problem.
      file: (m as unknown as { file?: string }).file,
    })) });
  };
}

/** `nl/a.md:3:1 include-missing Cannot …` — the line the build prints for a message. */
export function formatMessage(message: SiteMessage): string {
  return `${message.file}:${message.line}:${message.column ?? 1} ${message.ruleId} ${message.message}`;
}

/**
 * Messages in print order, each once (an include problem seen from two pages is one problem in
 * one file): sorted by file, line, column, rule.
 */
export function uniqueMessages(messages: Iterable<SiteMessage>): SiteMessage[] {
  const byLine = new Map<string, SiteMessage>();
  for (const message of messages) byLine.set(formatMessage(message), message);
  return [...byLine.values()].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      (a.column ?? 1) - (b.column ?? 1) ||
      (a.ruleId < b.ruleId ? -1 : 1),
  );
}
