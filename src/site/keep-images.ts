/**
 * Keeps Markdown images as the DocFX plugin rendered them. @astrojs/markdown-remark collects
 * every relative image URL left in the tree (remark-collect-images) and then replaces those
 * `img` elements with an `__ASTRO_IMAGE_` placeholder for Astro's image pipeline (rehype-images),
 * which the content loader never resolves: the page got `<img __ASTRO_IMAGE_="{…}">` with no
 * `src` or `alt`. The DocFX plugin has already turned every image inside the content root into
 * a site URL; the relative ones left are images it could not find (`data-image-missing`, e.g.
 * outside the root), and they must stay exactly as `signpost render` gives them.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';

/**
 * A rehype plugin (runs after the collection step, before Astro's image step) that empties the
 * collected image lists, so Astro's image step leaves every `img` alone.
 * Example: `rehypePlugins: [rehypeKeepImages]` → `<img src="../../common/x.png" alt="x" data-image-missing="">` stays as is.
 */
export function rehypeKeepImages() {
  return (_tree: Root, file: VFile) => {
    const astro = file.data.astro as { localImagePaths?: string[]; remoteImagePaths?: string[] } | undefined;
    if (!astro) return;
    astro.localImagePaths = [];
    astro.remoteImagePaths = [];
  };
}
