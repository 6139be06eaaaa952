// A report laid out for reading: title, facts, sections of tables and charts. Every format renders this.

export type Tone = 'red' | 'yellow' | 'green' | 'muted' | 'strong';

/** A table cell: text to show, and for CSV the plain number when it is one. */
export interface Cell {
  text: string;
  value?: number | null;
  /** The ISO date the text says (2022-08-05 for 2022年8月5日): a real date in a spreadsheet. */
  date?: string;
  tone?: Tone;
  /** The cell in words where there is room for them (a spreadsheet): 按时 for ✓. */
  long?: string;
  /** A traffic light (红灯/黄灯/绿灯): shown with a shape as well as a colour where colour may be lost. */
  light?: boolean;
  /** Decimals the number is shown with (a score: 1), so that a spreadsheet shows 100.0 beside 99.9. */
  decimals?: number;
}

export type CellInput = string | number | null | Cell;

export interface Column {
  label: string;
  align?: 'left' | 'right';
}

export interface Table {
  /** A short name for the table on its own (a spreadsheet's sheet name: 督办清单). */
  name?: string;
  /** The caption a document prints above the table: 表1　2022年第三季度各成员单位得分排名. */
  caption?: string;
  columns: Column[];
  rows: CellInput[][];
}

export interface BarChart {
  kind: 'bars';
  title: string;
  max: number;
  /** Where the axis starts when it does not start at 0, so that close values can be told apart. */
  min?: number;
  bars: { label: string; value: number | null; tone?: Tone }[];
}

export interface MatrixChart {
  kind: 'matrix';
  title: string;
  rows: string[];
  columns: string[];
  cells: (Tone | null)[][];
  legend: { tone: Tone; label: string }[];
}

export interface Section {
  heading: string;
  paragraphs?: string[];
  table?: Table;
  chart?: BarChart | MatrixChart;
  /** Said instead of an empty table. */
  empty?: string;
  /** A paragraph left for the office to write, marked as such (highlighted in a document). */
  fill?: string;
}

export interface View {
  title: string;
  /** The title broken by meaning where a document sets it on several lines (never inside "2022年"). */
  titleLines?: string[];
  /** A line under the title: a document issued before its period closes says so there (DESIGN §6). */
  subtitle?: string;
  meta: string[];
  sections: Section[];
  /** 附件: the full lists a document's body only sums up, each on pages of its own after the 落款. */
  attachments?: Attachment[];
}

export interface Attachment {
  title: string;
  sections: Section[];
}

/** What an official document (公文) says around its view: who issues it, its number, to whom, when. */
export interface Issue {
  office: string;
  coIssuers: string[];
  /** 文号, e.g. 鄂对标办发〔2022〕5号; none when --number is absent. */
  number?: string;
  recipients: string;
  /** Date of issue, ISO (the as-of date of the report). */
  date: string;
  /** 抄送 of the 版记 (campaign.yaml bulletin.copy_to). */
  copyTo?: string[];
}

export function cell(input: CellInput): Cell {
  if (input === null) return { text: '—', value: null };
  if (typeof input === 'number') return { text: String(input), value: input };
  if (typeof input === 'string') return { text: input };
  return input;
}

/** A number to one decimal, or — when it cannot be judged. */
export function oneDecimal(value: number | null | undefined): Cell {
  return value === null || value === undefined ? { text: '—', value: null } : { text: value.toFixed(1), value: Number(value.toFixed(1)), decimals: 1 };
}
