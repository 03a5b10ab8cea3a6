/**
 * Turns what the player and its run-time did into a scorm-trace/1 document that the harness
 * replays (`scorm-harness replay`). Pure: the debugger feeds it events.
 */
import type { RuntimeEvent } from '../../runtime/index.js';
import type { NavigationRequest } from '../../runtime/sequencing/requests.js';
import { traceFormat, type TraceDocument, type TraceLaunch, type TraceStep } from './trace-document.js';

/**
 * `single-sco`: a trace without `package`; each launch of the SCO is a session of its own (the
 * contract: "the one SCO is delivered at the start of each session"). `package`: one session for
 * the page, with the learner's navigation requests as `nav` steps and each delivery as an
 * `expect` step, for the harness to set the sequencer up from the manifest.
 */
export type TraceMode = 'single-sco' | 'package';

interface RecordedSession {
  readonly steps: TraceStep[];
  /** Clock time of the session's first event: step times count from it. */
  start: number | undefined;
  /** The activities whose content made calls in it. */
  readonly activities: Set<string>;
  /** The content's session ended (Terminate, or the LMS ending it at unload). */
  ended: boolean;
  /** The player delivered again: whatever comes next is another launch. */
  closed: boolean;
}

export interface TraceExport {
  readonly trace: TraceDocument;
  /** Why the trace may not replay as recorded (shown to the user, not part of the trace). */
  readonly warnings: readonly string[];
}

export class TraceRecorder {
  readonly mode: TraceMode;
  readonly #sessions: RecordedSession[] = [];

  constructor(mode: TraceMode) {
    this.mode = mode;
  }

  get stepCount(): number {
    let count = 0;
    for (const session of this.#sessions) count += session.steps.length;
    return count;
  }

  /** A run-time event: calls become `call` steps; session starts and ends mark SCO launches. */
  record(event: RuntimeEvent): void {
    switch (event.type) {
      case 'call': {
        const session = this.#sessionFor(event.t, false);
        session.activities.add(event.activityId);
        // The GetLastError functions answer the error code themselves; the contract checks no `err` for them.
        const readsError = event.fn === 'GetLastError' || event.fn === 'LMSGetLastError';
        session.steps.push(
          readsError
            ? { fn: event.fn, args: [...event.args], ret: event.ret, t: event.t - (session.start ?? event.t) }
            : { fn: event.fn, args: [...event.args], ret: event.ret, err: event.err, t: event.t - (session.start ?? event.t) },
        );
        return;
      }
      case 'session-start':
        this.#sessionFor(event.t, true);
        return;
      case 'session-end': {
        const last = this.#sessions[this.#sessions.length - 1];
        if (last !== undefined) last.ended = true;
        return;
      }
      case 'commit':
        return;
    }
  }

  /** The player delivered an activity (or nothing): in single-SCO mode, a new launch. */
  delivered(activityId: string | undefined): void {
    if (this.mode === 'single-sco') {
      const last = this.#sessions[this.#sessions.length - 1];
      if (last !== undefined && last.steps.length > 0) last.closed = true;
      return;
    }
    this.#current().steps.push({ expect: activityId === undefined ? { delivered: null } : { delivered: activityId } });
  }

  /** A navigation request the learner made through the player's controls or the TOC. */
  navigated(request: NavigationRequest, endedSession: boolean): void {
    if (this.mode !== 'package') return;
    const steps = this.#current().steps;
    steps.push({ nav: navigationStep(request) });
    if (endedSession) steps.push({ expect: { ended: true } });
  }

  toTrace(title: string, scorm: '1.2' | '2004', options: { packageUrl?: string; launch?: TraceLaunch } = {}): TraceExport {
    const warnings: string[] = [];
    const sessions = this.#sessions.filter((session) => session.steps.length > 0);
    if (this.mode === 'single-sco') {
      const activities = new Set(sessions.flatMap((session) => [...session.activities]));
      if (activities.size > 1) {
        warnings.push(`Calls came from ${activities.size} activities (${[...activities].join(', ')}): a trace without a package replays them all as one SCO.`);
      }
    }
    const first = sessions[0]?.steps.find((step) => 'fn' in step);
    if (first !== undefined && 'fn' in first && first.fn !== 'Initialize' && first.fn !== 'LMSInitialize') {
      warnings.push('The recording does not begin with the content\'s Initialize: it started while a session was open.');
    }
    const launch = options.launch === undefined || Object.keys(options.launch).length === 0 ? undefined : options.launch;
    const trace: TraceDocument = {
      format: traceFormat,
      title,
      scorm,
      ...(this.mode === 'package' && options.packageUrl !== undefined ? { package: options.packageUrl } : {}),
      ...(launch === undefined ? {} : { launch }),
      sessions: sessions.map((session) => session.steps),
    };
    return { trace, warnings };
  }

  #current(): RecordedSession {
    const last = this.#sessions[this.#sessions.length - 1];
    if (last !== undefined) return last;
    return this.#newSession();
  }

  #newSession(): RecordedSession {
    const session: RecordedSession = { steps: [], start: undefined, activities: new Set(), ended: false, closed: false };
    this.#sessions.push(session);
    return session;
  }

  /**
   * The session an event at time `t` belongs to. In single-SCO mode a new launch begins after a
   * delivery, or with a session start after the previous session ended (without a player to say
   * so); calls after Terminate stay in the session they follow.
   */
  #sessionFor(t: number, isSessionStart: boolean): RecordedSession {
    let session = this.#current();
    if (this.mode === 'single-sco' && (session.closed || (isSessionStart && session.ended))) session = this.#newSession();
    session.start ??= t;
    return session;
  }
}

/** A navigation request as a trace `nav` step writes it (SN book 4th ed. §4.4.1 vocabulary). */
export function navigationStep(request: NavigationRequest): string {
  return request.type === 'choice' || request.type === 'jump' ? `{target=${request.target}}${request.type}` : request.type;
}
