/**
 * The allow-list of page HTML (spec §15, issue 17): what `rehypeDocfx` lets through
 * hast-util-sanitize. It starts from the library's GitHub-style default and adds what DocFX
 * content and the rendering contract need — tables with captions and column groups,
 * `details`/`summary`, figures, `see` (C# doc comments), the contract's `data-*` hooks and
 * classes, heading ids as written, and video iframes (https or a site path; only inside a
 * `data-video` element, which `rehypeDocfx` checks). Everything else goes: `script`, `style`, `base`,
 * `meta`, `link`, `form`, `object`, `embed`, `noscript`, `template`, `svg`, `math`, event
 * handlers, `style` attributes and every URL whose scheme is not listed.
 */
import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

/** Elements whose content goes with them: it is code, markup for another parser, or script. */
const DROPPED_WITH_CONTENT = [
  'script', 'style', 'noscript', 'template', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext',
  'iframe', 'object', 'embed', 'applet', 'svg', 'math', 'select', 'option', 'head', 'meta', 'base', 'link',
];

const EXTRA_ELEMENTS = [
  'abbr', 'article', 'aside', 'caption', 'center', 'cite', 'col', 'colgroup', 'dfn', 'figcaption', 'figure', 'footer',
  'header', 'iframe', 'video', 'audio', 'track', 'main', 'mark', 'nav', 'small', 'time', 'u', 'wbr', 'see', 'big', 'font', 'label', 'button',
];

/** Attributes any element may carry: the contract's hooks and presentation, never script. */
const ANY_ELEMENT = [
  ...(defaultSchema.attributes?.['*'] ?? []),
  'className', 'data*', 'role', 'hidden', 'ariaHidden', 'ariaLabel', 'ariaLabelledBy', 'ariaDescribedBy',
  'ariaControls', 'ariaSelected', 'ariaExpanded', 'ariaCurrent', 'translate', 'cref', 'langword',
];

/**
 * The schema for hast-util-sanitize.
 * @example sanitize(tree, SANITIZE_SCHEMA) // → the tree without `<script>`, `onclick`, `javascript:` …
 */
/** The default's per-element attributes without its class restrictions (any class may stay, see `ANY_ELEMENT`). */
const PER_ELEMENT = Object.fromEntries(
  Object.entries(defaultSchema.attributes ?? {}).map(([name, list]) => [name, list.filter((entry) => (typeof entry === 'string' ? entry : entry[0]) !== 'className')]),
);

export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), ...EXTRA_ELEMENTS],
  strip: DROPPED_WITH_CONTENT,
  // Heading ids and `#anchor` targets are written by the writers themselves: keep them as written.
  clobber: [],
  clobberPrefix: '',
  allowComments: false,
  attributes: {
    ...PER_ELEMENT,
    '*': ANY_ELEMENT,
    a: [...PER_ELEMENT.a, 'target', 'rel', 'download', 'hrefLang', 'type'],
    img: [...PER_ELEMENT.img, 'loading', 'decoding', 'srcSet', 'sizes'],
    video: ['src', 'poster', 'controls', 'muted', 'loop', 'preload', 'playsInline', 'width', 'height'],
    audio: ['src', 'controls', 'muted', 'loop', 'preload'],
    source: ['src', 'srcSet', 'type', 'media', 'sizes'],
    track: ['src', 'kind', 'srcLang', 'label', 'default'],
    iframe: ['src', 'allowFullScreen', 'loading', 'referrerPolicy', 'allow', 'frameBorder'],
    button: [['type', 'button']],
  },
  required: { ...defaultSchema.required, iframe: { sandbox: ['allow-scripts', 'allow-same-origin', 'allow-presentation', 'allow-popups'] } },
  protocols: {
    ...defaultSchema.protocols,
    href: [...(defaultSchema.protocols?.href ?? []), 'tel'],
    // Images as data: URLs are inert (no script runs in an <img>); frames only over https.
    src: ['http', 'https', 'data'],
    srcSet: ['http', 'https'],
    poster: ['http', 'https'],
  },
};

/**
 * Whether a video iframe `src` may load: https (the video block upgrades http) or a path on the
 * site (a video file of the content root); never another scheme.
 * @example isAllowedFrameSource('javascript:x') // → false
 */
export function isAllowedFrameSource(src: unknown): boolean {
  if (typeof src !== 'string') return false;
  const value = src.trim();
  return /^https:\/\//i.test(value) || (!/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.startsWith('//'));
}
