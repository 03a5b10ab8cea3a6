/**
 * Evaluating an adlcp:prerequisites script against the learner's lesson statuses
 * (SCORM 1.2 CAM §2.3.2.5, AICC CMI001 prerequisites logic).
 */
import { isCompleted, type LessonStatus } from './lesson-status.js';
import type { PrerequisitesExpression } from './prerequisites-script.js';

/** Whether the prerequisites are met, each identifier's status given by `statusOf`. */
export function prerequisitesMet(expression: PrerequisitesExpression, statusOf: (id: string) => LessonStatus): boolean {
  switch (expression.kind) {
    case 'completed':
      return isCompleted(statusOf(expression.id));
    case 'status':
      return (statusOf(expression.id) === expression.status) === expression.equal;
    case 'atLeast': {
      let completed = 0;
      for (const id of expression.ids) if (isCompleted(statusOf(id))) completed += 1;
      return completed >= expression.count;
    }
    case 'not':
      return !prerequisitesMet(expression.operand, statusOf);
    case 'and':
      return expression.operands.every((operand) => prerequisitesMet(operand, statusOf));
    case 'or':
      return expression.operands.some((operand) => prerequisitesMet(operand, statusOf));
  }
}
