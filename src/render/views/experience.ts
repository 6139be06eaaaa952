// 经验做法汇编: the learned experience and achievements by domain (一、…) and benchmark region (（一）学习…),
// each item with its unit, year and the measures it came from. One view for every format; the docx is
// the same text laid out like a bulletin, with no score of any kind (a 汇编 is not a 通报).
import type { Lang } from '../../i18n/index.js';
import { sayOrdinal } from '../../i18n/numerals.js';
import { sayDate, sayYear } from '../../i18n/periods.js';
import type { ReportWordId } from '../../i18n/report-words.js';
import type { ExperienceItem, ExperienceReport } from '../../reports/experience.js';
import type { Section, View } from '../view.js';
import { wordsFor, type Words } from './words.js';

/** A sentence as written, closed with a full stop when it has none. */
function sentence(text: string, w: Words): string {
  const trimmed = text.trim();
  if (/[。！？.!?]$/.test(trimmed)) return trimmed;
  return trimmed + (w.lang === 'zh' ? '。' : '.');
}

function itemParagraph(item: ExperienceItem, index: number, w: Words): string {
  const year = sayYear(item.year, w.lang);
  if (item.kind === 'achievement') {
    const kind = item.category ? w(`achievement-${item.category}`) : w('experienceAchievementKind');
    return w('experienceAchievement', { index, title: item.title, unit: item.short, year, level: w(item.level as ReportWordId), kind, description: sentence(item.text, w) });
  }
  const measures = item.measureTitles.length > 0 ? w('experienceMeasures', { titles: item.measureTitles.join(w('docReasonSeparator')) }) : w('experienceNoMeasures');
  return w('experienceLearned', { index, title: item.title, unit: item.short, year, summary: sentence(item.text, w) }) + measures;
}

/** The title of the compilation: 鄂尔多斯市对标先进经验做法汇编. */
export function experienceTitle(city: string, lang: Lang): string {
  return wordsFor(lang)('experienceTitle', { city });
}

export function experienceView(report: ExperienceReport, city: string, lang: Lang): View {
  const w = wordsFor(lang);
  const sections: Section[] = report.domains.flatMap((domain, d) => [
    { heading: `${sayOrdinal(d + 1, lang)}${lang === 'zh' ? '、' : '. '}${domain.name ?? w('experienceNoDomain')}` },
    ...domain.regions.map(
      (region, r): Section => ({
        heading: w('experienceRegion', { index: sayOrdinal(r + 1, lang), region: region.region ?? w('experienceNoRegion') }),
        paragraphs: region.items.map((item, i) => itemParagraph(item, i + 1, w)),
      }),
    ),
  ]);
  const { units, learned, achievements } = report.summary;
  const intro = learned + achievements === 0 ? w('experienceEmpty') : w('experienceIntro', { asOf: sayDate(report.asOf, lang), units, learned, achievements });
  return { title: experienceTitle(city, lang), meta: [intro], sections };
}
