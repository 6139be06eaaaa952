// Writes the rule tables of README.md from the rule registry (run after a build): node scripts/readme-rules.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { renderRulesMd } from '../dist/render/rules.js';

const file = new URL('../README.md', import.meta.url);
let text = readFileSync(file, 'utf8');
for (const lang of ['zh', 'en']) {
  const start = `<!-- rules:${lang} -->\n`;
  const end = `<!-- /rules:${lang} -->`;
  const from = text.indexOf(start) + start.length;
  const to = text.indexOf(end);
  if (from < start.length || to < 0) throw new Error(`README.md lacks the ${lang} rule table markers`);
  text = text.slice(0, from) + renderRulesMd(lang) + text.slice(to);
}
writeFileSync(file, text);
