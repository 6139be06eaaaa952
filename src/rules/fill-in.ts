// What to write for a missing required field: the YAML line to add, filled with what the campaign
// knows (the signer from the roster or unit.yaml, the unit's id, the date the check is made).
import type { Report } from '../model/finding.js';
import { personOnDate } from '../model/people.js';
import type { CampaignState } from '../model/state.js';

/** The one line of YAML that supplies `missing` in `report`'s file, or null when ebz cannot fill it. */
function lineToAdd(missing: string, report: Report, state: CampaignState): string | null {
  const unit = state.units.find((u) => u.id === report.unit);
  const date = state.asOf;
  switch (missing) {
    case 'approval': {
      // 三(一)2: a party department signs by its principal, any other unit by its leader in charge (the roster's, under a roster).
      const profile = unit?.profile?.data;
      const role = profile?.kind === 'party-department' ? 'principal' : 'leader-in-charge';
      const by = personOnDate(role === 'principal' ? profile?.principal : profile?.leader_in_charge, date)?.name;
      return `approval: { by: ${by ?? '待补充'}, role: ${role}, date: ${date} }`;
    }
    case 'submitted':
      return `submitted: ${date}`;
    case 'unit':
      return report.unit ? `unit: ${report.unit}` : null;
    case 'period': {
      const month = /(\d{4}-\d{2})\.ya?ml$/.exec(report.file)?.[1];
      return month ? `period: ${month}` : null;
    }
    case 'year': {
      const year = /(\d{4})\.ya?ml$/.exec(report.file)?.[1];
      return year ? `year: ${year}` : null;
    }
    default:
      return null;
  }
}

/** A missing top-level field of a unit's file, with the line to add where ebz can fill it. */
export function withLinesToAdd(reports: readonly Report[], state: CampaignState): Report[] {
  return reports.map((report) => {
    if (report.rule !== 'schema' || report.messageId !== 'required' || report.data.itemList !== undefined) return report;
    const line = typeof report.data.missing === 'string' ? lineToAdd(report.data.missing, report, state) : null;
    return line ? { ...report, messageId: 'requiredAdd', data: { ...report.data, line } } : report;
  });
}
