// The traffic light of a unit in a monthly report (DESIGN §5).
import type { MeasurePosition } from '../model/measures.js';
import type { UnitState } from '../model/state.js';

export type Light = 'red' | 'yellow' | 'green';

/**
 * 红灯: a document missing past its deadline, or a measure overdue or blocked; 黄灯: a document
 * late, or a measure more than `behind_points` behind; 绿灯 otherwise.
 */
export function trafficLight(unit: UnitState, positions: MeasurePosition[]): Light {
  if (unit.documents.some((d) => d.status.state === 'missing') || positions.some((m) => m.overdue || m.blocked)) return 'red';
  if (unit.documents.some((d) => d.status.state === 'late') || positions.some((m) => m.behind)) return 'yellow';
  return 'green';
}
