// The unit of measure of every indicator (%, 亿元, 天), by unit and indicator id, for the ledgers that show values.
import type { CampaignState } from '../model/state.js';

/** `${unit}/${indicator}` → its unit of measure, from each unit's benchmark and the indicators its reviews add. */
export type IndicatorUnits = ReadonlyMap<string, string>;

export function indicatorUnits(state: CampaignState): IndicatorUnits {
  const units = new Map<string, string>();
  for (const unit of state.units) {
    for (const i of unit.benchmark?.data.indicators ?? []) units.set(`${unit.id}/${i.id}`, i.unit);
    for (const review of unit.annual) for (const i of review.data.new_indicators ?? []) units.set(`${unit.id}/${i.id}`, i.unit);
  }
  return units;
}
