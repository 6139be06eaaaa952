// `ebz status`: the submission matrix — units × every document owed so far, with its state.
import { unitName, unitShortName } from '../model/roster.js';
import type { IsoDate } from '../calendar/dates.js';
import type { DocumentStatus } from '../calendar/schedule.js';
import type { Lang } from '../i18n/index.js';
import { sayMonth } from '../i18n/periods.js';
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

const FIXED_LABELS = {
  benchmark: { zh: '建标', en: 'Benchmark' },
  research: { zh: '调研', en: 'Research' },
  plan: { zh: '方案', en: 'Plan' },
} as const;

export function columnLabel(key: string, lang: Lang): string {
  if (key in FIXED_LABELS) return FIXED_LABELS[key as keyof typeof FIXED_LABELS][lang];
  const [kind, period] = key.split(':') as [string, string];
  if (kind === 'annual') return lang === 'zh' ? `${period}年度` : `${period} review`;
  return sayMonth(period, lang);
}

export function buildStatusReport(state: CampaignState, lang: Lang): StatusReport {
  const first = state.units[0];
  const columns = (first?.documents ?? []).map(({ expected }) => ({ key: expected.key, label: columnLabel(expected.key, lang), due: expected.due }));
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
