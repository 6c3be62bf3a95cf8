/**
 * A tiny node:http static server with test hooks, used by the browser tests (tests/e2e/global-setup.ts
 * starts it for every e2e run; helpers.ts drives its hooks) and by the benchmark (scripts/bench.ts).
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.arrow': 'application/vnd.apache.arrow.stream',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.gz': 'application/gzip',
};

/** What the server does with a request whose path matches a rule. */
export type ServeMode = 'missing' | 'corrupt' | 'error' | 'slow';

/** A rule as sent over the wire: `pattern` is a substring of the URL path, or a RegExp source when `regex`. */
export interface ServeRule {
  pattern: string;
  regex?: boolean;
  flags?: string;
  mode: ServeMode;
  /** For 'slow': delay before answering (ms, default 2000). */
  delayMs?: number;
}

export interface RequestLogEntry {
  path: string;
  status: number;
  bytes: number;
  mode: ServeMode | null;
}

export interface StaticServer {
  url: string;
  port: number;
  rules: ServeRule[];
  headers: Record<string, string>;
  log: RequestLogEntry[];
  close(): Promise<void>;
}

/**
 * Corrupt a body deterministically: keep the first ~40 % (so magic bytes / an opening brace survive
 * and the parser really has to fail), then append garbage.
 */
export function corruptBytes(body: Buffer): Buffer {
  const keep = body.subarray(0, Math.max(1, Math.floor(body.length * 0.4)));
  const garbage = Buffer.from('\u0000\u00ff\u00fe garbage \u0001\u0002{"[', 'latin1');
  return Buffer.concat([keep, garbage]);
}

function matches(rule: ServeRule, urlPath: string): boolean {
  if (rule.regex) return new RegExp(rule.pattern, rule.flags ?? '').test(urlPath);
  return urlPath.includes(rule.pattern);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': data.length });
  res.end(data);
}

/**
 * Serve `root` on 127.0.0.1 (random port unless given). Test hooks (JSON):
 *   GET  /__test/rules            → ServeRule[]
 *   POST /__test/rules            body ServeRule  → adds (replacing a rule with the same pattern)
 *   POST /__test/rules/clear      → removes all rules
 *   POST /__test/headers          body Record<string,string> → extra headers on every static response ({} clears)
 *   GET  /__test/log              → RequestLogEntry[] ; POST /__test/log/clear
 *   POST /__test/reset            → clears rules, headers, log
 */
export async function startStaticServer(root: string, opts: { port?: number } = {}): Promise<StaticServer> {
  const rootAbs = path.resolve(root);
  const state = { rules: [] as ServeRule[], headers: {} as Record<string, string>, log: [] as RequestLogEntry[] };

  async function handleTest(req: IncomingMessage, res: ServerResponse, p: string): Promise<void> {
    const method = req.method ?? 'GET';
    if (p === '/__test/rules' && method === 'GET') return sendJson(res, 200, state.rules);
    if (p === '/__test/rules' && method === 'POST') {
      const rule = JSON.parse(await readBody(req)) as ServeRule;
      if (!rule || typeof rule.pattern !== 'string' || !['missing', 'corrupt', 'error', 'slow'].includes(rule.mode)) {
        return sendJson(res, 400, { error: 'bad rule' });
      }
      state.rules = state.rules.filter((r) => !(r.pattern === rule.pattern && !!r.regex === !!rule.regex));
      state.rules.push(rule);
      return sendJson(res, 200, state.rules);
    }
    if (p === '/__test/rules/remove' && method === 'POST') {
      const { pattern, regex } = JSON.parse(await readBody(req)) as { pattern: string; regex?: boolean };
      state.rules = state.rules.filter((r) => !(r.pattern === pattern && !!r.regex === !!regex));
      return sendJson(res, 200, state.rules);
    }
    if (p === '/__test/rules/clear' && method === 'POST') {
      state.rules = [];
      return sendJson(res, 200, state.rules);
    }
    if (p === '/__test/headers' && method === 'POST') {
      state.headers = JSON.parse(await readBody(req)) as Record<string, string>;
      return sendJson(res, 200, state.headers);
    }
    if (p === '/__test/log' && method === 'GET') return sendJson(res, 200, state.log);
    if (p === '/__test/log/clear' && method === 'POST') {
      state.log = [];
      return sendJson(res, 200, []);
    }
    if (p === '/__test/reset' && method === 'POST') {
      state.rules = [];
      state.headers = {};
      state.log = [];
      return sendJson(res, 200, {});
    }
    return sendJson(res, 404, { error: 'unknown test hook' });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    let p: string;
    try {
      p = decodeURIComponent(u.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (p.startsWith('/__test/')) return handleTest(req, res, p);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const entry: RequestLogEntry = { path: p, status: 200, bytes: 0, mode: null };
    state.log.push(entry);
    const rule = state.rules.find((r) => matches(r, p));
    entry.mode = rule?.mode ?? null;
    const finish = (status: number, headers: Record<string, string | number>, body?: Buffer) => {
      entry.status = status;
      entry.bytes = body?.length ?? 0;
      res.writeHead(status, { ...state.headers, ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (rule?.mode === 'missing') return finish(404, { 'Content-Type': 'text/plain' }, Buffer.from('Not found (test rule)'));
    if (rule?.mode === 'error') return finish(500, { 'Content-Type': 'text/plain' }, Buffer.from('Server error (test rule)'));
    if (rule?.mode === 'slow') await new Promise((r) => setTimeout(r, rule.delayMs ?? 2000));

    let file = path.join(rootAbs, path.normalize(p));
    if (!file.startsWith(rootAbs)) return finish(403, { 'Content-Type': 'text/plain' }, Buffer.from('Forbidden'));
    try {
      const st = await stat(file);
      if (st.isDirectory()) file = path.join(file, 'index.html');
    } catch {
      return finish(404, { 'Content-Type': 'text/plain' }, Buffer.from('Not found'));
    }
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return finish(404, { 'Content-Type': 'text/plain' }, Buffer.from('Not found'));
    }
    if (rule?.mode === 'corrupt') body = corruptBytes(body);
    const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    finish(200, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-store' }, body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(e));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    get rules() {
      return state.rules;
    },
    set rules(r: ServeRule[]) {
      state.rules = r;
    },
    get headers() {
      return state.headers;
    },
    set headers(h: Record<string, string>) {
      state.headers = h;
    },
    get log() {
      return state.log;
    },
    set log(l: RequestLogEntry[]) {
      state.log = l;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
