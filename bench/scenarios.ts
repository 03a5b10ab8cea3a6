/**
 * The benchmark scenarios, written once against the SCORM 2004 API surface that both run-times
 * expose. Each call of a scenario is one measured round; it returns the operations it made.
 */

/** The API surface the scenarios use: what content calls on `API_1484_11`. */
export interface Api2004 {
  Initialize(parameter: string): string;
  Terminate(parameter: string): string;
  SetValue(element: string, value: string): string;
  GetValue(element: string): string;
  Commit(parameter: string): string;
}

/** How a contender makes a launched, not yet initialized API object for a fresh attempt. */
export type Launch = () => Promise<Api2004> | Api2004;

export interface Scenario {
  title: string;
  unit: string;
  warmUpRounds: number;
  rounds: number;
  /** Builds the round function for one contender (state such as an initialized API lives in it). */
  prepare(launch: Launch, relaunch: Launch): Promise<() => Promise<number> | number>;
}

const thousandCharacterValues = Array.from({ length: 16 }, (_, i) => i.toString(16).repeat(1000));

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`${what} failed`);
}

export const scenarios: readonly Scenario[] = [
  {
    title: '100,000 SetValue+GetValue pairs, cmi.location / cmi.suspend_data, 1,000-character values',
    unit: 'pairs/s',
    warmUpRounds: 2,
    rounds: 9,
    async prepare(launch) {
      const api = await launch();
      api.Initialize('');
      return () => {
        for (let i = 0; i < 100_000; i++) {
          const element = (i & 1) === 0 ? 'cmi.location' : 'cmi.suspend_data';
          check(api.SetValue(element, thousandCharacterValues[i & 15]!) === 'true', `SetValue ${element}`);
          check(api.GetValue(element).length === 1000, `GetValue ${element}`);
        }
        return 100_000;
      };
    },
  },
  {
    title: '250 interactions x 10 fields, then Commit (serialised to JSON)',
    unit: 'calls/s',
    warmUpRounds: 30,
    rounds: 31,
    async prepare(launch) {
      return async () => {
        const api = await launch();
        api.Initialize('');
        for (let n = 0; n < 250; n++) {
          const p = `cmi.interactions.${n}.`;
          const set = (field: string, value: string) => check(api.SetValue(p + field, value) === 'true', `SetValue ${p + field}`);
          set('id', `urn:scorm-player:q${n}`);
          set('type', 'choice');
          set('objectives.0.id', `obj-${n % 10}`);
          set('timestamp', '2026-11-26T10:15:30.5Z');
          set('correct_responses.0.pattern', 'a[,]b');
          set('weighting', '1');
          set('learner_response', 'a[,]c');
          set('result', 'incorrect');
          set('latency', 'PT12.5S');
          set('description', `{lang=en}Question ${n}`);
        }
        check(api.Commit('') === 'true', 'Commit');
        return 2_501;
      };
    },
  },
  {
    title: '1,000 launch → Initialize → 2 SetValue → Terminate cycles (saved each time)',
    unit: 'cycles/s',
    warmUpRounds: 3,
    rounds: 9,
    async prepare(_launch, relaunch) {
      return async () => {
        for (let i = 0; i < 1_000; i++) {
          const api = await relaunch();
          api.Initialize('');
          api.SetValue('cmi.location', 'page-3');
          api.SetValue('cmi.exit', 'suspend');
          check(api.Terminate('') === 'true', 'Terminate');
        }
        return 1_000;
      };
    },
  },
];
