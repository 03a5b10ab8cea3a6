/**
 * The data model inspector's rows, read from the attempt document (Runtime.snapshot()): per
 * activity, each stored value under its element name. These are the values as stored, exactly
 * the strings content set or the LMS initialised; GetValue may evaluate some on reading
 * (2004 cmi.completion_status against cmi.completion_threshold, RTE §4.2.4.1), which the
 * inspector does not do so that looking never changes anything.
 */
import type { AttemptDocument } from '../../runtime/index.js';

export interface DataModelRow {
  /** The element's dot-notation name, `cmi.objectives.0.id`; the LMS's own fields start with `lms.`. */
  readonly element: string;
  readonly value: string;
}

export interface ActivityDataModel {
  readonly activityId: string;
  readonly suspended: boolean;
  readonly sessions: number;
  readonly rows: readonly DataModelRow[];
}

/**
 * SCORM 1.2 keeps its elements without the `cmi.` root (RTE 1.2 §3.4: all are under cmi);
 * SCORM 2004 keeps `cmi` and `adl` as they are named. `lms` is bookkeeping beside the data model.
 */
function rootName(scorm: '1.2' | '2004', key: string): string {
  return scorm === '1.2' && key !== 'lms' ? `cmi.${key}` : key;
}

export function dataModelRows(document: AttemptDocument): ActivityDataModel[] {
  return Object.entries(document.activities).map(([activityId, record]) => {
    const rows: DataModelRow[] = [];
    if (typeof record.runtime === 'object' && record.runtime !== null) {
      for (const [key, value] of Object.entries(record.runtime)) flatten(rootName(document.scorm, key), value, rows);
    }
    return { activityId, suspended: record.suspended, sessions: record.sessions, rows };
  });
}

function flatten(name: string, value: unknown, rows: DataModelRow[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => flatten(`${name}.${index}`, item, rows));
    rows.push({ element: `${name}._count`, value: String(value.length) });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) flatten(`${name}.${key}`, item, rows);
  } else if (value !== undefined) {
    rows.push({ element: name, value: String(value) });
  }
}
