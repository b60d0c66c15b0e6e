/**
 * The dev loader's incremental model (src/site/live-site.ts) on a small tree rendered by the
 * portal's own processor: a save re-renders the pages that depend on the saved file and no
 * others, the result equals a fresh full build, and changes other pages depend on ask for a
 * full rebuild.
 */
import { rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { afterEach, describe, expect, it } from 'vitest';
import type { SiteFile } from '../../plugins/remark-docfx/lib/contracts.ts';
import { loadSite } from '../../plugins/remark-docfx/lib/site-index.ts';
import { loadToc } from '../../plugins/remark-docfx/lib/toc.ts';
import { LiveSite, toLiveBody, type LiveRenderer } from '../../src/site/live-site.ts';
import { markdownOptions } from '../../src/site/markdown-options.ts';
import { rendererFrom, type ProcessorLike } from '../../src/site/renderer.ts';
import type { BuiltRoute, SiteModel } from '../../src/site/site-model.ts';
import { writeContentTree } from '../e2e/support/fixture-site.ts';

const page = (title: string, body: string, extra = '') => `---\ntitle: ${title}\nuid: live-${title.toLowerCase().replace(/\W+/g, '-')}\n${extra}---\n\n# ${title}\n\n${body}\n`;
const FILES: Record<string, string> = {
  'nl/boek/toc.yml': 'items:\n  - name: Gids\n    href: ../gids/\n',
  'nl/gids/toc.yml': 'items:\n  - name: Importeren\n    href: importeren.md\n',
  'nl/gids/importeren.md': page('Importeren', '[!include[stap](includes/stap.md)]'),
  'nl/gids/via-omweg.md': page('Via omweg', '[!include[omweg](includes/omweg.md)]'),
  'nl/gids/los.md': page('Los', 'Geen ingevoegde tekst.'),
  'nl/andere/pagina.md': page('Andere pagina', 'In geen enkele toc.'),
  'nl/gids/leeg-gebruikt.md': page('Leeg gebruikt', 'Voor.\n\n[!include[leeg](includes/leeg.md)]\n\nNa.'),
  'nl/gids/includes/stap.md': 'Oude stap.\n',
  // An include that only includes another leaves no node of its own in the page.
  'nl/gids/includes/omweg.md': '[!include[stap](stap.md)]\n',
  'nl/gids/includes/leeg.md': '',
  'nl/gids/includes/ongebruikt.md': 'Door niemand ingevoegd.\n',
};

let roots: string[] = [];
afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

/** A LiveSite on a fresh copy of `FILES` (or on `root`), rendering like the dev loader, counting renders. */
async function liveTree(root = writeContentTree(FILES)) {
  roots.push(root);
  const site = loadSite(root);
  const render = await rendererFrom(unified(markdownOptions({ contentRoot: root, base: '/', docfx: true })) as unknown as ProcessorLike, site, { syntaxHighlight: false });
  const rendered: string[] = [];
  const renderPage: LiveRenderer = async (file: SiteFile, text: string) => {
    rendered.push(file.path);
    return toLiveBody(await render(text, pathToFileURL(`${site.root}${sep}${file.path.split('/').join(sep)}`), { ...file.meta }), file, site.root);
  };
  const { live, model } = await LiveSite.build(site, renderPage, loadToc);
  rendered.length = 0;
  const write = (path: string, text: string) => writeFileSync(join(root, path), text);
  return { root, live, model, rendered, write };
}

/** Routes by route, as a full build of `root` makes them. */
async function fullBuild(root: string): Promise<SiteModel> {
  const site = loadSite(root);
  const render = await rendererFrom(unified(markdownOptions({ contentRoot: root, base: '/', docfx: true })) as unknown as ProcessorLike, site, { syntaxHighlight: false });
  const renderPage: LiveRenderer = async (file, text) =>
    toLiveBody(await render(text, pathToFileURL(`${site.root}${sep}${file.path.split('/').join(sep)}`), { ...file.meta }), file, site.root);
  return (await LiveSite.build(site, renderPage, loadToc)).model;
}

const byRoute = (routes: BuiltRoute[]) => new Map(routes.map((route) => [route.data.route, route]));

describe('LiveSite.update', () => {
  it('re-renders exactly the pages that include a saved include, at any depth', async () => {
    const tree = await liveTree();
    tree.write('nl/gids/includes/stap.md', 'Nieuwe stap.\n');
    const update = await tree.live.update(['nl/gids/includes/stap.md']);
    expect(update.full).toBeUndefined();
    expect(update.rendered).toEqual(['nl/gids/importeren.md', 'nl/gids/via-omweg.md']);
    expect(tree.rendered.sort()).toEqual(['nl/gids/importeren.md', 'nl/gids/via-omweg.md']);
    const routes = byRoute(update.routes);
    expect(routes.get('/nl/gids/importeren/')?.html).toContain('Nieuwe stap.');
    expect(routes.get('/nl/gids/via-omweg/')?.html).toContain('Nieuwe stap.');
    expect(routes.has('/nl/gids/los/')).toBe(false);
  });

  it('never serves an include from its cache after a save, even with an unchanged modification time', async () => {
    const include = 'nl/gids/includes/stap.md';
    const sameTime = new Date('2026-01-01T12:00:00Z');
    const root = writeContentTree(FILES);
    utimesSync(join(root, include), sameTime, sameTime);
    const tree = await liveTree(root);
    tree.write(include, 'Zelfde tijd.\n');
    utimesSync(join(tree.root, include), sameTime, sameTime);
    const update = await tree.live.update([include]);
    expect(byRoute(update.routes).get('/nl/gids/importeren/')?.html).toContain('Zelfde tijd.');
  });

  it('finds the pages using an include that renders to nothing by the pages naming it', async () => {
    const tree = await liveTree();
    tree.write('nl/gids/includes/leeg.md', 'Nu met tekst.\n');
    const update = await tree.live.update(['nl/gids/includes/leeg.md']);
    expect(update.rendered).toEqual(['nl/gids/leeg-gebruikt.md']);
    expect(byRoute(update.routes).get('/nl/gids/leeg-gebruikt/')?.html).toContain('Nu met tekst.');
    tree.write('nl/gids/includes/ongebruikt.md', 'Nog steeds door niemand ingevoegd.\n');
    expect((await tree.live.update(['nl/gids/includes/ongebruikt.md'])).rendered).toEqual([]);
  });

  it('re-renders an edited page alone, with its new front matter and problems', async () => {
    const tree = await liveTree();
    tree.write('nl/gids/los.md', page('Los', 'Zie [weg](bestaat-niet.md).', 'description: Nieuwe samenvatting\n'));
    const update = await tree.live.update(['nl/gids/los.md']);
    expect(update.rendered).toEqual(['nl/gids/los.md']);
    const data = byRoute(update.routes).get('/nl/gids/los/')?.data;
    expect(data?.description).toBe('Nieuwe samenvatting');
    expect(data?.messages.map((m) => `${m.file}:${m.line} ${m.ruleId}`)).toEqual(['nl/gids/los.md:9 link-broken']);
  });

  it('reports broken front matter of a saved page with the right line', async () => {
    const tree = await liveTree();
    tree.write('nl/gids/los.md', '---\ntitle: Los\nuid: live-los\ndate: gisteren\n---\n\n# Los\n');
    const update = await tree.live.update(['nl/gids/los.md']);
    expect(update.full).toBeUndefined();
    expect(byRoute(update.routes).get('/nl/gids/los/')?.data.messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual(['4 frontmatter-invalid']);
  });

  it('reloads a saved toc.yml and the tree nesting it, and moves pages in and out of its sidebar', async () => {
    const tree = await liveTree();
    const sidebarOf = (routes: BuiltRoute[]) => byRoute(routes).get('/nl/andere/pagina/')?.data.sidebar;
    expect(sidebarOf(tree.model.routes)).toBe('folder:nl/andere');
    const listed = 'items:\n  - name: Importeren\n    href: importeren.md\n  - name: Van elders\n    href: ../andere/pagina.md\n';
    tree.write('nl/gids/toc.yml', listed);
    const added = await tree.live.update(['nl/gids/toc.yml']);
    expect(added.rendered).toEqual([]);
    expect(added.tocs).toEqual(['nl/boek/toc.yml', 'nl/gids/toc.yml']);
    expect(JSON.stringify(added.navigation.find((nav) => nav.file === 'nl/boek/toc.yml'))).toContain('Van elders');
    expect(sidebarOf(added.routes)).toBe('nl/boek/toc.yml');
    expect(added.removedNavigation).toEqual(['folder:nl/andere']);

    tree.write('nl/gids/toc.yml', FILES['nl/gids/toc.yml']);
    const removed = await tree.live.update(['nl/gids/toc.yml']);
    expect(sidebarOf(removed.routes)).toBe('folder:nl/andere');
    expect(removed.navigation.map((nav) => nav.file)).toContain('folder:nl/andere');
  });

  it('ends where a full build of the saved tree ends', async () => {
    const tree = await liveTree();
    tree.write('nl/gids/includes/stap.md', 'Derde versie.\n');
    tree.write('nl/gids/los.md', page('Los', 'Andere tekst.', 'keywords: a, b\n'));
    tree.write('nl/gids/toc.yml', 'items:\n  - name: Los\n    href: los.md\n  - name: Andere\n    href: ../andere/pagina.md\n');
    const update = await tree.live.update(['nl/gids/includes/stap.md', 'nl/gids/los.md', 'nl/gids/toc.yml']);
    expect(update.full).toBeUndefined();
    const fresh = await fullBuild(tree.root);
    const live = byRoute([...byRoute(tree.model.routes).values()].map((route) => byRoute(update.routes).get(route.data.route) ?? route));
    for (const route of fresh.routes) expect(live.get(route.data.route), route.data.route).toEqual(route);
    const navigation = new Map(tree.model.navigation.map((nav) => [nav.file, nav]));
    for (const nav of update.navigation) navigation.set(nav.file, nav);
    for (const id of update.removedNavigation) navigation.delete(id);
    expect(new Map(fresh.navigation.map((nav) => [nav.file, nav]))).toEqual(navigation);
  });

  it('asks for a full rebuild when a file comes or goes or a title changes', async () => {
    const tree = await liveTree();
    tree.write('nl/gids/nieuw.md', page('Nieuw', 'Tekst.'));
    expect((await tree.live.update(['nl/gids/nieuw.md'])).full).toBe('nl/gids/nieuw.md was added');
    rmSync(join(tree.root, 'nl/gids/los.md'));
    expect((await tree.live.update(['nl/gids/los.md'])).full).toBe('nl/gids/los.md was deleted');
    tree.write('nl/gids/importeren.md', page('Anders genoemd', 'Tekst.').replace('uid: live-anders-genoemd', 'uid: live-importeren'));
    expect((await tree.live.update(['nl/gids/importeren.md'])).full).toMatch(/title/);
    expect(tree.rendered).toEqual([]);
  });

  it('treats a deleted folder as its files', async () => {
    const tree = await liveTree();
    rmSync(join(tree.root, 'nl/gids/includes'), { recursive: true });
    expect((await tree.live.update(['nl/gids/includes'])).full).toMatch(/was deleted/);
  });
});
