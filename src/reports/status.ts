// `ebz status`: the submission matrix — units × every document owed so far, with its state.
import { unitName, unitShortName } from '../model/roster.js';
import type { IsoDate } from '../calendar/dates.js';
import { documentCovers, type DocumentStatus } from '../calendar/schedule.js';
import type { Lang } from '../i18n/index.js';
import { documentLabel } from '../i18n/periods.js';
import type { CampaignState } from '../model/state.js';

export interface StatusColumn {
  key: string;
  label: string;
  due: IsoDate;
}

export interface StatusReport {
  campaign: string;
  title: string;
  asOf: IsoDate;
  columns: StatusColumn[];
  units: { unit: string; name: string; short: string; cells: Record<string, DocumentStatus> }[];
}

export function buildStatusReport(state: CampaignState, lang: Lang): StatusReport {
  const first = state.units[0];
  const columns = (first?.documents ?? []).map(({ expected }) => ({ key: expected.key, label: documentLabel(expected.key, lang, documentCovers(state.campaign, expected.key)), due: expected.due }));
  return {
    campaign: state.campaign.id,
    title: state.campaign.title,
    asOf: state.asOf,
    columns,
    units: state.units.map((unit) => ({
      unit: unit.id,
      name: unitName(unit),
      short: unitShortName(unit),
      cells: Object.fromEntries(unit.documents.map((d) => [d.expected.key, d.status])),
    })),
  };
}
