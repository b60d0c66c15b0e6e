/**
 * The one list of HTML attributes whose value is a URL, with what each is used for. The
 * sanitiser (rehype-docfx.ts), the site (base path, the live preview's link graph) and
 * `signpost check` (which files a page refers to) all derive their lists from it.
 */

/** One URL attribute of rendered HTML. */
export interface UrlAttribute {
  /** Attribute name as written in HTML (`data-lightbox`). */
  attribute: string;
  /** Property name in a hast element (`dataLightbox`). */
  property: string;
  /** A browser follows it to another file or route of the site (base path, link graph). */
  link?: true;
  /** Names a file a page refers to (`signpost-asset-unused`); `srcset` holds a list. */
  reference?: true;
  /** A `javascript:` URL here runs script, so the sanitiser removes it. */
  scriptable?: true;
}

/** Every URL attribute, in the order their names are matched. */
export const URL_ATTRIBUTES: readonly UrlAttribute[] = Object.freeze([
  { attribute: 'src', property: 'src', link: true, reference: true, scriptable: true },
  { attribute: 'href', property: 'href', link: true, reference: true, scriptable: true },
  { attribute: 'poster', property: 'poster', link: true, reference: true },
  { attribute: 'data', property: 'data', reference: true },
  { attribute: 'srcset', property: 'srcSet', reference: true },
  { attribute: 'data-lightbox', property: 'dataLightbox', reference: true },
  { attribute: 'action', property: 'action', scriptable: true },
  { attribute: 'formaction', property: 'formAction', scriptable: true },
  { attribute: 'xlink:href', property: 'xLinkHref', scriptable: true },
] as const);

/** hast properties a browser follows to another file or route: `['src', 'href', 'poster']`. */
export const LINK_URL_PROPERTIES: readonly string[] = URL_ATTRIBUTES.filter((entry) => entry.link).map((entry) => entry.property);

/** HTML attribute names that name a file a page refers to: `['src', 'href', 'poster', 'data', 'srcset', 'data-lightbox']`. */
export const REFERENCE_URL_ATTRIBUTES: readonly string[] = URL_ATTRIBUTES.filter((entry) => entry.reference).map((entry) => entry.attribute);

/** hast properties where a `javascript:` URL runs script. */
export const SCRIPTABLE_URL_PROPERTIES: readonly string[] = URL_ATTRIBUTES.filter((entry) => entry.scriptable).map((entry) => entry.property);
