/**
 * What the site's own plugins hand back about a page beside its HTML: its messages
 * (build-messages.ts), the files its render read and the site URLs it links to (page-reads.ts),
 * and — in a build with twins — its Markdown twin (twins/capture-twin.ts). Astro's renderer
 * returns only HTML and metadata, so each plugin puts its part in the renderer's outbox, keyed
 * by the vfile's path, and `renderer.ts` takes the page's report out after the render: data
 * beside the HTML, never front matter. Without an outbox (as when Astro renders on its own) the
 * plugins do nothing.
 */
import type { VFile } from 'vfile';
import type { SiteAddress } from './twins/page-twin.ts';

/** Options key of the plugins the renderer fills with its outbox (renderer.ts). */
export const OUTBOX_SLOT = 'outbox';

/** The options object of a plugin that reports to the outbox. */
export type OutboxOptions = { [OUTBOX_SLOT]?: RenderOutbox };

/** A vfile message (or a `DocfxMessage`) as the outbox carries it. */
export interface MessageLike {
  ruleId?: string | null;
  source?: string | null;
  reason?: string;
  message?: string;
  line?: number | null;
  column?: number | null;
  file?: string;
  fatal?: boolean | null;
}

/** One page's report. */
export interface PageReport {
  messages: MessageLike[];
  /** Content files the render read (the page and its includes at any depth), sorted. */
  reads: string[];
  /** Site-local URLs (`/nl/b/`, `/nl/media/x.png`) the page links to, sorted. */
  links: string[];
  /** The page's Markdown twin, when the outbox asks for twins. */
  twin?: string;
}

/** The renderer's outbox. `twins` set: the twin step captures each page's twin for that address. */
export class RenderOutbox {
  readonly twins: SiteAddress | undefined;
  #pages = new Map<string, Partial<PageReport>>();

  constructor(twins?: SiteAddress) {
    this.twins = twins;
  }

  /** Adds `part` to the report of the page `file` renders. */
  put(file: VFile, part: Partial<PageReport>): void {
    const report = this.#pages.get(file.path) ?? {};
    this.#pages.set(file.path, Object.assign(report, part));
  }

  /** Takes the report of the page at absolute path `path` out of the outbox (empty lists for parts no plugin gave). */
  take(path: string): PageReport {
    const report = this.#pages.get(path) ?? {};
    this.#pages.delete(path);
    return { messages: report.messages ?? [], reads: report.reads ?? [], links: report.links ?? [], ...(report.twin !== undefined ? { twin: report.twin } : {}) };
  }
}
