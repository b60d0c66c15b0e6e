/**
 * A content tree as an attacker (or a careless monorepo) would write it (issue 17), in a temp
 * folder, with a secret planted outside the root: every vector of the audit in one tree, so the
 * hostile suite builds it once. `EXPECTED` lists the ruleId each vector must raise, and where.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A string that must never appear in any output: it lives only outside the content root. */
export const SECRET = 'HOSTILE-SECRET-7f3a91c2';

/** Raw HTML payloads; each sets `window.__pwned` (or calls alert) should it ever run. */
const SCRIPT_PAGE = [
  '# Vectors', // 1
  '', // 2
  '<div><noscript><p title="</noscript><img src=x onerror=window.__pwned=1>"></p></noscript></div>', // 3
  '', // 4
  '<svg><a><animate attributeName="href" values="javascript:window.__pwned=2"/><text x="20" y="20">svg-click</text></a></svg>', // 5
  '', // 6
  '<base href="https://evil.example/">', // 7
  '', // 8
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">', // 9
  '', // 10
  '<a id="js-link" href="JaVaScRiPt:window.__pwned=3">js-link</a> <a href="java&#x09;script:alert(4)">tab-link</a>', // 11
  '', // 12
  '<form action="https://evil.example/"><button id="form-button" formaction="https://evil.example/">go</button></form>', // 13
  '', // 14
  '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">', // 15
  '', // 16
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=5></style></mglyph></table></mtext></math>', // 17
  '', // 18
  '<iframe src="https://evil.example/" srcdoc="<script>parent.__pwned=6</script>"></iframe>', // 19
  '', // 20
  '<details id="toggle" ontoggle="window.__pwned=7"><summary>open me</summary>inside</details>', // 21
  '', // 22
  '<img src="x.png" onerror="window.__pwned=8"> <a id="styled" href="#" style="position:fixed;inset:0">cover</a>', // 23
  '', // 24
  '<script>window.__pwned=9</script><link rel="stylesheet" href="https://evil.example/x.css">', // 25
  '', // 26
  '<template><img src=x onerror=window.__pwned=10></template><textarea></textarea><img src=x onerror=window.__pwned=11>', // 27
  '', // 28
  'See [the included file](linked/secret.md) and ![secret](linked/secret.png).', // 29
  '',
].join('\n');

/** Expected findings: ruleId, file, line. */
export const EXPECTED: { ruleId: string; file: string; line: number }[] = [
  ...[3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27].map((line) => ({ ruleId: 'html-removed', file: 'en/vectors.md', line })),
  { ruleId: 'html-removed', file: 'en/includes/raw.md', line: 3 },
  { ruleId: 'include-outside-root', file: 'en/leak.md', line: 3 },
  { ruleId: 'snippet-missing', file: 'en/leak.md', line: 5 },
  { ruleId: 'snippet-missing', file: 'en/leak.md', line: 7 },
  { ruleId: 'path-refused', file: 'en/linked', line: 1 },
  { ruleId: 'path-refused', file: 'en/zero.cs', line: 1 },
  { ruleId: 'path-refused', file: 'en/fifo.cs', line: 1 },
  { ruleId: 'path-refused', file: 'en/root', line: 1 },
  { ruleId: 'path-refused', file: 'en/secret-link.png', line: 1 },
  { ruleId: 'path-refused', file: 'en/loop1', line: 1 },
  { ruleId: 'render-limit', file: 'en/deep-list.md', line: 54 },
  { ruleId: 'render-limit', file: 'en/quotes.md', line: 3 },
  { ruleId: 'render-limit', file: 'en/includes/f13.md', line: 3 },
  { ruleId: 'frontmatter-invalid', file: 'en/dup.md', line: 3 },
  { ruleId: 'frontmatter-invalid', file: 'en/dup.md', line: 4 },
  { ruleId: 'frontmatter-invalid', file: 'en/toc.yml', line: 3 },
  { ruleId: 'signpost-redirect-loop', file: 'en/r1.md', line: 2 },
  { ruleId: 'signpost-redirect-loop', file: 'en/r2.md', line: 2 },
];

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/**
 * Writes the hostile tree; returns its root and the folder outside it holding the secret.
 * `da/` is a top-level link to a folder elsewhere (the monorepo layout: must build).
 * @example const { root } = writeHostileTree(); // build, render, check `root`
 */
export function writeHostileTree(): { root: string; outside: string; base: string } {
  const base = mkdtempSync(join(tmpdir(), 'signpost-hostile-'));
  const outside = join(base, 'outside');
  const root = join(base, 'content');
  write(outside, 'secret.md', `# ${SECRET}\n\n${SECRET}\n`);
  write(outside, 'secret.png', SECRET);
  write(outside, 'toc.yml', `- name: ${SECRET}\n  href: secret.md\n`);
  // A locale folder that lives elsewhere (allowed root).
  write(base, 'shared-da/index.md', '# Velkommen\n\nDansk side.\n');
  write(root, 'en/index.md', '# Home\n\n[Vectors](vectors.md)\n');
  write(root, 'en/vectors.md', SCRIPT_PAGE);
  write(root, 'en/includes/raw.md', '# Raw\n\n<img src=x onerror=window.__pwned=12>\n');
  write(root, 'en/uses-raw.md', '# Uses raw\n\n[!include[raw](includes/raw.md)]\n');
  write(root, 'en/leak.md', ['# Leak', '', '[!include[secret](linked/secret.md)]', '', '[!code-csharp[zero](zero.cs)]', '', '[!code-csharp[fifo](fifo.cs)]', ''].join('\n'));
  // Rendering limits: a list 1,000 deep, 2,000 blockquotes, an include fanned out 2^16 times.
  write(root, 'en/deep-list.md', `# Deep list\n\n${Array.from({ length: 1000 }, (_, depth) => `${'  '.repeat(depth)}- item\n`).join('')}`);
  write(root, 'en/quotes.md', `# Quotes\n\n${'>'.repeat(2000)} deep\n`);
  write(root, 'en/fanout.md', '# Fan-out\n\n[!include[f](includes/f0.md)]\n');
  for (let level = 0; level < 16; level++) write(root, `en/includes/f${level}.md`, `[!include[a](f${level + 1}.md)]\n\n[!include[b](f${level + 1}.md)]\n`);
  write(root, 'en/includes/f16.md', 'leaf\n');
  // Silent YAML: a duplicate key, an alias without anchor; a redirect loop.
  write(root, 'en/dup.md', '---\ntitle: First\ntitle: Second\ndescription: *nowhere\n---\n# Dup\n');
  write(root, 'en/toc.yml', '- name: Home\n  href: index.md\n- name: *missing\n  href: vectors.md\n');
  write(root, 'en/r1.md', '---\nredirect_url: /en/r2/\n---\n');
  write(root, 'en/r2.md', '---\nredirect_url: /en/r1/\n---\n');
  symlinkSync(join(base, 'shared-da'), join(root, 'da'));
  symlinkSync(outside, join(root, 'en/linked'));
  symlinkSync(join(outside, 'secret.png'), join(root, 'en/secret-link.png'));
  symlinkSync('/dev/zero', join(root, 'en/zero.cs'));
  symlinkSync('/', join(root, 'en/root'));
  symlinkSync('..', join(root, 'en/loop1'));
  symlinkSync('..', join(root, 'en/loop2'));
  execFileSync('mkfifo', [join(root, 'en/fifo.cs')]);
  return { root, outside, base };
}
