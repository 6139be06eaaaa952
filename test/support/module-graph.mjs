// Prints (on stderr, after a line `--modules--`) every module file a command loads: `node module-graph.mjs ARGS…`
// runs bin/ebz.js with ARGS under a resolve hook that notes each module Node loads.
import { createRequire, register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';

const loaded = new Set();
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => loaded.add(url));
port1.unref();
register('./module-graph-hooks.mjs', import.meta.url, { data: { port: port2 }, transferList: [port2] });
process.on('exit', () => {
  // Messages still queued are received synchronously here. Modules required as CommonJS (yaml is, when
  // a file needs the exact path) never pass the hook: Node's require cache lists them.
  for (const file of Object.keys(createRequire(import.meta.url).cache)) loaded.add(file);
  process.stderr.write(`--modules--\n${[...loaded].join('\n')}\n`);
});
await import('../../bin/ebz.js');
