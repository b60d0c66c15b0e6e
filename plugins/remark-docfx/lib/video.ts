/**
 * `> [!VIDEO <url>]` (spec §13) and the shared video element: a `div data-video` holding an
 * `iframe` whose `src` is upgraded to https and, for YouTube, moved to youtube-nocookie.
 */
import type { Position } from 'unist';
import { createBlock, type DocfxBlock } from './block-types.ts';

const VIDEO_LINE = /^\[!video[ \t]+(\S+)\]$/i;

/**
 * The URL of a video marker line, or undefined when the line is not exactly `[!VIDEO url]`.
 * @example parseVideoLine('[!Video https://youtu.be/x]') // → 'https://youtu.be/x'
 */
export function parseVideoLine(line: string): string | undefined {
  return VIDEO_LINE.exec(line.trim())?.[1];
}

/**
 * Rewrite a video URL per spec §13: `http:` → `https:`, `youtube.com`/`www.youtube.com` →
 * `www.youtube-nocookie.com` (path and query kept); anything else unchanged.
 * @example rewriteVideoUrl('http://youtube.com/embed/a?t=1') // → 'https://www.youtube-nocookie.com/embed/a?t=1'
 */
export function rewriteVideoUrl(url: string): string {
  const secure = url.replace(/^http:/i, 'https:');
  return secure.replace(/^(https:\/\/)(?:www\.)?youtube\.com(?=[/?#:]|$)/i, '$1www.youtube-nocookie.com');
}

/**
 * The rendered video: `<div data-video class="video"><iframe src=… allowfullscreen></iframe></div>`.
 * @example createVideo('https://youtube.com/embed/a') // → docfxBlock div with an iframe child
 */
export function createVideo(url: string, title?: string, position?: Position): DocfxBlock {
  const block = createBlock('div', { dataVideo: '', className: ['video'] }, [], position);
  block.data.hChildren = [
    {
      type: 'element',
      tagName: 'iframe',
      properties: {
        src: rewriteVideoUrl(url),
        allowFullScreen: true,
        loading: 'lazy',
        title: title ?? 'Video',
        referrerPolicy: 'strict-origin-when-cross-origin',
        allow: 'encrypted-media; picture-in-picture; fullscreen',
      },
      children: [],
    },
  ];
  return block;
}
