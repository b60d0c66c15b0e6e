/**
 * Shareable links: the island state, JSON → deflate-raw (CompressionStream, built into the
 * browser) → base64url, in the page's hash as `sim<n>=…` (n = the simulator's position on the
 * page). Decoding validates the shape, so a damaged link falls back to the page's defaults.
 */
import type { SimulatorState } from './state.ts';

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** Encodes `state` for the hash. Example: `await encodeState(s)` → `'q1ZKzs8tyM9LzSsB…'`. */
export async function encodeState(state: SimulatorState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(state));
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

function isState(value: unknown): value is SimulatorState {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  const isTable = (t: unknown) => !!t && typeof t === 'object' && Array.isArray((t as Record<string, unknown>).columns) && Array.isArray((t as Record<string, unknown>).rows);
  return typeof v.preset === 'object' && isTable(v.existing) && isTable(v.imported) && Array.isArray(v.unchecked);
}

/** Decodes a hash value; `null` when it is damaged or not a simulator state. */
export async function decodeState(encoded: string): Promise<SimulatorState | null> {
  try {
    const json = new TextDecoder().decode(await pipe(fromBase64Url(encoded), new DecompressionStream('deflate-raw')));
    const value: unknown = JSON.parse(json);
    return isState(value) ? value : null;
  } catch {
    return null;
  }
}

/** The hash parameter name of the simulator at `position` on the page. */
export const hashKey = (position: number) => `sim${position}`;

/** Reads this simulator's encoded state from a `location.hash`. */
export function readHashParam(hash: string, position: number): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get(hashKey(position));
}

/** `hash` with this simulator's parameter set to `encoded` (others kept). */
export function writeHashParam(hash: string, position: number, encoded: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  params.set(hashKey(position), encoded);
  return `#${params.toString()}`;
}
