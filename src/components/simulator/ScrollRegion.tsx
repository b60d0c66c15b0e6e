/**
 * A wide or long table's own scroll box: it scrolls inside itself (never over its neighbours,
 * never making the page scroll sideways) and can be scrolled by keyboard (focusable, named).
 */
import type { ComponentChildren } from 'preact';

/** Props: the region's accessible name, an optional extra class, and the table. */
export function ScrollRegion({ label, class: extra, children }: { label: string; class?: string; children: ComponentChildren }) {
  return (
    <div class={`signpost-sim__scroll${extra ? ` ${extra}` : ''}`} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
