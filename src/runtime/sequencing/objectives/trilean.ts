/**
 * The three-valued logic of sequencing and rollup rules (SN book 4th ed. UP.2.1 step 4 and
 * RB.1.4.1 step 4): a condition is True, False or Unknown, and combining a bag of them with
 * "all" (And) or "any" (Or) follows Kleene's logic, so an unknown value neither satisfies nor
 * refutes a rule by itself.
 */

/** true, false, or undefined for the book's "unknown". */
export type Trilean = boolean | undefined;

/**
 * The bag of condition values combined as the rule's condition combination says: `all` is
 * False as soon as one value is False, else Unknown when one is Unknown; `any` is True as soon
 * as one value is True, else Unknown when one is Unknown. An empty bag is Unknown (UP.2.1
 * step 3, RB.1.4.1 step 3).
 */
export function combineTrileans(values: readonly Trilean[], combination: 'all' | 'any'): Trilean {
  if (values.length === 0) return undefined;
  // The value that decides the combination alone: False for And, True for Or.
  const decisive = combination === 'any';
  let unknown = false;
  for (const value of values) {
    if (value === decisive) return decisive;
    if (value === undefined) unknown = true;
  }
  return unknown ? undefined : !decisive;
}

/** Not, with not(unknown) = unknown (SN UP.2.1 step 2.2, RB.1.4.1 step 2.2). */
export function negateTrilean(value: Trilean): Trilean {
  return value === undefined ? undefined : !value;
}
