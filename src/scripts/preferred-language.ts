/**
 * On the site root: go to the first language of `navigator.languages` the site has (exact tag,
 * then primary subtag: `nl-BE` → `nl`). Stays on the chooser when none matches.
 */
const list = document.querySelector<HTMLElement>('[data-sp-languages]');
const available: string[] = JSON.parse(list?.dataset.spLanguages ?? '[]');

/** The site language for the browser's preferences, or undefined. */
function pickLanguage(preferred: readonly string[], offered: string[]): string | undefined {
  for (const tag of preferred.map((p) => p.toLowerCase())) {
    const match = offered.find((lang) => lang === tag) ?? offered.find((lang) => lang === tag.split('-')[0]);
    if (match) return match;
  }
  return undefined;
}

const choice = pickLanguage(navigator.languages ?? [navigator.language], available);
const link = choice ? list?.querySelector<HTMLAnchorElement>(`a[hreflang="${choice}"]`) : null;
if (link) location.replace(link.href);
