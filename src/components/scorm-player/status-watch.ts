/**
 * Turns the content's SetValue calls into `scorm-status-change` and `scorm-score-change`: after
 * a successful call to an element that can change them, the statuses and the score are read
 * back from the data model (so 2004's evaluation against cmi.completion_threshold and
 * cmi.scaled_passing_score applies, RTE 4th ed. §4.2.4.1 and §4.2.22.1), and reported only when
 * they differ from what was last reported.
 */
import type { ApiCallEvent, RuntimeDataModel } from '../../runtime/index.js';
import type { ScormScoreChangeDetail, ScormStatusChangeDetail } from './player-events.js';
import { lessonStatusAsStatuses } from '../../runtime/navigation12/lesson-status.js';

interface VersionElements {
  readonly setValue: string;
  /** Elements whose change can change a status (2004: also the inputs of its evaluation). */
  readonly statusInputs: ReadonlySet<string>;
  readonly scoreInputs: ReadonlySet<string>;
  readonly score: { readonly scaled?: string; readonly raw: string; readonly min: string; readonly max: string };
  readStatus(dataModel: RuntimeDataModel<unknown>): { completionStatus: string; successStatus: string };
}

const scorm2004: VersionElements = {
  setValue: 'SetValue',
  statusInputs: new Set(['cmi.completion_status', 'cmi.success_status', 'cmi.progress_measure', 'cmi.score.scaled']),
  scoreInputs: new Set(['cmi.score.scaled', 'cmi.score.raw', 'cmi.score.min', 'cmi.score.max']),
  score: { scaled: 'cmi.score.scaled', raw: 'cmi.score.raw', min: 'cmi.score.min', max: 'cmi.score.max' },
  readStatus: (dataModel) => ({
    completionStatus: dataModel.getValue('cmi.completion_status').value,
    successStatus: dataModel.getValue('cmi.success_status').value,
  }),
};

const scorm12: VersionElements = {
  setValue: 'LMSSetValue',
  statusInputs: new Set(['cmi.core.lesson_status']),
  scoreInputs: new Set(['cmi.core.score.raw', 'cmi.core.score.min', 'cmi.core.score.max']),
  score: { raw: 'cmi.core.score.raw', min: 'cmi.core.score.min', max: 'cmi.core.score.max' },
  readStatus: (dataModel) => lessonStatusAsStatuses(dataModel.getValue('cmi.core.lesson_status').value),
};


export interface StatusChanges {
  readonly status: ScormStatusChangeDetail | undefined;
  readonly score: ScormScoreChangeDetail | undefined;
}

const noChanges: StatusChanges = { status: undefined, score: undefined };

/** One per delivered session: what was last reported starts as what the content found at launch. */
export class StatusWatch {
  readonly #elements: VersionElements;
  readonly #dataModel: RuntimeDataModel<unknown>;
  readonly #activityId: string;
  #status: string;
  #score: string;

  constructor(scorm: '1.2' | '2004', activityId: string, dataModel: RuntimeDataModel<unknown>) {
    this.#elements = scorm === '2004' ? scorm2004 : scorm12;
    this.#dataModel = dataModel;
    this.#activityId = activityId;
    this.#status = statusKey(this.#readStatus());
    this.#score = scoreKey(this.#readScore());
  }

  /** What the call changed, if anything. Cheap for every call that cannot change either. */
  observe(call: ApiCallEvent): StatusChanges {
    if (call.fn !== this.#elements.setValue || call.err !== '0') return noChanges;
    const element = call.args[0] ?? '';
    const statusInput = this.#elements.statusInputs.has(element);
    const scoreInput = this.#elements.scoreInputs.has(element);
    if (!statusInput && !scoreInput) return noChanges;
    let status: ScormStatusChangeDetail | undefined;
    let score: ScormScoreChangeDetail | undefined;
    if (statusInput) {
      const current = this.#readStatus();
      const key = statusKey(current);
      if (key !== this.#status) {
        this.#status = key;
        status = current;
      }
    }
    if (scoreInput) {
      const current = this.#readScore();
      const key = scoreKey(current);
      if (key !== this.#score) {
        this.#score = key;
        score = current;
      }
    }
    return { status, score };
  }

  #readStatus(): ScormStatusChangeDetail {
    return { activityId: this.#activityId, ...this.#elements.readStatus(this.#dataModel) };
  }

  #readScore(): ScormScoreChangeDetail {
    const { scaled, raw, min, max } = this.#elements.score;
    const score: { -readonly [K in keyof ScormScoreChangeDetail]: ScormScoreChangeDetail[K] } = { activityId: this.#activityId };
    const read = (element: string | undefined): number | undefined => {
      if (element === undefined) return undefined;
      const result = this.#dataModel.getValue(element);
      // Not set yet: 2004 answers 403, 1.2 an empty string.
      return result.error !== 0 || result.value === '' ? undefined : Number(result.value);
    };
    const values = { scaled: read(scaled), raw: read(raw), min: read(min), max: read(max) };
    if (values.scaled !== undefined) score.scaled = values.scaled;
    if (values.raw !== undefined) score.raw = values.raw;
    if (values.min !== undefined) score.min = values.min;
    if (values.max !== undefined) score.max = values.max;
    return score;
  }
}

function statusKey(status: ScormStatusChangeDetail): string {
  return `${status.completionStatus}|${status.successStatus}`;
}

function scoreKey(score: ScormScoreChangeDetail): string {
  return `${score.scaled}|${score.raw}|${score.min}|${score.max}`;
}
