/**
 * Landing files (`index.yml`, `YamlMime:Landing`/`SubCategory`, spec §18.2, SHOULD): title,
 * summary and cards of links, rendered as a card list. Links resolve like Markdown links.
 * Beside toc.ts (§18.1): the site and `signpost check` render them with the same function.
 */
import { parse } from 'yaml';
import type { DocfxMessage, SiteIndex } from './contracts.ts';
import { resolvePath } from './paths.ts';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asText = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** A rendered landing page: body HTML, its title and problems. */
export interface RenderedLanding {
  html: string;
  title: string;
  meta: Record<string, unknown>;
  messages: DocfxMessage[];
}

/**
 * Renders landing file `path` of `site`. Unparsable YAML gives an empty page and a
 * `frontmatter-invalid` message; unresolvable links keep their text (`link-broken`).
 * Example: `renderLanding(site, 'nl/admin/index.yml').html` → `'<h1>…</h1><p>…</p><ul class="sp-cards">…'`.
 */
export function renderLanding(site: SiteIndex, path: string, text: string): RenderedLanding {
  const messages: DocfxMessage[] = [];
  let doc: Record<string, unknown> = {};
  try {
    doc = asRecord(parse(text));
  } catch (error) {
    messages.push({ ruleId: 'frontmatter-invalid', file: path, line: 1, message: `Cannot parse landing file: ${(error as Error).message.split('\n')[0]}`, fatal: false });
  }
  const meta = asRecord(doc.metadata);
  const title = asText(doc.title) || asText(meta.title) || path;
  const link = (text: string, url: string) => {
    const target = /^[a-z][a-z0-9+.-]*:/i.test(url) ? undefined : resolvePath(path, url);
    const route = target ? site.files.get(target)?.route : undefined;
    if (route || /^(https?:|mailto:)/i.test(url)) return `<a href="${escapeHtml(route ?? url)}">${escapeHtml(text)}</a>`;
    messages.push({ ruleId: 'link-broken', file: path, line: 1, message: `Cannot resolve landing link \`${url}\``, fatal: false });
    return `<span data-link-broken="">${escapeHtml(text)}</span>`;
  };
  const cards = asList(doc.landingContent).map((card) => {
    const c = asRecord(card);
    const links = asList(c.linkLists).flatMap((list) => asList(asRecord(list).links));
    const items = links.map((l) => `<li>${link(asText(asRecord(l).text), asText(asRecord(l).url))}</li>`).join('');
    return `<li class="sp-card"><h2>${escapeHtml(asText(c.title))}</h2><ul>${items}</ul></li>`;
  });
  const summary = asText(doc.summary);
  const html = `<h1>${escapeHtml(title)}</h1>${summary ? `<p>${escapeHtml(summary)}</p>` : ''}<ul class="sp-cards">${cards.join('')}</ul>`;
  return { html, title, meta: { ...meta, description: meta.description ?? summary }, messages };
}
