/**
 * Header search, loaded as a tiny module on every page: it wires the keyboard shortcut (`/` or
 * Ctrl+K) and loads Pagefind (its own index for the page's `<html lang>`) only on first use.
 */
import { unmarkCompounds } from '../site/compound-mark.ts';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(settings: { baseUrl?: string }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 8;
const root = document.querySelector<HTMLElement>('[data-sp-search]');
const input = root?.querySelector<HTMLInputElement>('input');
const output = root?.querySelector<HTMLElement>('.sp-search__results');

if (root && input && output) {
  const messages = JSON.parse(root.dataset.messages ?? '{}') as Record<string, string>;
  const plural = new Intl.PluralRules(document.documentElement.lang || 'en');
  let pagefind: Promise<Pagefind | null> | undefined;

  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${root.dataset.base ?? '/'}pagefind/pagefind.js`)
      .then(async (module: Pagefind) => {
        // Result URLs are site-relative; under SIGNPOST_BASE they need the base in front.
        await module.options({ baseUrl: root.dataset.base ?? '/' });
        await module.init();
        return module;
      })
      .catch(() => null));

  const fill = (template: string, count: number, query: string) =>
    template.replace('{count}', String(count)).replace('{query}', query);

  const show = (nodes: Node[]) => {
    output.replaceChildren(...nodes);
    output.hidden = nodes.length === 0;
  };
  const status = (text: string) => {
    const p = document.createElement('p');
    p.className = 'sp-search__status';
    p.textContent = text;
    return p;
  };

  const run = async () => {
    const query = input.value.trim();
    if (!query) return show([]);
    show([status(messages.loading ?? '…')]);
    const engine = await load();
    if (!engine) return show([status(messages.unavailable ?? '')]);
    const found = await engine.debouncedSearch(query);
    if (!found || input.value.trim() !== query) return; // a newer query superseded this one
    const items = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (!items.length) return show([status(fill(messages.none ?? '', 0, query))]);
    const category = plural.select(found.results.length) === 'one' ? 'one' : 'other';
    const list = document.createElement('ul');
    list.className = 'sp-search__list';
    for (const item of items) {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = item.url;
      link.className = 'sp-search__link';
      link.textContent = item.meta.title ?? item.url;
      const excerpt = document.createElement('p');
      excerpt.className = 'sp-search__excerpt';
      // Pagefind escapes page text and only adds <mark>; the index marks compound parts.
      excerpt.innerHTML = unmarkCompounds(item.excerpt);
      li.append(link, excerpt);
      list.append(li);
    }
    show([status(fill(messages[category] ?? '', found.results.length, query)), list]);
  };

  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      input.value = '';
      show([]);
    }
  });
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]');
    const shortcut = (event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
    if (shortcut) {
      event.preventDefault();
      input.focus();
    }
  });
}
