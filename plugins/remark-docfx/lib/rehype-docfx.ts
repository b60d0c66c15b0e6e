/**
 * HTML sanitising (spec §15, issue 17) as a rehype plugin that runs after rehype-raw, so the
 * tree that is checked is the tree the browser gets: rehype-sanitize (hast-util-sanitize) with
 * the allow-list of `sanitize-schema.ts`, plus one rule the schema cannot say — an `iframe`
 * stays only inside a `data-video` element and only over https. Every element or attribute
 * taken out of the page is reported once as an `html-removed` warning at the line of the raw
 * HTML that held it, in the file that holds it (the include file for included HTML); HTML
 * comments go silently (never visible output, spec §15).
 */
import type { Element, Root, RootContent } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import type { VFile } from 'vfile';
import { htmlSourceOf } from './html-sources.ts';
import { isAllowedFrameSource, SANITIZE_SCHEMA } from './sanitize-schema.ts';

const ALLOWED = new Set(SANITIZE_SCHEMA.tagNames);
const DROPPED_WITH_CONTENT = new Set(SANITIZE_SCHEMA.strip);
const ANCESTORS = SANITIZE_SCHEMA.ancestors ?? {};
/** The same schema without context rules, to see which attributes of one element survive. */
const sanitizeAlone = rehypeSanitize({ ...SANITIZE_SCHEMA, ancestors: {}, required: {}, tagNames: null }) as unknown as (tree: Root) => Root;
const sanitizeTree = rehypeSanitize(SANITIZE_SCHEMA) as unknown as (tree: Root) => Root;

/** The attribute a hast property is written as: `onClick` → `onclick`, `dataFoo` → `data-foo`. */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^(data|aria)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return property.toLowerCase();
}

/** Attributes of `element` the schema drops (a class token or a URL dropped counts). */
function droppedAttributes(element: Element): string[] {
  const alone = sanitizeAlone({ type: 'root', children: [{ ...element, children: [] }] });
  const kept = (alone.children[0] as Element | undefined)?.properties ?? {};
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(element.properties)) {
    if (value === undefined || value === null || value === false || (Array.isArray(value) && value.length === 0)) continue;
    const survived = kept[key];
    if (survived === undefined || (Array.isArray(value) && Array.isArray(survived) && survived.length < value.length)) dropped.push(attributeName(key));
  }
  return dropped;
}

interface Walk {
  file: VFile;
  stack: string[];
  insideVideo: boolean;
  line: number;
}

function report(walk: Walk, element: Element, what: string): void {
  const line = element.position?.start?.line ?? walk.line;
  const source = htmlSourceOf(walk.file, element.position?.start);
  const message = walk.file.message(`Unexpected ${what}: removed from the page (HTML allowed in pages: spec §15); use Markdown or an allowed element instead`, {
    place: { line, column: element.position?.start?.column ?? 1 },
    ruleId: 'html-removed',
    source: 'docfx',
  });
  message.file = source;
  message.fatal = false;
}

/** Whether the sanitiser keeps `element` itself in this place (its content may still stay). */
function elementAllowed(element: Element, walk: Walk): boolean {
  const name = element.tagName;
  if (!ALLOWED.has(name)) return false;
  if (name === 'iframe') return walk.insideVideo && isAllowedFrameSource(element.properties.src);
  const ancestors = ANCESTORS[name];
  return !ancestors || ancestors.some((ancestor) => walk.stack.includes(ancestor));
}

const URL_PROPERTIES = ['href', 'src', 'cite', 'longDesc'];

/** `Http://…` → `http://…`: browsers read schemes case-insensitively, the sanitiser's protocol list does not. */
function lowerCaseSchemes(element: Element): void {
  for (const key of URL_PROPERTIES) {
    const value = element.properties[key];
    if (typeof value === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(value)) element.properties[key] = value.replace(/^[^:]+/, (scheme) => scheme.toLowerCase());
  }
}

/** Report what goes from `children` and take out the frames the schema cannot judge. */
function inspect(children: RootContent[], walk: Walk): RootContent[] {
  const kept: RootContent[] = [];
  for (const child of children) {
    if (child.type !== 'element') {
      kept.push(child);
      continue;
    }
    lowerCaseSchemes(child);
    if (!elementAllowed(child, walk)) {
      const withContent = DROPPED_WITH_CONTENT.has(child.tagName) || child.tagName === 'iframe';
      report(walk, child, `\`<${child.tagName}>\`${withContent ? ' with its content' : ' (its content is kept)'}`);
      if (withContent) continue;
    } else {
      const dropped = droppedAttributes(child);
      if (dropped.length > 0) report(walk, child, `attribute${dropped.length > 1 ? 's' : ''} ${dropped.map((name) => `\`${name}\``).join(', ')} on \`<${child.tagName}>\``);
    }
    const inner: Walk = {
      ...walk,
      stack: [...walk.stack, child.tagName],
      insideVideo: walk.insideVideo || child.properties.dataVideo !== undefined,
      line: child.position?.start?.line ?? walk.line,
    };
    child.children = inspect(child.children as RootContent[], inner) as Element['children'];
    kept.push(child);
  }
  return kept;
}

/**
 * Rehype plugin: sanitise the page HTML tree by allow-list and report each removal.
 * @example unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeDocfx)
 */
export function rehypeDocfx() {
  return (tree: Root, file: VFile): void => {
    tree.children = inspect(tree.children, { file, stack: [], insideVideo: false, line: 1 });
    tree.children = sanitizeTree(tree).children;
  };
}
