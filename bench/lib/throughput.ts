/**
 * Operations per second of a function on one core, in this process: `inputs` cases run in turn, after a
 * warm-up, until `minMs` have passed. The result of each call is summed into a sink so the work cannot be
 * optimised away.
 */
export function opsPerSecond(run: (i: number) => number, inputs: number, minMs: number): number {
  let sink = 0;
  for (let i = 0; i < 50_000; i++) sink += run(i % inputs);
  let ops = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < inputs; i++) sink += run(i);
    ops += inputs;
    elapsed = performance.now() - start;
  }
  if (Number.isNaN(sink)) throw new Error('sink went NaN');
  return (ops / elapsed) * 1000;
}

/** Deterministic pseudo-random numbers in [0, 1) (xorshift32), so every run measures the same inputs. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
}
