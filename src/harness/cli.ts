#!/usr/bin/env node
/**
 * `scorm-harness`: replays scorm-trace/1 documents against the run-time, headless, and inspects
 * packages.
 * Runs unchanged on Node 20+ and Deno 2: only `node:` built-ins that both provide.
 *
 * Exit status: 0 every trace passed (skipped ones aside), 1 some failed, 2 a usage error.
 */
import process from 'node:process';
import { loadAdlFixtures } from './adl-fixtures.js';
import { formatInspection, inspectionJson } from './inspect.js';
import { openPackageTarget } from './open-package-target.js';
import { replayTrace } from './replay.js';
import { ctsJson, formatCtsTable, runCtsSuite } from './cts-run/cts-suite.js';
import { exitStatus, formatJson, formatText, type TraceReport } from './report.js';
import { expandPaths, readTraceFile } from './trace-files.js';
import { harnessVersion } from './version.js';

const usage = `Usage: scorm-harness replay FILE|DIR... [--json]
       scorm-harness replay --adl-fixtures DIR [--json]
       scorm-harness inspect ZIP|DIR|URL [--json]
       scorm-harness cts DIR [--json] [--case ID...]
       scorm-harness --help | --version

Commands:
  replay             Replay scorm-trace/1 documents and check every call's answer.
                     A DIR stands for every *.json file below it.
  inspect            Open a package (a zip, a directory, a zip URL or a folder URL ending in
                     "/") and print its outline and validation report.
  cts                Run ADL's SCORM 2004 4th ed. conformance test suite at DIR (the folder
                     holding TestCases/, packages/ and docs/resources/) against the player's
                     course session; print passed/failed by group.

Options:
  --json             One JSON object per trace instead of text.
  --adl-fixtures DIR Also replay scorm-again's ADL fixtures below DIR (converted in memory).
  --case ID          cts: run only this case (repeatable).
  --help             Show this text.
  --version          Show the harness version.

Exit status: 0 when every trace passed (skipped traces do not fail the run), the package is
playable or every CTS case passed; 1 when some failed or it is not; 2 on a usage error.
`;

interface ReplayCommand {
  paths: string[];
  adlFixtureDirectories: string[];
  json: boolean;
}

type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'replay'; replay: ReplayCommand }
  | { kind: 'inspect'; target: string; json: boolean }
  | { kind: 'cts'; directory: string; caseIds: string[] | undefined; json: boolean };

class UsageError extends Error {}

/** The codes of package findings (`zip.http-error`), as opposed to system error codes (`ENOENT`). */
const findingCode = /^[a-z-]+\.[a-z-]+$/;

function parseCommand(argv: readonly string[]): Command {
  if (argv.includes('--help')) return { kind: 'help' };
  const [command, ...rest] = argv;
  if (command === '--version' && rest.length === 0) return { kind: 'version' };
  if (command === undefined) throw new UsageError('no command');
  if (command === 'inspect') return parseInspect(rest);
  if (command === 'cts') return parseCts(rest);
  if (command !== 'replay') throw new UsageError(`unknown command: ${command}`);
  const replay: ReplayCommand = { paths: [], adlFixtureDirectories: [], json: false };
  for (let i = 0; i < rest.length; i++) {
    const argument = rest[i] ?? '';
    if (argument === '--json') {
      replay.json = true;
    } else if (argument === '--adl-fixtures') {
      const directory = rest[++i];
      if (directory === undefined) throw new UsageError('--adl-fixtures needs a directory');
      replay.adlFixtureDirectories.push(directory);
    } else if (argument.startsWith('-')) {
      throw new UsageError(`unknown option: ${argument}`);
    } else {
      replay.paths.push(argument);
    }
  }
  if (replay.paths.length === 0 && replay.adlFixtureDirectories.length === 0) {
    throw new UsageError('replay needs a FILE, a DIR or --adl-fixtures DIR');
  }
  return { kind: 'replay', replay };
}

function parseInspect(rest: readonly string[]): Command {
  const unknown = rest.find((argument) => argument.startsWith('-') && argument !== '--json');
  if (unknown !== undefined) throw new UsageError(`unknown option: ${unknown}`);
  const targets = rest.filter((argument) => argument !== '--json');
  if (targets.length !== 1) throw new UsageError('inspect needs exactly one ZIP, DIR or URL');
  return { kind: 'inspect', target: targets[0]!, json: rest.includes('--json') };
}

function parseCts(rest: readonly string[]): Command {
  const directories: string[] = [];
  const caseIds: string[] = [];
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const argument = rest[i] ?? '';
    if (argument === '--json') {
      json = true;
    } else if (argument === '--case') {
      const id = rest[++i];
      if (id === undefined) throw new UsageError('--case needs a case id');
      caseIds.push(id);
    } else if (argument.startsWith('-')) {
      throw new UsageError(`unknown option: ${argument}`);
    } else {
      directories.push(argument);
    }
  }
  if (directories.length !== 1) throw new UsageError('cts needs exactly one DIR');
  return { kind: 'cts', directory: directories[0]!, caseIds: caseIds.length === 0 ? undefined : caseIds, json };
}

async function replayAll({ paths, adlFixtureDirectories }: ReplayCommand): Promise<TraceReport[]> {
  const reports: TraceReport[] = [];
  for (const file of await expandPaths(paths)) {
    const read = await readTraceFile(file);
    reports.push(read.ok
      ? { title: read.trace.title, file, outcome: await replayTrace(read.trace, { traceFile: file }) }
      : { title: read.title, file, outcome: { kind: 'invalid', errors: read.errors } });
  }
  for (const directory of adlFixtureDirectories) {
    const { cases, invalid } = await loadAdlFixtures(directory);
    for (const { file, errors } of invalid) {
      reports.push({ title: '', file, outcome: { kind: 'invalid', errors } });
    }
    for (const { trace, file, activity } of cases) {
      const outcome = await replayTrace(trace, { activityId: activity });
      reports.push({ title: trace.title, file, outcome });
    }
  }
  return reports;
}

async function main(argv: readonly string[]): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (thrown) {
    if (!(thrown instanceof UsageError)) throw thrown;
    process.stderr.write(`scorm-harness: ${thrown.message}\n\n${usage}`);
    return 2;
  }
  switch (command.kind) {
    case 'help':
      process.stdout.write(usage);
      return 0;
    case 'version':
      process.stdout.write(`scorm-harness ${harnessVersion}\n`);
      return 0;
    case 'replay': {
      let reports: TraceReport[];
      try {
        reports = await replayAll(command.replay);
      } catch (thrown) {
        // A directory that cannot be listed, say: nothing to report per trace.
        const message = thrown instanceof Error ? thrown.message : String(thrown);
        process.stderr.write(`scorm-harness: ${message}\n`);
        return 1;
      }
      process.stdout.write(command.replay.json ? formatJson(reports) : formatText(reports));
      return exitStatus(reports);
    }
    case 'cts': {
      try {
        // Loaded here: the sequencer is needed by this command only.
        const { openCtsCourse } = await import('./cts-run/open-cts-course.js');
        const results = await runCtsSuite(command.directory, { caseIds: command.caseIds, openCourse: openCtsCourse });
        process.stdout.write(command.json ? ctsJson(results) : formatCtsTable(results));
        return results.every((result) => result.passed) ? 0 : 1;
      } catch (thrown) {
        // A directory that is not a CTS, a case id that has no script.
        const message = thrown instanceof Error ? thrown.message : String(thrown);
        process.stderr.write(`scorm-harness: ${message}\n`);
        return 1;
      }
    }
    case 'inspect': {
      try {
        const opened = await openPackageTarget(command.target);
        process.stdout.write(command.json
          ? `${JSON.stringify(inspectionJson(command.target, opened), null, 2)}\n`
          : formatInspection(command.target, opened));
        return opened.playable ? 0 : 1;
      } catch (thrown) {
        const message = thrown instanceof Error ? thrown.message : String(thrown);
        // An error that carries a finding code says which; refusals of the package itself are findings.
        const found = (thrown as { code?: unknown }).code;
        const code = typeof found === 'string' && findingCode.test(found) ? `${found}: ` : '';
        process.stderr.write(`scorm-harness: cannot open ${command.target}: ${code}${message}\n`);
        return 1;
      }
    }
  }
}

process.exitCode = await main(process.argv.slice(2));
