import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachedByKeyFor, cachedFor } from './cached.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('a value reloaded at most once per period', () => {
  it('shares one load between callers within the period, then loads again', async () => {
    vi.useFakeTimers();
    let loads = 0;
    const value = cachedFor(60_000, async () => ++loads);
    expect(await Promise.all([value(), value()])).toEqual([1, 1]);
    vi.advanceTimersByTime(59_000);
    expect(await value()).toBe(1);
    vi.advanceTimersByTime(2_000);
    expect(await value()).toBe(2);
  });

  it('does not keep a failed load', async () => {
    let fail = true;
    const value = cachedFor(60_000, async () => {
      if (fail) throw new Error('database gone');
      return 'ok';
    });
    await expect(value()).rejects.toThrow('database gone');
    fail = false;
    expect(await value()).toBe('ok');
  });
});

describe('values by key, each reloaded at most once per period', () => {
  it('loads each key once within the period, keeps at most so many, the oldest going first', async () => {
    vi.useFakeTimers();
    const loads: string[] = [];
    const value = cachedByKeyFor(10_000, 2, async (key) => {
      loads.push(key);
      return key.toUpperCase();
    });
    expect(await Promise.all([value('a'), value('a'), value('b')])).toEqual(['A', 'A', 'B']);
    expect(loads).toEqual(['a', 'b']);
    await value('c'); // 'a' goes
    await value('b');
    await value('a');
    expect(loads).toEqual(['a', 'b', 'c', 'a']);
    vi.advanceTimersByTime(10_001);
    await value('a');
    expect(loads).toEqual(['a', 'b', 'c', 'a', 'a']);
  });
});
