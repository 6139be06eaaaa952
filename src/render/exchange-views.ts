// The sections of the quarterly and annual reports on 人员交流 (三(三)2): counts by direction, and the
// people seconded in the year.
import { fill, type Lang, type MessageData } from '../i18n/index.js';
import { sayDate } from '../i18n/periods.js';
import { reportWords, type ReportWordId } from '../i18n/report-words.js';
import type { Exchanges, SecondedPerson } from '../reports/exchanges.js';
import type { Cell, Section } from './view.js';

const words = (lang: Lang) => (id: ReportWordId, data?: MessageData) => fill(reportWords[id][lang], data);

/** 人员交流: the period's total by direction in a sentence, and a row per unit. */
export function exchangeSection(exchanges: Exchanges, lang: Lang): Section {
  const w = words(lang);
  const total = exchanges.out + exchanges.in + exchanges.unstated;
  const number = (n: number): Cell => ({ text: String(n), value: n });
  return {
    heading: w('exchangeSection'),
    ...(total > 0 ? { paragraphs: [w('exchangeNote', { total, out: exchanges.out, in: exchanges.in, unstated: exchanges.unstated })] } : {}),
    table: {
      name: w('exchangeSection'),
      columns: [{ label: w('unitCol') }, { label: w('outCol'), align: 'right' }, { label: w('inCol'), align: 'right' }, { label: w('unstatedCol'), align: 'right' }],
      rows: total > 0 ? exchanges.units.map((u) => [u.short, number(u.out), number(u.in), number(u.unstated)]) : [],
    },
    empty: w('exchangeEmpty'),
  };
}

/** 挂职和交流人员: who, from which unit, in which post, from when to when. */
export function secondedSection(people: SecondedPerson[], lang: Lang): Section {
  const w = words(lang);
  const date = (iso: string | null): Cell => (iso === null ? { text: '—', tone: 'muted' } : { text: sayDate(iso, lang), date: iso });
  return {
    heading: w('secondedSection'),
    table: {
      name: w('secondedSection'),
      columns: [{ label: w('unitCol') }, { label: w('personCol') }, { label: w('postCol') }, { label: w('exchangeTypeCol') }, { label: w('fromCol') }, { label: w('untilCol') }],
      rows: people.map((p) => [p.short, p.person, p.post ?? '', w(`exchange-${p.type}` as ReportWordId), date(p.from), date(p.until)]),
    },
    empty: w('secondedEmpty'),
  };
}
