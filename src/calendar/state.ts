// The campaign as of a date (DESIGN §2): the documents that count by then, and the state of every one a
// unit owes, from the loaded campaign and its schedule. The types are the model's (model/state.ts).
import { isIsoDate, suggestIsoDate, type IsoDate } from './dates.js';
import { documentStatus, expectedDocuments, type DocumentStatus } from './schedule.js';
import type { LoadedCampaign, SourceFile, UnitFolder } from '../model/files.js';
import { rosterOf, withRoster } from '../model/roster.js';
import type { CampaignState, Doc, DocumentEntry, UnitState } from '../model/state.js';
import { inOfficialOrder } from '../model/unit-order.js';
import type { Adjustment, AnnualDoc, BenchmarkDoc, Member, PlanDoc, ProgressDoc, ResearchDoc, UnitDoc } from '../model/types.js';

export type { CampaignState } from '../model/state.js';

/** `submitted` as written, or as it was meant when written another way (`2022/2/14`); else null. */
export function submittedDate(data: unknown): IsoDate | null {
  const value = data !== null && typeof data === 'object' ? (data as { submitted?: unknown }).submitted : undefined;
  if (isIsoDate(value)) return value;
  return typeof value === 'string' ? suggestIsoDate(value) : null;
}

export function buildState(loaded: LoadedCampaign, asOf: IsoDate, asOfIsToday: boolean): CampaignState {
  const notYetSubmitted = new Set<string>();
  const scope = loaded.scope;
  let namedAfterAsOf: CampaignState['namedAfterAsOf'] = null;
  const counts = (file: SourceFile | undefined): file is SourceFile => {
    if (!file) return false;
    const submitted = submittedDate(file.data);
    if (!asOfIsToday && submitted !== null && submitted > asOf) {
      if (scope.kind === 'file' && scope.file === file.rel) {
        namedAfterAsOf = { file, submitted };
        return true;
      }
      notYetSubmitted.add(file.rel);
      return false;
    }
    return true;
  };
  const usable = <T>(file: SourceFile | undefined): Doc<T> | undefined =>
    file && file.valid && counts(file) ? { file, data: file.data as T } : undefined;

  // The same schedule for every unit: worked out once (its entries are shared, never changed).
  const expectedAll = expectedDocuments(loaded.campaign, asOf);
  const roster = rosterOf(loaded.campaign);
  const memberOf = (folder: UnitFolder): Member | null => roster?.get(folder.id)?.member ?? null;
  // Under a roster, a folder it does not list is refused: no report names it (unit-not-member says why).
  const members = roster && loaded.layout !== 'lone-unit' ? loaded.units.filter((folder) => roster.has(folder.id)) : loaded.units;
  const listed = new Set(members);
  const nonMembers = loaded.units.filter((folder) => !listed.has(folder));
  const orderKey = (folder: UnitFolder) => ({ id: folder.id, ...(folder.profile?.data as { kind?: string; order?: unknown } | undefined), ...memberOf(folder) });
  const units = inOfficialOrder(members, orderKey).map((folder): UnitState => {
    const sources: Record<string, SourceFile | undefined> = {
      benchmark: folder.benchmark,
      research: folder.research,
      plan: folder.plan,
    };
    for (const [month, file] of folder.progress) sources[`progress:${month}`] = file;
    for (const [year, file] of folder.annual) sources[`annual:${year}`] = file;
    const counted = new Map<string, SourceFile>();
    for (const [key, file] of Object.entries(sources)) if (counts(file)) counted.set(key, file);

    const documents = expectedAll.map((expected): DocumentEntry => {
      const source = counted.get(expected.key) ?? null;
      const written = source ? submittedDate(source.data) : null;
      // With the default as-of (today) a date after today (`future-date`) counts as submitted today: a file that is present is never missing (I4).
      const submitted = written !== null && written > asOf ? asOf : written;
      // A file whose `submitted` cannot be read is submitted, but undated: late (DESIGN §5.1).
      const status: DocumentStatus = source && submitted === null ? { state: 'late', submitted: null, daysLate: null } : documentStatus(expected.due, submitted, asOf);
      return {
        expected,
        status,
        file: folder.rel ? `${folder.rel}/${expected.file}` : expected.file,
        source,
      };
    });
    const byPeriod = <T>(files: Map<string | number, SourceFile>) =>
      [...files.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, file]) => usable<T>(file))
        .filter((doc): doc is Doc<T> => doc !== undefined);
    const member = memberOf(folder);
    return {
      id: folder.id,
      folder,
      member,
      profile: folder.profile?.valid ? { file: folder.profile, data: withRoster(folder.profile.data as UnitDoc, member) } : undefined,
      benchmark: usable<BenchmarkDoc>(folder.benchmark),
      research: usable<ResearchDoc>(folder.research),
      plan: usable<PlanDoc>(folder.plan),
      progress: byPeriod<ProgressDoc>(folder.progress),
      annual: byPeriod<AnnualDoc>(folder.annual),
      documents,
      planDeadline: loaded.campaign.deadlines.plan,
      asOf,
    };
  });

  return { loaded, campaign: loaded.campaign, asOf, asOfIsToday, units, nonMembers, adjustments: adjustmentsAsOf(loaded.adjustments, asOf), notYetSubmitted, namedAfterAsOf };
}

/** adjustments.yaml entries dated on or before the as-of date, with their index in the file. */
function adjustmentsAsOf(file: SourceFile | null, asOf: IsoDate): CampaignState['adjustments'] {
  if (!file?.valid) return [];
  return (file.data as Adjustment[]).map((data, index) => ({ file, data, index })).filter(({ data }) => data.date <= asOf);
}
