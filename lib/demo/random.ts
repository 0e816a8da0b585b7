/**
 * A small seeded pseudo-random generator (mulberry32) for demo data that must come out the same
 * on every run. Not for anything secret.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = ReturnType<typeof createRandom>;

/** The value whose share of the total weight contains `u` (a number in [0, 1)). */
export function pickWeighted<T>(u: number, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let threshold = u * total;
  for (const [value, weight] of entries) {
    threshold -= weight;
    if (threshold < 0) return value;
  }
  const last = entries[entries.length - 1];
  if (!last) throw new Error("weighted pick from an empty list");
  return last[0];
}

/**
 * Uniform numbers in [0, 1) drawn in blocks of `blockSize` that hit every 1/blockSize slice of the
 * interval once, in random order. Shares over a few dozen draws then come out close to their
 * probabilities, which small demo samples need to look like the figures they imitate.
 */
export function stratified(random: Random, blockSize: number): () => number {
  let block: number[] = [];
  return () => {
    if (block.length === 0) {
      block = random.shuffle(Array.from({ length: blockSize }, (_, slice) => (slice + random.next()) / blockSize));
    }
    return block.pop() as number;
  };
}

export function createRandom(seed: number) {
  const next = mulberry32(seed);

  function int(min: number, max: number): number {
    return min + Math.floor(next() * (max - min + 1));
  }

  function pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(next() * items.length)] as T;
  }

  function chance(probability: number): boolean {
    return next() < probability;
  }

  /** Picks a value with probability proportional to its weight. */
  function weighted<T>(entries: readonly (readonly [T, number])[]): T {
    return pickWeighted(next(), entries);
  }

  function shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }

  /** `count` distinct items in random order. */
  function sample<T>(items: readonly T[], count: number): T[] {
    return shuffle(items).slice(0, Math.min(count, items.length));
  }

  /** A lower-case base-36 string of the given length. */
  function token(length: number): string {
    let out = "";
    while (out.length < length) out += Math.floor(next() * 36).toString(36);
    return out;
  }

  return { next, int, pick, chance, weighted, shuffle, sample, token };
}
