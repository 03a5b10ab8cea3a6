/**
 * `npm run bench`: our run-time side by side with scorm-again (npm), in one process.
 * Prints operations per second for each and the ratio ours / theirs. Targets (issue 2): at
 * least 5x on each scenario.
 */
import { measure, type Contender } from './measure.js';
import { createRuntimeForCycles, launchScormPlayer } from './contenders-scorm-player.js';
import { createScormAgain } from './contenders-scorm-again.js';

interface Api2004 {
  Initialize(p: string): string;
  Terminate(p: string): string;
  SetValue(e: string, v: string): string;
  GetValue(e: string): string;
  Commit(p: string): string;
}

const values = Array.from({ length: 16 }, (_, i) => `${i.toString(16)}`.repeat(1000));

/** 100,000 SetValue + GetValue pairs on cmi.location and cmi.suspend_data, 1,000-character values. */
function setGetPairs(api: Api2004): () => number {
  return () => {
    for (let i = 0; i < 100_000; i++) {
      const element = (i & 1) === 0 ? 'cmi.location' : 'cmi.suspend_data';
      if (api.SetValue(element, values[i & 15]!) !== 'true') throw new Error(`SetValue ${element} failed`);
      if (api.GetValue(element).length !== 1000) throw new Error(`GetValue ${element} failed`);
    }
    return 100_000;
  };
}

/** 250 interactions of 10 fields each, then Commit: the data model's write path and the commit's serialisation. */
function interactionsThenCommit(newApi: () => Promise<Api2004> | Api2004): () => Promise<number> {
  return async () => {
    const api = await newApi();
    api.Initialize('');
    for (let n = 0; n < 250; n++) {
      const p = `cmi.interactions.${n}.`;
      const fields: [string, string][] = [
        ['id', `urn:scorm-player:q${n}`],
        ['type', 'choice'],
        ['objectives.0.id', `obj-${n % 10}`],
        ['timestamp', '2026-11-26T10:15:30.5Z'],
        ['correct_responses.0.pattern', 'a[,]b'],
        ['weighting', '1'],
        ['learner_response', 'a[,]c'],
        ['result', 'incorrect'],
        ['latency', 'PT12.5S'],
        ['description', `{lang=en}Question ${n}`],
      ];
      for (const [field, value] of fields) {
        if (api.SetValue(p + field, value) !== 'true') throw new Error(`SetValue ${p + field} failed`);
      }
    }
    if (api.Commit('') !== 'true') throw new Error('Commit failed');
    return 2_501;
  };
}

/** Launch → Initialize → a few values → Terminate, as a learner moving through short SCOs. */
function cycles(launch: () => Promise<Api2004> | Api2004): () => Promise<number> {
  return async () => {
    for (let i = 0; i < 1_000; i++) {
      const api = await launch();
      api.Initialize('');
      api.SetValue('cmi.location', 'page-3');
      api.SetValue('cmi.exit', 'suspend');
      if (api.Terminate('') !== 'true') throw new Error('Terminate failed');
    }
    return 1_000;
  };
}

async function scenarios(): Promise<{ title: string; unit: string; contenders: Contender[]; rounds: number }[]> {
  const ours = (await launchScormPlayer('2004')).api;
  ours.Initialize('');
  const theirs = createScormAgain('2004') as unknown as Api2004;
  theirs.Initialize('');
  const cycleRuntime = createRuntimeForCycles('2004');
  return [
    {
      title: 'SetValue+GetValue pairs, cmi.location / cmi.suspend_data, 1,000-character values',
      unit: 'pairs/s',
      rounds: 9,
      contenders: [
        { name: 'scorm-player', round: setGetPairs(ours) },
        { name: 'scorm-again', round: setGetPairs(theirs) },
      ],
    },
    {
      title: '250 interactions x 10 fields, then Commit (serialised)',
      unit: 'calls/s',
      rounds: 15,
      contenders: [
        { name: 'scorm-player', round: interactionsThenCommit(async () => (await launchScormPlayer('2004')).api) },
        { name: 'scorm-again', round: interactionsThenCommit(() => createScormAgain('2004') as unknown as Api2004) },
      ],
    },
    {
      title: 'Launch → Initialize → 2 SetValue → Terminate cycles',
      unit: 'cycles/s',
      rounds: 9,
      contenders: [
        { name: 'scorm-player', round: cycles(async () => (await cycleRuntime.launch({ activityId: 'sco' })).api as Api2004) },
        { name: 'scorm-again', round: cycles(() => createScormAgain('2004') as unknown as Api2004) },
      ],
    },
  ];
}

const rows: string[] = [];
let belowTarget = 0;
for (const scenario of await scenarios()) {
  const [ours, theirs] = await measure(scenario.contenders, scenario.rounds, 2);
  const ratio = ours!.opsPerSecond / theirs!.opsPerSecond;
  if (ratio < 5) belowTarget++;
  rows.push(
    `${scenario.title}\n` +
      `  scorm-player ${format(ours!.opsPerSecond)} ${scenario.unit}   scorm-again ${format(theirs!.opsPerSecond)} ${scenario.unit}   ratio ${ratio.toFixed(1)}x${ratio < 5 ? '  (below the 5x target)' : ''}`,
  );
}
console.log(`SCORM 2004 run-time, one process, median of rounds (Node ${process.version})\n`);
console.log(rows.join('\n\n'));
console.log(`\n${belowTarget === 0 ? 'All scenarios at or above 5x.' : `${belowTarget} scenario(s) below 5x.`}`);

function format(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
