/**
 * One collection, `site`: every served route and every sidebar tree of the content root
 * (SIGNPOST_CONTENT, default `content/`), loaded by the DocFX loader in one scan.
 */
import { defineCollection } from 'astro:content';
import { docfxLoader } from './site/loader.ts';
import { readSettings } from './site/build-settings.ts';

const settings = readSettings(process.env, process.cwd());

export const collections = {
  site: defineCollection({ loader: docfxLoader({
    contentRoot: settings.contentRoot,
    strict: settings.strict,
    base: settings.base,
    docfx: process.env.SIGNPOST_DOCFX !== 'off',
    twins: settings.twins ? { origin: settings.origin, base: settings.base } : undefined,
    shard: settings.shard,
  }) }),
};
