/**
 * A small content tree that exercises every site feature: nl/da/en pages, a translation found
 * only by uid, a page without translation, a stub, `redirect_from`, toc.yml, an include, a
 * collision pair, broken front matter, a missing include and an asset. Text is written for the
 * tests (no corpus or seed text).
 */
const page = (front: Record<string, string>, body: string) =>
  `---\n${Object.entries(front).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n${body}\n`;

/** Content-root relative path → file text. */
export const FIXTURE_FILES: Record<string, string> = {
  'nl/index.md': page({ title: 'Welkom', uid: 'help-nl-start' }, '# Welkom\n\nStartpagina van de proefhulp.'),
  'da/index.md': page({ title: 'Velkommen', uid: 'help-da-start' }, '# Velkommen\n\nStartside for prøvehjælpen.'),
  'en/index.md': page({ title: 'Welcome', uid: 'help-en-start' }, '# Welcome\n\nStart page of the trial help.'),
  'nl/gids/toc.yml': 'items:\n  - name: Overzicht gids\n    href: index.md\n  - name: Bestanden importeren\n    href: importeren.md\n  - name: Alleen Nederlands\n    href: alleen-nl.md\n',
  'nl/gids/index.md': page({ title: 'Overzicht gids', uid: 'help-nl-gids', date: '03.14.2024', keywords: 'gids, overzicht, kompasroos' }, '# Overzicht gids\n\n## Eerste stap\n\nLees de gids.\n\n## Tweede stap\n\nGa verder.'),
  'nl/gids/importeren.md': page(
    { title: 'Bestanden importeren', uid: 'help-nl-importeren', redirect_from: '/nl/oud/importeren' },
    '# Bestanden importeren\n\n> [!NOTE]\n> Maak eerst een reservekopie van de gegevens.\n\n[!include[stappen](includes/stappen.md)]\n\nDe zoekterm is fietsenmaker en zebrafil. Zie het [overzicht](index.md).\n\n![Logo](../../media/logo.svg)',
  ),
  'nl/gids/includes/stappen.md': 'Dit is een ingevoegde stap over kolommen koppelen.\n',
  'nl/gids/alleen-nl.md': page({ title: 'Alleen Nederlands' }, '# Alleen Nederlands\n\nDeze pagina heeft geen vertaling.'),
  'nl/gids/kapot.md': '---\ntitle: [niet gesloten\n---\n\n# Kapotte kop\n\n[!include[weg](includes/bestaat-niet.md)]\n',
  'nl/gids/botsing.md': page({ title: 'Botsing pagina' }, '# Botsing pagina\n\nDe pagina wint.'),
  'nl/gids/botsing/index.md': page({ redirect_url: 'https://example.com/oud' }, ''),
  'nl/verhuisd.md': page({ redirect_url: 'https://example.com/nieuw' }, ''),
  'nl/tabbladen.md': page({ title: 'Tabbladen' }, '# Tabbladen\n\n# [Web](#tab/web)\n\nIn de webclient.\n\n# [Windows](#tab/win)\n\nIn de Windows-client.\n\n***\n\nNa de tabbladen.'),
  'nl/verborgen.md': page({ title: 'Verborgen', index: 'false' }, '# Verborgen\n\nNiet zoeken: fietsenmaker.'),
  'da/guide/toc.yml': 'items:\n  - name: Guideoversigt\n    href: index.md\n  - name: Importer filer\n    href: import.md\n',
  'da/guide/index.md': page({ title: 'Guideoversigt', uid: 'help-da-gids' }, '# Guideoversigt\n\nLæs guiden.'),
  'da/guide/import.md': page({ title: 'Importer filer', uid: 'help-da-importeren' }, '# Importer filer\n\nSøgeordet er cykelsmed og zebrafil.'),
  'en/gids/importeren.md': page({ title: 'Importing files' }, '# Importing files\n\nThe search word is bicycle and zebrafil.'),
  'nl/overzicht/index.yml': '### YamlMime:Landing\n\ntitle: Overzicht van de hulp\nsummary: Alle onderwerpen op een rij.\nmetadata:\n  description: Startpunt voor de proefhulp\nlandingContent:\n  - title: Importeren\n    linkLists:\n      - linkListType: how-to-guide\n        links:\n          - text: Bestanden importeren\n            url: ../gids/importeren.md\n          - text: Verdwenen pagina\n            url: ../gids/bestaat-niet.md\n',
  'de/index.md': page({ title: 'Willkommen' }, '# Willkommen\n\nStartseite der Probehilfe.'),
  'media/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>\n',
};
