/**
 * The RuntimeReport the navigator receives when content's session ends: the run-time data as
 * the LMS reads it at that moment (evaluated statuses: RTE 4th ed. §4.2.4.1, §4.2.22.1) and what
 * the content's API calls showed (whether it set the statuses, its session time), which the data
 * model does not keep once the session has ended.
 */
import type { ApiCallEvent } from '../events.js';
import type { RuntimeDataModel, SessionOutcome } from '../datamodel/data-model.js';
import { parseTimeInterval } from '../datamodel/types/timeinterval.js';
import { parseCMITimespan } from '../datamodel/types/cmi-timespan.js';
import type { RuntimeObjectiveReport, RuntimeReport } from '../sequencing/navigator.js';
import { lessonStatusAsStatuses } from '../navigation12/lesson-status.js';

/** What one session's API calls showed; fed with the session's `call` events. */
export class SessionCalls {
  readonly #scorm: '1.2' | '2004';
  completionStatusSet = false;
  successStatusSet = false;
  /** The last session time the content set, in milliseconds. */
  sessionTime = 0;

  constructor(scorm: '1.2' | '2004') {
    this.#scorm = scorm;
  }

  record(call: ApiCallEvent): void {
    if (call.err !== '0' || call.ret !== 'true') return;
    const element = call.args[0];
    const value = call.args[1] ?? '';
    if (this.#scorm === '2004') {
      if (call.fn !== 'SetValue') return;
      if (element === 'cmi.completion_status') this.completionStatusSet = true;
      else if (element === 'cmi.success_status') this.successStatusSet = true;
      else if (element === 'cmi.session_time') this.sessionTime = (parseTimeInterval(value) ?? 0) * 10;
      return;
    }
    if (call.fn !== 'LMSSetValue') return;
    if (element === 'cmi.core.lesson_status') {
      this.completionStatusSet = true;
      this.successStatusSet = value === 'passed' || value === 'failed';
    } else if (element === 'cmi.core.session_time') {
      this.sessionTime = (parseCMITimespan(value) ?? 0) * 10;
    }
  }
}

/** Reads an element as the content would, undefined where GetValue would fail (not set, not supported). */
function reader(dataModel: RuntimeDataModel<unknown>): (element: string) => string | undefined {
  return (element) => {
    const result = dataModel.getValue(element);
    return result.error === 0 ? result.value : undefined;
  };
}

/** SCORM 2004 4th ed.: cmi.* read back through the data model (RTE §4.2), objectives by id (§4.2.17). */
export function scorm2004RuntimeReport(
  activityId: string,
  dataModel: RuntimeDataModel<unknown>,
  outcome: SessionOutcome,
  calls: SessionCalls,
): RuntimeReport {
  const read = reader(dataModel);
  const objectives: RuntimeObjectiveReport[] = [];
  const count = Number(read('cmi.objectives._count') ?? '0');
  for (let index = 0; index < count; index++) {
    const prefix = `cmi.objectives.${index}.`;
    objectives.push({
      id: read(`${prefix}id`) ?? '',
      successStatus: read(`${prefix}success_status`) ?? 'unknown',
      completionStatus: read(`${prefix}completion_status`) ?? 'unknown',
      scoreScaled: number(read(`${prefix}score.scaled`)),
      scoreRaw: number(read(`${prefix}score.raw`)),
      scoreMin: number(read(`${prefix}score.min`)),
      scoreMax: number(read(`${prefix}score.max`)),
      progressMeasure: number(read(`${prefix}progress_measure`)),
    });
  }
  return {
    activityId,
    completionStatus: read('cmi.completion_status') ?? 'unknown',
    successStatus: read('cmi.success_status') ?? 'unknown',
    completionStatusSet: calls.completionStatusSet,
    successStatusSet: calls.successStatusSet,
    scoreScaled: number(read('cmi.score.scaled')),
    scoreRaw: number(read('cmi.score.raw')),
    scoreMin: number(read('cmi.score.min')),
    scoreMax: number(read('cmi.score.max')),
    progressMeasure: number(read('cmi.progress_measure')),
    objectives,
    sessionTime: calls.sessionTime,
    exit: outcome.exit,
  };
}

/**
 * SCORM 1.2: cmi.core.lesson_status split into the 2004 pair (passed and failed are completed
 * attempts; browsed is not a completion), scores as the 1.2 book gives them (raw, min, max).
 */
export function scorm12RuntimeReport(
  activityId: string,
  dataModel: RuntimeDataModel<unknown>,
  outcome: SessionOutcome,
  calls: SessionCalls,
): RuntimeReport {
  const read = reader(dataModel);
  const lessonStatus = read('cmi.core.lesson_status') ?? 'not attempted';
  const objectives: RuntimeObjectiveReport[] = [];
  const count = Number(read('cmi.objectives._count') ?? '0');
  for (let index = 0; index < count; index++) {
    const prefix = `cmi.objectives.${index}.`;
    const { completionStatus, successStatus } = lessonStatusAsStatuses(read(`${prefix}status`) ?? 'not attempted');
    objectives.push({
      id: read(`${prefix}id`) ?? '',
      successStatus,
      completionStatus,
      scoreScaled: undefined,
      scoreRaw: number(read(`${prefix}score.raw`)),
      scoreMin: number(read(`${prefix}score.min`)),
      scoreMax: number(read(`${prefix}score.max`)),
      progressMeasure: undefined,
    });
  }
  return {
    activityId,
    ...lessonStatusAsStatuses(lessonStatus),
    completionStatusSet: calls.completionStatusSet,
    successStatusSet: calls.successStatusSet,
    scoreScaled: undefined,
    scoreRaw: number(read('cmi.core.score.raw')),
    scoreMin: number(read('cmi.core.score.min')),
    scoreMax: number(read('cmi.core.score.max')),
    progressMeasure: undefined,
    objectives,
    sessionTime: calls.sessionTime,
    exit: outcome.exit,
    lessonStatus,
  };
}

function number(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}
