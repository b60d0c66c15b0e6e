/**
 * Where the loader puts the site model (src/site/site-store.ts): a build stores every route with
 * its HTML in Astro's store; the dev server keeps the model in memory (dev-site.ts) with only its
 * version in the store, and a live update reloads the open pages at once instead of writing the
 * store — and not at all when nothing changed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { pageRequests } from '../../src/site/dev-refresh.ts';
import { devSite } from '../../src/site/dev-site.ts';
import type { PageData } from '../../src/site/page-data.ts';
import { applyChanges, putModel, showEarly } from '../../src/site/site-store.ts';
import type { BuiltRoute } from '../../src/site/site-model.ts';

type Entry = { id: string; data: Record<string, unknown>; rendered?: { html: string } };

/** The part of Astro's scoped store the loader uses, as a map. */
function fakeStore() {
  const entries = new Map<string, Entry>();
  return {
    entries,
    set: (entry: Entry) => (entries.set(entry.id, entry), true),
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
  } as unknown as Parameters<typeof putModel>[0] & { entries: Map<string, Entry> };
}

const route = (path: string, title: string, html: string): BuiltRoute => ({
  html,
  data: { kind: 'page', route: path, file: `${path.slice(1)}index.md`, lang: 'nl', title, keywords: [], searchable: true, languages: [], messages: [], headings: [] } as PageData,
});
const model = { routes: [route('/nl/a/', 'A', '<p>a</p>'), route('/nl/b/', 'B', '<p>b</p>')], navigation: [{ file: 'nl/toc.yml', items: [] }] };
const noChanges = { routes: [], removedRoutes: [], navigation: [], removedNavigation: [] };

afterEach(() => {
  const memory = devSite();
  memory.routes.clear();
  memory.navigation.clear();
  memory.version = 0;
  delete memory.reloadOpenPages;
  memory.openRoutes = [];
});

describe('the site model in a build', () => {
  it('stores every route with its HTML and every sidebar tree', () => {
    const store = fakeStore();
    putModel(store, model, false);
    expect(store.entries.get('/nl/a/')?.rendered?.html).toBe('<p>a</p>');
    expect(store.entries.get('nav:nl/toc.yml')?.data).toEqual({ file: 'nl/toc.yml', items: [] });
    expect(devSite().version).toBe(0);
  });
});

describe('the site model in astro dev', () => {
  it('keeps routes and trees in memory, with only the version in the store', () => {
    const store = fakeStore();
    putModel(store, model, true);
    expect([...store.entries.keys()]).toEqual(['dev:version']);
    expect(devSite().routes.get('/nl/b/')?.html).toBe('<p>b</p>');
    expect(devSite().navigation.has('nl/toc.yml')).toBe(true);
  });

  it('applies a live update in memory and reloads the open pages without writing the store', () => {
    const store = fakeStore();
    putModel(store, model, true);
    const written = store.entries.get('dev:version');
    let reloads = 0;
    devSite().reloadOpenPages = () => {
      reloads += 1;
      // The reload comes after the model holds the new page.
      expect(devSite().routes.get('/nl/a/')?.html).toBe('<p>a2</p>');
    };
    const version = devSite().version;
    applyChanges(store, { ...noChanges, routes: [route('/nl/a/', 'A', '<p>a2</p>')], removedRoutes: ['/nl/b/'] }, true);
    expect(reloads).toBe(1);
    expect(devSite().version).toBe(version + 1);
    expect(devSite().routes.has('/nl/b/')).toBe(false);
    expect(store.entries.get('dev:version')).toBe(written);
  });

  it('does not reload when an update changed nothing a page shows', () => {
    const store = fakeStore();
    putModel(store, model, true);
    let reloads = 0;
    devSite().reloadOpenPages = () => (reloads += 1);
    applyChanges(store, noChanges, true);
    expect(reloads).toBe(0);
  });

  it('without the integration, reloads through a store write', () => {
    const store = fakeStore();
    putModel(store, model, true);
    applyChanges(store, { ...noChanges, routes: [route('/nl/a/', 'A', '<p>a3</p>')] }, true);
    expect(store.entries.get('dev:version')?.data).toEqual({ version: devSite().version });
  });

  it('shows an open page as soon as it is rendered, and does not reload again for pages no browser shows', () => {
    const store = fakeStore();
    putModel(store, model, true);
    const request = pageRequests('/help/');
    request({ method: 'GET', url: '/help/nl/a/?x=1' }, {}, () => undefined);
    request({ method: 'GET', url: '/help/_astro/x.css' }, {}, () => undefined);
    expect(devSite().openRoutes).toEqual(['/nl/a/']);
    const reloaded: string[] = [];
    devSite().reloadOpenPages = () => reloaded.push(devSite().routes.get('/nl/a/')!.html);
    const a = route('/nl/a/', 'A', '<p>a4</p>');
    showEarly(a);
    expect(reloaded).toEqual(['<p>a4</p>']);
    applyChanges(store, { ...noChanges, routes: [a, route('/nl/b/', 'B', '<p>b4</p>')] }, true, new Set(['/nl/a/']));
    expect(reloaded).toHaveLength(1);
    expect(devSite().routes.get('/nl/b/')?.html).toBe('<p>b4</p>');
    // A retitled page changes the sidebars of the open page: reload.
    applyChanges(store, { ...noChanges, routes: [a, route('/nl/b/', 'B2', '<p>b4</p>')] }, true, new Set(['/nl/a/']));
    expect(reloaded).toHaveLength(2);
  });
});
