import { isCMIDecimalInRange } from '../types/cmi-decimal.js';
import { element, group, type GroupNode } from './element.js';
import type { Scorm12Score, Scorm12State } from './state.js';

/**
 * SCORM 1.2 RTE §3.4.4 cmi.core.score and cmi.objectives.n.score: raw, min and max, each a
 * CMIDecimal or CMIBlank. The book normalises raw to 0–100; ADL's 1.2 validator
 * (checkScoreDecimal, used by its CMIScore class for core and objective scores alike) holds all
 * three to [0, 100], and so do we: 150 or -1 is "405 Incorrect data type" (1.2 has no 407).
 */
export function isScoreValue(value: string): boolean {
  return value === '' || isCMIDecimalInRange(value, 0, 100);
}

/**
 * The score group at `name`. `scoreToRead` finds an existing score, `scoreToWrite` creates the
 * entry holding it when it is the next one.
 */
export function scoreGroup(
  name: string,
  scoreToRead: (state: Scorm12State, n: number) => Scorm12Score | undefined,
  scoreToWrite: (state: Scorm12State, n: number) => Scorm12Score,
): GroupNode {
  const part = (key: keyof Scorm12Score) =>
    element({
      name: `${name}.${key}`,
      access: 'read-write',
      accepts: isScoreValue,
      read: (state, n) => scoreToRead(state, n)?.[key] ?? '',
      write: (state, n, _m, value) => {
        scoreToWrite(state, n)[key] = value;
      },
    });
  return group(name, { raw: part('raw'), min: part('min'), max: part('max') }, { listsChildren: true });
}
