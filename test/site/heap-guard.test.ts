import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { heapGuard } from '../../src/site/heap-guard.ts';

describe('heap guard', () => {
  it('collects once the heap passes its limit, and not before', () => {
    const used = () => getHeapStatistics().used_heap_size;
    const guard = heapGuard({ floorMb: 1, factor: 1.2 });
    guard.collect();
    const settled = used();
    let garbage: string[] | undefined = Array.from({ length: 200_000 }, (_, i) => `garbage ${i} ${'x'.repeat(40)}`);
    expect(garbage.length).toBe(200_000);
    garbage = undefined;
    const grown = used();
    expect(grown).toBeGreaterThan(settled * 1.2); // the garbage is still on the heap
    guard.check();
    expect(used()).toBeLessThan(grown - 8 * 1024 * 1024); // collected: the 200,000 strings are gone
  });
});
