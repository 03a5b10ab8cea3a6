import type { ReactiveController, ReactiveElement } from 'lit';
import type { CommitEvent, RuntimeEvent } from '../../runtime/index.js';
import type { RuntimeSource, ScormPlayerChange, ScormPlayerController } from '../context/scorm-player-controller.js';
import { CallLog } from './call-log.js';
import { TraceRecorder, type TraceExport, type TraceMode } from './trace-recorder.js';

/**
 * What the debugger records from the player it shows: the API calls, the saves, and the trace
 * of the session. Follows the player's run-time as packages are opened; a new run-time starts
 * a new recording.
 */
export class DebuggerRecording implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #controller: () => ScormPlayerController | undefined;
  #runtime: RuntimeSource | undefined;
  #unsubscribe: (() => void) | undefined;
  log: CallLog;
  commits: CommitEvent[] = [];
  recorder: TraceRecorder = new TraceRecorder('single-sco');
  /** Activities launched in this recording, in order: the first gives a single-SCO trace its launch values. */
  readonly #activities: string[] = [];

  constructor(host: ReactiveElement, controller: () => ScormPlayerController | undefined, logCapacity: number) {
    this.#host = host;
    this.#controller = controller;
    this.log = new CallLog(logCapacity);
    host.addController(this);
  }

  hostConnected(): void {
    this.#follow();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#runtime = undefined;
  }

  /** A change of the player: its run-time may be another one now. */
  changed(change: ScormPlayerChange): void {
    if (change.type === 'package') this.#follow();
    else if (change.type === 'delivery') this.recorder.delivered(change.activityId);
    else if (change.type === 'navigation' && change.source === 'learner') this.recorder.navigated(change.request, change.result.endSession);
  }

  /** The session so far as a scorm-trace/1 document. */
  exportTrace(title: string): TraceExport {
    const controller = this.#controller();
    const scorm = controller?.scorm ?? this.#runtime?.scorm ?? '2004';
    // A single-SCO trace carries its SCO's launch values; a package trace gets them from the
    // manifest, per activity, and carries only the learner.
    const firstActivity = this.#activities[0];
    const given = firstActivity === undefined ? undefined : controller?.launchValues?.(firstActivity);
    const learner = given?.learner ?? this.#runtime?.snapshot().learner;
    const known = learner !== undefined && (learner.id !== '' || learner.name !== '');
    const launch = this.recorder.mode === 'package'
      ? (known ? { learner } : {})
      : { ...(known ? { learner } : {}), ...given };
    return this.recorder.toTrace(title, scorm, {
      ...(controller?.packageUrl === undefined ? {} : { packageUrl: controller.packageUrl }),
      launch,
    });
  }

  #follow(): void {
    const controller = this.#controller();
    const runtime = controller?.runtime;
    if (runtime === this.#runtime) return;
    this.#unsubscribe?.();
    this.#runtime = runtime;
    this.log = new CallLog(this.log.capacity);
    this.commits = [];
    this.#activities.length = 0;
    this.recorder = new TraceRecorder(traceMode(controller));
    this.#unsubscribe = runtime?.on((event) => this.#record(event, runtime.scorm));
    this.#host.requestUpdate();
  }

  #record(event: RuntimeEvent, scorm: '1.2' | '2004'): void {
    this.recorder.record(event);
    if (event.type === 'call') {
      this.log.add(event, scorm);
      if (this.#activities[this.#activities.length - 1] !== event.activityId) this.#activities.push(event.activityId);
    } else if (event.type === 'commit') {
      this.commits.push(event);
    }
    this.#host.requestUpdate();
  }
}

/**
 * A course with one SCO is recorded as a single-SCO trace, which the harness replays without
 * a sequencer; a course with more needs its package, so its trace names it.
 */
function traceMode(controller: ScormPlayerController | undefined): TraceMode {
  if (controller?.packageUrl === undefined) return 'single-sco';
  const launchable = controller.tree?.activities.filter((activity) => activity.launch !== undefined).length ?? 0;
  return launchable <= 1 ? 'single-sco' : 'package';
}
