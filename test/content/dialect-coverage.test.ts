/**
 * The bundled help demonstrates the whole dialect: every MUST construct of
 * ../shared/spec/docfx-dialect.md (§20) and the portal directives occur at least once in
 * content/. One named check per construct, each asserting at least one match, so a page
 * rewrite that drops a construct fails here by name.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_ROOT, isIncludePath, listFiles, readContent } from './content-tree.ts';

const files = listFiles(CONTENT_ROOT)
  .filter((path) => /\.(md|yml)$/.test(path))
  .map((path) => ({ path, text: readContent(path) }));
const markdown = files.filter((file) => file.path.endsWith('.md'));
const includeFiles = markdown.filter((file) => isIncludePath(file.path));

const ALERT = (type: string): RegExp => new RegExp(`^\\s*> \\[!${type}\\]\\s*$`, 'm');

/** Construct name → pattern that must match somewhere in a Markdown file of content/. */
const CONSTRUCTS: Record<string, RegExp> = {
  'front matter with uid, title, description, keywords, language': /^---\n(?=[\s\S]*^uid: help-)(?=[\s\S]*^title: )(?=[\s\S]*^description: )(?=[\s\S]*^keywords: )(?=[\s\S]*^language: )[\s\S]*?^---$/m,
  'date in MM.DD.YYYY': /^date: \d{2}\.\d{2}\.\d{4}$/m,
  'so.date in MM.DD.YYYY': /^so\.date: \d{2}\.\d{2}\.\d{4}$/m,
  'redirect stub (redirect_url to an absolute https URL)': /^redirect_url: https:\/\/\S+$/m,
  'redirect_from (string)': /^redirect_from: \/\S+$/m,
  'redirect_from (list)': /^redirect_from:\n {2}- \/\S+$/m,
  'YAML comment in front matter': /^---\n# [^\n]+\n/,
  'block include at the left margin': /^\[!include\[[^\]]*\]\([^)\s]+\.md\)\]$/m,
  'inline include (text around it)': /^[^\n[]*\p{L}[^\n[]*\[!include\[[^\]]*\]\([^)\s]+\.md\)\]/mu,
  'include as a list item (`1. [!include…]`)': /^\d+\. \[!include\[[^\]]*\]\([^)\s]+\.md\)\]$/m,
  'include indented inside a list item': /^ {4}\[!include\[[^\]]*\]\([^)\s]+\.md\)\]$/m,
  'include inside an alert': /^> \[!(?:NOTE|TIP|IMPORTANT|CAUTION|WARNING)\]\n> \[!include\[[^\]]*\]\([^)\s]+\.md\)\]$/m,
  'list numbering across an include (§5.6: 1., left-margin include, comment, 4.)': /^1\. \[!include\[[^\]]*\]\([^)]+\)\]\n\n\[!include\[[^\]]*\]\([^)]+\)\]\n<!--[^\n]*-->\n\n4\. /m,
  'alert NOTE': ALERT('NOTE'),
  'alert TIP': ALERT('TIP'),
  'alert IMPORTANT': ALERT('IMPORTANT'),
  'alert CAUTION': ALERT('CAUTION'),
  'alert WARNING': ALERT('WARNING'),
  'alert indented inside a list item': /^ {4}> \[!(?:NOTE|TIP|IMPORTANT|CAUTION|WARNING)\]$/m,
  'reference-style link': /(?<!!)\[[^\]\n]+\]\[[^\]\n]+\]/,
  'reference definition to a .md page': /^\[[^\]]+\]: [^\s]+\.md$/m,
  'reference-style image': /!\[[^\]\n]*\]\[[^\]\n]+\]/,
  'relative .md link with #anchor (inline)': /\]\((?![a-z]+:)[^)\s]+\.md#[^)\s]+\)/,
  'relative .md link with #anchor (reference definition)': /^\[[^\]]+\]: (?![a-z]+:)\S+\.md#\S+$/m,
  'xref autolink <xref:uid>': /<xref:help-[a-z0-9-]+>/,
  'xref link [text](xref:uid)': /\]\(xref:help-[a-z0-9-]+\)/,
  'xref shorthand @uid': /(?:^|\s)@help-[a-z0-9-]+/m,
  'tab heading': /^#{1,6} \[[^\]]+\]\(#tab\/[A-Za-z0-9-]+\)$/m,
  'tab group closed by ***': /^#{1,6} \[[^\]]+\]\(#tab\/[A-Za-z0-9-]+\)$[\s\S]*?^\*\*\*$/m,
  'code snippet with a line range': /^\[!code-[A-Za-z0-9+#_-]+\[[^\]]*\]\([^)\s]+(?:\?range=\d+-\d+|#L\d+-L\d+)\)\]$/m,
  'video (youtube embed)': /^> \[!VIDEO https:\/\/www\.youtube\.com\/embed\/[\w-]+\]$/m,
  '<details> with <summary>': /^<details>\n<summary>[^<]+<\/summary>\n\n[\s\S]+?\n\n<\/details>$/m,
  'markdownlint-disable-file comment': /<!-- markdownlint-disable-file [A-Z0-9 ]+ -->/,
  'markdownlint-disable-next-line comment': /<!-- markdownlint-disable-next-line [A-Z0-9 ]+ -->/,
  'phosphor icon': /<i class="ph ph-[a-z-]+" aria-hidden="true"><\/i>/,
  '<a id> heading anchor': /^#{2,6} <a id="[^"]+"><\/a>\S/m,
  'pipe table': /^\|[^\n]*\|\n\|[ :|-]+\|$/m,
  'GitBook stepper with steps': /^\{% stepper %\}\n\{% step %\}[\s\S]*?\{% endstep %\}\n\{% endstepper %\}$/m,
  'GitBook hint': /^\{% hint style="(?:info|success|warning|danger)" %\}[\s\S]*?\{% endhint %\}$/m,
  'GitBook tabs': /^\{% tabs %\}\n\{% tab title="[^"]+" %\}[\s\S]*?\{% endtab %\}\n\{% endtabs %\}$/m,
  '::simulator directive': /^\s*::simulator\{name="[a-z0-9-]+"[^}\n]*\}$/m,
  ':::merge-example with two tables': /^:::merge-example\{[^}\n]*\}\n(?:\|[^\n]*\|\n)+\n(?:\|[^\n]*\|\n)+:::$/m,
  'image from content/media': /^\[[^\]]+\]: (?:\.\.\/)+media\/[\w-]+\.(?:svg|png)$/m,
};

describe('every MUST construct of the dialect appears in content/', () => {
  it('reads the content tree', () => {
    expect(markdown.length).toBeGreaterThan(40);
  });

  it.each(Object.entries(CONSTRUCTS))('%s', (_name, pattern) => {
    expect(markdown.filter((file) => pattern.test(file.text)).map((file) => file.path)).not.toEqual([]);
  });

  it('nested include (an include file that includes another)', () => {
    expect(includeFiles.filter((file) => /\[!include\[/.test(file.text)).map((file) => file.path)).not.toEqual([]);
  });

  it('§5.6 pattern: the left-margin include holds items 2. and 3.', () => {
    const withSteps = includeFiles.filter((file) => /^2\. [\s\S]*^3\. /m.test(file.text));
    expect(withSteps.map((file) => file.path)).not.toEqual([]);
  });

  it('toc.yml with nested toc, topicHref and expanded', () => {
    const tocs = files.filter((file) => file.path.endsWith('toc.yml')).map((file) => file.text);
    expect(tocs.some((text) => /href: [\w/-]+\/toc\.yml\n\s+topicHref: \S+\.md/.test(text))).toBe(true);
    expect(tocs.some((text) => /expanded: true/.test(text))).toBe(true);
  });

  it('no mojibake in the content itself (it is demonstrated by tests only)', () => {
    const broken = /Ã[\u0080-\u00BF]|â€|Â[\u00A0-\u00BF]/;
    expect(files.filter((file) => broken.test(file.text)).map((file) => file.path)).toEqual([]);
  });
});
