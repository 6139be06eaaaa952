// The yearly update (三(四)2 动态更新): what annual/Y.yaml sets for year Y+1, and the indicators known to a unit.
import type { Doc, UnitState } from './state.js';
import type { AnnualDoc, DataPath, IsoDate, BenchmarkDoc, ExchangePlan, Indicator, Measure, YearlyTarget } from './types.js';

export interface YearlyUpdate {
  /** The annual review that sets it (annual/Y.yaml). */
  source: Doc<AnnualDoc>;
  /** The year reviewed (Y). */
  reviewed: number;
  /** The year it applies to (Y+1). */
  year: number;
  /** (Y+1)-01-01: when its targets, indicators, measures and exchange plan come into force. */
  start: IsoDate;
  /** (Y+1)-12-31: when its targets are to be reached. */
  end: IsoDate;
  targets: YearlyTarget[];
  newIndicators: Indicator[];
  newMeasures: Measure[];
  exchangesPlanned: ExchangePlan[];
  /** Measures still being learned, retained (`ongoing`). */
  ongoing: string[];
}

/** The yearly update of annual/Y.yaml, for year Y+1. */
export function yearlyUpdateOf(annual: Doc<AnnualDoc>): YearlyUpdate {
  const data = annual.data;
  const year = data.year + 1;
  return {
    source: annual,
    reviewed: data.year,
    year,
    start: `${year}-01-01`,
    end: `${year}-12-31`,
    targets: data.targets ?? [],
    newIndicators: data.new_indicators ?? [],
    newMeasures: data.new_measures ?? [],
    exchangesPlanned: data.exchanges_planned ?? [],
    ongoing: data.ongoing ?? [],
  };
}

/** The update that applies to `year` (set by the annual review of year − 1), if that review counts. */
export function yearlyUpdateFor(unit: UnitState, year: number): YearlyUpdate | undefined {
  const annual = unit.annual.find((doc) => doc.data.year === year - 1);
  return annual ? yearlyUpdateOf(annual) : undefined;
}

/** Every yearly update of the unit, oldest first. */
export function yearlyUpdates(unit: UnitState): YearlyUpdate[] {
  return [...unit.annual].sort((a, b) => a.data.year - b.data.year).map(yearlyUpdateOf);
}

/** True when the update sets nothing for the coming year (`annual-update-empty`). */
export function isEmptyUpdate(update: YearlyUpdate): boolean {
  return !update.targets.length && !update.newIndicators.length && !update.newMeasures.length && !update.exchangesPlanned.length && !update.ongoing.length;
}

export interface IndicatorDefinition {
  indicator: Indicator;
  source: Doc<BenchmarkDoc> | Doc<AnnualDoc>;
  path: DataPath;
  /** Known to files of periods from this date on: the campaign's start for benchmark.yaml, (Y+1)-01-01 for annual/Y. */
  from: IsoDate | null;
}

/** The unit's indicators: benchmark.yaml's, then each annual review's `new_indicators`, in order. */
export function indicatorDefinitions(unit: UnitState): IndicatorDefinition[] {
  const definitions: IndicatorDefinition[] = [];
  const benchmark = unit.benchmark;
  if (benchmark) benchmark.data.indicators.forEach((indicator, i) => definitions.push({ indicator, source: benchmark, path: ['indicators', i], from: null }));
  for (const update of yearlyUpdates(unit)) {
    update.newIndicators.forEach((indicator, i) =>
      definitions.push({ indicator, source: update.source, path: ['new_indicators', i], from: update.start }),
    );
  }
  return definitions;
}
