/**
 * remark-docfx: the DocFX help-page dialect as one remark plugin. See README.md.
 */
export { default } from './lib/index.ts';
export type { Options } from './lib/index.ts';
