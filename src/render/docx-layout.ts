// The numbers of GB/T 9704-2012 a Word bulletin is laid out by, each computed from the millimetres the standard gives.

/** Twips in one millimetre: 1440 twips an inch, 25.4 mm an inch (56.6929). */
export const MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * MM);

/** 5.2.1 and 5.2.2: A4 (210 × 297 mm); 天头 37 mm, bottom 35 mm, 订口 28 mm, right 26 mm, so a 版心 of 156 × 225 mm. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: twips(37), bottom: twips(35), left: twips(28), right: twips(26) },
};
/** The width of the 版心: 156 mm (8845 twips). */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** Half-points: 三号 16 pt body, 二号 22 pt title, 26 pt 发文机关标志, 四号 14 pt page numbers and 版记, 五号 10.5 pt tables. */
export const SIZE = { body: 32, title: 44, header: 52, fourth: 28, table: 21 };

/** 5.2.2: 22 lines of 28 characters on the 版心. */
export const LINES = 22;
export const CHARS = 28;
/** The line pitch: 225 mm / 22 lines = 10.23 mm = 579 twips (28.95 pt). */
export const LINE = Math.floor((225 * MM) / LINES);
/**
 * The character pitch: 28 characters on 156 mm (8845 twips) is floor(8845 / 28) = 315 twips, 5 twips under a
 * 16 pt glyph: every run of the Normal style is set 5 twips (0.25 pt) tighter (w:spacing w:val="-5"), and the
 * section's grid (w:docGrid w:type="lines") holds the 22 lines. A grid of type "linesAndChars" with
 * w:charSpace="-841" does the same in Word, but LibreOffice then gives each glyph two grid cells (14 a line).
 */
export const CHAR = Math.floor(TEXT_WIDTH / CHARS);
export const CHAR_SPACING = CHAR - SIZE.body * 10;

/**
 * 7.2.2: the top of the 发文机关标志 lies 35 mm below the top of the 版心. Its lines are of the grid's pitch (a
 * line of 26 pt glyphs takes two lines of the grid in LibreOffice, one in Word); the glyphs' top lies HEADER_GLYPH
 * mm below the top of the first (measured on the PDF LibreOffice makes: 6.65 mm), so the first line's space
 * before is 35 − 6.65 = 28.35 mm = 1607 twips.
 */
export const HEADER_LINE = LINE;
const HEADER_GLYPH = 6.65;
export const HEADER_BEFORE = twips(35 - HEADER_GLYPH);

/**
 * 7.2.5: the red rule 4 mm beneath the 文号. The border is drawn below the 文号's line, whose bottom lies 2.4 mm
 * under the glyphs (measured): the border's distance from the text is 1.6 mm = 4.5 pt, written 5 (points).
 */
export const RULE_SPACE = Math.round(((4 - 2.4) * 72) / 25.4);

/**
 * 7.5: the page number "— 1 —" in 四号 (14 pt), its top 7 mm below the 版心, 28 mm above the page's bottom edge.
 * The footer's line is exactly 14 pt (280 twips, 4.94 mm) and the digits' top lies 0.6 mm under the line's top
 * (measured), so the footer's bottom edge lies at 28 + 0.6 − 4.94 = 23.66 mm: 1621 − 280 = 1341 twips.
 */
export const PAGE_NUMBER_LINE = 280;
const PAGE_NUMBER_GLYPH = 0.6;
export const FOOTER_DISTANCE = twips(35 - 7 + PAGE_NUMBER_GLYPH) - PAGE_NUMBER_LINE;


/** 5.2.2: the 版心 is 225 mm high (12756 twips): the 版记 lies against its bottom edge. */
export const TEXT_HEIGHT = PAGE.height - PAGE.margin.top - PAGE.margin.bottom;

/** The title on a line: 二号 22 pt glyphs, 8845 / 440 = 20 of them. */
export const TITLE_LINE_CHARS = Math.floor(TEXT_WIDTH / (SIZE.title * 10));

/**
 * The title's lines: 二号 (22 pt) glyphs on lines of the grid's pitch. A line taller than the pitch takes two
 * lines of the grid in LibreOffice (measured), but only its own height in Word: on the pitch, both agree.
 */
export const TITLE_LINE = LINE;
