// A report laid out for reading: title, facts, sections of tables and charts. Every format renders this.

export type Tone = 'red' | 'yellow' | 'green' | 'muted' | 'strong';

/** A table cell: text to show, and for CSV the plain number when it is one. */
export interface Cell {
  text: string;
  value?: number | null;
  tone?: Tone;
}

export type CellInput = string | number | null | Cell;

export interface Column {
  label: string;
  align?: 'left' | 'right';
}

export interface Table {
  columns: Column[];
  rows: CellInput[][];
}

export interface BarChart {
  kind: 'bars';
  title: string;
  max: number;
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
}

export interface View {
  title: string;
  meta: string[];
  sections: Section[];
}

export function cell(input: CellInput): Cell {
  if (input === null) return { text: '—', value: null };
  if (typeof input === 'number') return { text: String(input), value: input };
  if (typeof input === 'string') return { text: input };
  return input;
}

/** A number to one decimal, or — when it cannot be judged. */
export function oneDecimal(value: number | null | undefined): Cell {
  return value === null || value === undefined ? { text: '—', value: null } : { text: value.toFixed(1), value: Number(value.toFixed(1)) };
}
