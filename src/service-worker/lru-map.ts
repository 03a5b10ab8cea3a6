/**
 * A map that forgets its least recently used values once their weights add up to more than
 * `maxWeight`. A value heavier than `maxWeight` alone is not kept at all.
 */
export class LruMap<K, V> {
  // A Map iterates in insertion order: re-inserting on use keeps the least recent first.
  readonly #values = new Map<K, V>();
  readonly #maxWeight: number;
  readonly #weigh: (value: V) => number;
  #weight = 0;

  constructor(maxWeight: number, weigh: (value: V) => number) {
    this.#maxWeight = maxWeight;
    this.#weigh = weigh;
  }

  get(key: K): V | undefined {
    const value = this.#values.get(key);
    if (value !== undefined) {
      this.#values.delete(key);
      this.#values.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.delete(key);
    const weight = this.#weigh(value);
    if (weight > this.#maxWeight) return;
    this.#values.set(key, value);
    this.#weight += weight;
    for (const [oldKey, oldValue] of this.#values) {
      if (this.#weight <= this.#maxWeight) break;
      this.#values.delete(oldKey);
      this.#weight -= this.#weigh(oldValue);
    }
  }

  delete(key: K): void {
    const value = this.#values.get(key);
    if (value === undefined) return;
    this.#values.delete(key);
    this.#weight -= this.#weigh(value);
  }

  /** Forgets every value whose key `matches`. */
  deleteWhere(matches: (key: K) => boolean): void {
    for (const key of [...this.#values.keys()]) if (matches(key)) this.delete(key);
  }
}
