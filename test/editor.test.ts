// The campaign folder `ebz init` writes, as an editor sees it: Red Hat's YAML language server (the engine
// of VS Code's YAML extension) driven over stdio with the schema mapping of .vscode/settings.json.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignWith, cli, ROOT, SOUND, tempDir } from './helpers.js';

interface Message {
  id?: number;
  method?: string;
  params?: { uri?: string; diagnostics?: Diagnostic[]; items?: { section?: string }[] };
  result?: unknown;
}
interface Diagnostic {
  range: { start: { line: number; character: number } };
  message: string;
}
interface CompletionItem {
  label: string;
  documentation?: string | { value: string };
  insertText?: string;
}

const WAIT_MS = 20_000;

/** A minimal LSP client: Content-Length framed JSON-RPC over the server's stdin and stdout. */
class LanguageServer {
  private readonly server: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 0;
  private readonly pending = new Map<number, (result: unknown) => void>();
  private readonly notifications: Message[] = [];
  private readonly waiters: (() => void)[] = [];

  constructor(private readonly yamlSettings: object) {
    const bin = join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
    this.server = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.server.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  private send(message: object) {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
    this.server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.server.stdin.write(body);
  }

  private receive(chunk: Buffer) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString()) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      if (message.id !== undefined && message.method === 'workspace/configuration') {
        // The server pulls its settings: the `yaml` section is what VS Code reads from .vscode/settings.json.
        this.send({ id: message.id, result: (message.params?.items ?? []).map((item) => (item.section === 'yaml' ? this.yamlSettings : null)) });
      } else if (message.id !== undefined && message.method) {
        this.send({ id: message.id, result: null });
      } else if (message.id !== undefined) {
        this.pending.get(message.id)?.(message.result);
        this.pending.delete(message.id);
      } else {
        this.notifications.push(message);
        this.waiters.splice(0).forEach((wake) => wake());
      }
    }
  }

  request<T>(method: string, params: object): Promise<T> {
    const id = ++this.nextId;
    return withTimeout(
      new Promise<T>((resolve) => {
        this.pending.set(id, resolve as (result: unknown) => void);
        this.send({ id, method, params });
      }),
      method,
    );
  }

  notify(method: string, params: object) {
    this.send({ method, params });
  }

  /** The diagnostics the server publishes for a document. */
  async diagnostics(uri: string): Promise<Diagnostic[]> {
    return withTimeout(
      (async () => {
        for (;;) {
          const found = this.notifications.find((n) => n.method === 'textDocument/publishDiagnostics' && n.params?.uri === uri);
          if (found) return found.params!.diagnostics!;
          await new Promise<void>((wake) => this.waiters.push(wake));
        }
      })(),
      `diagnostics of ${uri}`,
    );
  }

  async stop() {
    await this.request('shutdown', {}).catch(() => undefined);
    this.notify('exit', {});
    this.server.kill();
  }
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the language server did not answer: ${what}`)), WAIT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const items = (result: CompletionItem[] | { items: CompletionItem[] }) => (Array.isArray(result) ? result : result.items);
const documentation = (item: CompletionItem | undefined) => (typeof item?.documentation === 'object' ? item.documentation.value : item?.documentation);

describe('editor help: yaml-language-server on a folder written by ebz init', () => {
  let dir: string;
  let server: LanguageServer;
  let opened = 0;
  const open = (rel: string, text: string) => {
    const uri = pathToFileURL(join(dir, rel)).href;
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: ++opened, text } });
    return uri;
  };
  const complete = async (uri: string, line: number, character: number) =>
    items(await server.request<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', { textDocument: { uri }, position: { line, character } }));

  beforeAll(async () => {
    dir = join(tempDir(), 'campaign');
    expect(cli(['init', dir]).code).toBe(0);
    const settings = JSON.parse(readFileSync(join(dir, '.vscode', 'settings.json'), 'utf8')) as Record<string, unknown>;
    server = new LanguageServer({ schemas: settings['yaml.schemas'], validate: true, completion: true, hover: true });
    const rootUri = pathToFileURL(dir).href;
    await server.request('initialize', {
      processId: process.pid,
      rootUri,
      locale: 'zh-cn',
      workspaceFolders: [{ uri: rootUri, name: 'campaign' }],
      capabilities: { workspace: { configuration: true }, textDocument: { completion: { completionItem: { snippetSupport: true } } } },
    });
    server.notify('initialized', {});
    server.notify('workspace/didChangeConfiguration', { settings: {} });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  const plan = readFileSync(join(SOUND, 'units', 'fgw', 'plan.yaml'), 'utf8');

  it('a correct plan gets no diagnostics', async () => {
    expect(await server.diagnostics(open('units/fgw/plan.yaml', plan))).toEqual([]);
  }, 60_000);

  it('a date written 2022/2/14 gets a Chinese message that names YYYY-MM-DD, at the value', async () => {
    const found = await server.diagnostics(open('units/gxj/plan.yaml', plan.replace('submitted: 2022-02-14', 'submitted: 2022/2/14')));
    expect(found.map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.message])).toEqual([
      [2, 12, '日期应写作 YYYY-MM-DD：四位年份、两位月份、两位日期，用短横线“-”连接，如 2022-01-04（不写 2022/1/4 或 2022年1月4日）。'],
    ]);
  }, 60_000);

  it('points of 0 in adjustments.yaml get words, not "matches a schema that is not allowed"', async () => {
    const found = await server.diagnostics(open('adjustments.yaml', '- { unit: fgw, points: 0, date: 2022-09-01, reason: 经验做法获推广 }\n'));
    expect(found.map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.message])).toEqual([[1, 24, '分值不能为 0：加分写正数，减分写负数，如 2 或 -1。']]);
  }, 60_000);

  it('completion for status offers the four values, each with its own Chinese description', async () => {
    const uri = open('units/fgw/progress/2022-03.yaml', 'unit: fgw\nperiod: 2022-03\nsubmitted: 2022-04-03\nmeasures:\n  - id: m1\n    status: \n');
    await server.diagnostics(uri);
    const offered = await complete(uri, 5, 12);
    expect(offered.map((item) => [item.label, documentation(item)])).toEqual([
      ['not-started', '未启动'],
      ['in-progress', '推进中'],
      ['done', '已完成'],
      ['blocked', '受阻'],
    ]);
  }, 60_000);

  it('the approval template includes role, and the labels are Chinese titles, not internal names', async () => {
    const uri = open('units/zzb/plan.yaml', 'unit: zzb\n\n');
    await server.diagnostics(uri);
    const offered = await complete(uri, 1, 0);
    expect(offered.find((item) => item.label === 'approval')?.insertText).toBe('approval:\n  by: $1\n  role: $2\n  date: $3');
    expect(offered.find((item) => item.label === 'gaps')?.insertText).toContain('- type: $1');
    const progress = open('units/zzb/progress/2022-03.yaml', 'unit: zzb\nperiod: 2022-03\nsubmitted: 2022-04-03\nmeasures:\n  - \n');
    await server.diagnostics(progress);
    const labels = (await complete(progress, 4, 4)).map((item) => item.label);
    expect(labels).toContain('措施进展');
    expect(labels.filter((label) => /^(measure|measureStatus|indicatorValue|exchange)$/.test(label))).toEqual([]);
  }, 60_000);
});

describe("ebz's own validator beside the editor's keywords", () => {
  it('ignores errorMessage and enumDescriptions: its own messages, one finding per problem', () => {
    const plan = readFileSync(join(SOUND, 'units', 'fgw', 'plan.yaml'), 'utf8')
      .replace('submitted: 2022-02-14', 'submitted: 2022/2/14')
      .replace('type: weakness', 'type: weak');
    const dir = campaignWith({ 'units/fgw/plan.yaml': plan });
    const result = JSON.parse(cli(['check', join(dir, 'units', 'fgw', 'plan.yaml'), '--as-of', '2022-03-01', '--format', 'json']).stdout) as {
      findings: { rule: string; line: number; message: string }[];
    };
    expect(result.findings.filter((f) => f.rule === 'schema').map((f) => [f.line, f.message])).toEqual([
      [2, '报送日期“2022/2/14”格式不正确，应写作 2022-02-14。'],
      [5, '“差距弱项短板第 2 项的类型”的值“weak”不在可选范围内，应为：gap（差距） | weakness（弱项） | shortcoming（短板）。'],
    ]);
  });
});
