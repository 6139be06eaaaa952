// Report objects laid out as views, in the user's language: one file per report under views/.
export * from './views/words.js';
export * from './views/status.js';
export * from './views/score.js';
export * from './views/monthly.js';
export * from './views/annual.js';
export * from './views/yearend.js';
export * from './views/experience.js';
