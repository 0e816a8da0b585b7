// How a compiled cohort encodes profiles: strings as small integers, tag lists as bit sets.

export class Interner {
  readonly ids = new Map<string, number>();
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(value, id);
    }
    return id;
  }
  get size(): number {
    return this.ids.size;
  }
}

/** Free text (city, region, employer) as compared: Unicode-normalised, lower case, single spaces. */
export function normaliseText(value: string | null): string | null {
  if (value === null) return null;
  const key = value.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
  return key === "" ? null : key;
}

/** The list without repeats, in its order. Profile lists are short, so a scan beats a Set. */
export function unique(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const value of values) if (!out.includes(value)) out.push(value);
  return out;
}

/** Words of 32 bits for a bit set over `size` ids (at least one). */
export function wordsFor(size: number): number {
  return Math.max(1, Math.ceil(size / 32));
}

export function setBit(bits: Uint32Array, offset: number, bit: number): void {
  const index = offset + (bit >>> 5);
  bits[index] = bits[index]! | (1 << (bit & 31));
}

/** One bit set of `words` words per person, over the interned ids in their list. */
export function bitSets(lists: readonly number[][], words: number): Uint32Array {
  const bits = new Uint32Array(lists.length * words);
  lists.forEach((list, person) => list.forEach((bit) => setBit(bits, person * words, bit)));
  return bits;
}

/** How many bits of the 32-bit word are set. */
export function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
