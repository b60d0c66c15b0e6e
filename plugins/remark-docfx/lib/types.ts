/**
 * Node data the DocFX plugin set attaches to mdast/unist nodes. Declared once here by
 * augmenting `unist`'s `Data`, so every module (and the other engineers' transforms) sees the
 * same fields.
 */
import type { Root } from 'mdast';

declare module 'unist' {
  interface Data {
    /** Content-root path of the file whose text holds this node (set on included content). */
    docfxSource?: string;
  }
}

declare module 'mdast' {
  interface RootData {
    /** Set by the wrapped parser: the tree was parsed from the prepared text (no re-parse needed). */
    docfxPrepared?: PreparedSource;
  }
}

/** A file's text as the pipeline parsed it, plus what preparing it found. */
export interface PreparedSource {
  /** Content-root path of the file. */
  path: string;
  /**
   * Normalised text with the front matter blanked to spaces and mojibake repaired; node
   * positions (lines, columns, offsets) index into it, and lines are the file's lines.
   */
  text: string;
  /** Lines that needed mojibake repair. */
  mojibakeLines: number[];
  /** First body line (1 without front matter). */
  bodyLine: number;
}

/** The tree type every transform of this plugin receives. */
export type DocfxRoot = Root;

declare module 'mdast' {
  interface LinkData {
    /** The link is the `[title](path)` part of an include directive (spec §5.1). */
    docfxInclude?: 'block' | 'inline';
  }
}
