/**
 * The scorm-trace/1 document (/work/shared/contracts/scorm-trace-1.md) as plain types, for
 * code that ships to browsers: the harness's zod schema (src/harness/trace-schema.ts) is the
 * one that validates, and accepts every document typed here.
 */

export interface TraceCallStep {
  readonly fn: string;
  readonly args: readonly string[];
  readonly ret?: string;
  readonly err?: string;
  readonly match?: string;
  /** Milliseconds since the session started. */
  readonly t?: number;
}

export interface TraceNavStep {
  /** start | resumeAll | continue | previous | exit | exitAll | abandon | abandonAll | suspendAll | {target=ID}choice | {target=ID}jump */
  readonly nav: string;
}

export interface TraceExpectStep {
  readonly expect: {
    readonly delivered?: string | null;
    readonly ended?: boolean;
    readonly [check: string]: unknown;
  };
}

export type TraceStep = TraceCallStep | TraceNavStep | TraceExpectStep;

export interface TraceLaunch {
  readonly learner?: { readonly id: string; readonly name: string };
  readonly dataModel?: Readonly<Record<string, string>>;
  readonly sharedData?: readonly { readonly id: string; readonly readSharedData: boolean; readonly writeSharedData: boolean }[];
}

export interface TraceDocument {
  readonly format: 'scorm-trace/1';
  readonly title: string;
  readonly scorm: '1.2' | '2004';
  readonly package?: string;
  readonly launch?: TraceLaunch;
  readonly sessions: readonly (readonly TraceStep[])[];
}

export const traceFormat = 'scorm-trace/1';
