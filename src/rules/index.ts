// The rule catalogue (DESIGN §3), in its documented order.
import { adjustmentUnknownUnit } from './adjustments.js';
import { approvalDate, approvalSigner } from './approval.js';
import { benchmarkSelf, indicatorTargetBelowBenchmark, indicatorTargetDirection, resourceCityPreferred } from './benchmark.js';
import { deadlineRules } from './deadlines.js';
import { duplicateId, idMismatch, unitDomainUnknown, unitProfileMissing } from './identity.js';
import { fileEncoding, fileUnknown, schema, yamlDuplicateKey, yamlSyntax } from './load.js';
import { crossCheckSkipped, notCountedAsOf } from './named-file.js';
import { exchangeUnplanned, measureDueRange, measureUnquantified } from './plan.js';
import {
  blockedWithoutReason,
  learnedNotDone,
  measureOverdue,
  measureUnreported,
  percentRegressed,
  statusPercentMismatch,
} from './progress.js';
import { unitHistoryOrder } from './history.js';
import { droppedMeasureReported, revisionDate, revisionSigner, revisionUnknown } from './revisions.js';
import { annualUpdateEmpty, ongoingDone } from './yearly.js';
import { indicatorUncovered, unknownIndicator, unknownMeasure } from './references.js';
import { futureDate, placeholderText } from './text.js';
import { indicatorValueMissing, milestoneOrder } from './schedule.js';
import { unitNotMember, unitRosterMismatch } from './roster.js';
import { chainRules } from './chain.js';
import { numberNoise } from './numbers.js';
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [
  yamlSyntax,
  yamlDuplicateKey,
  fileEncoding,
  fileUnknown,
  schema,
  idMismatch,
  unitProfileMissing,
  unitDomainUnknown,
  unitNotMember,
  unitRosterMismatch,
  placeholderText,
  futureDate,
  numberNoise,
  ...deadlineRules,
  approvalSigner,
  approvalDate,
  benchmarkSelf,
  resourceCityPreferred,
  indicatorTargetDirection,
  indicatorTargetBelowBenchmark,
  duplicateId,
  unknownIndicator,
  unknownMeasure,
  measureUnquantified,
  measureDueRange,
  indicatorUncovered,
  exchangeUnplanned,
  statusPercentMismatch,
  blockedWithoutReason,
  percentRegressed,
  measureUnreported,
  measureOverdue,
  learnedNotDone,
  milestoneOrder,
  indicatorValueMissing,
  adjustmentUnknownUnit,
  unitHistoryOrder,
  revisionSigner,
  revisionDate,
  revisionUnknown,
  droppedMeasureReported,
  annualUpdateEmpty,
  ongoingDone,
  ...chainRules,
  notCountedAsOf,
  crossCheckSkipped,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
