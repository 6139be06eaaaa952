// Terminal text helpers: stripping what data must not inject; display width and padding live in layout.ts.

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text from the data as it may safely reach a terminal: no escape sequences, no control characters. */
export function safeText(text: string): string {
  return text.replace(ANSI, '').replace(CONTROL, (c) => (c === '\t' ? ' ' : c === '\n' || c === '\r' ? ' ' : ''));
}

export { displayWidth, padEnd, padStart } from './layout.js';
