/**
 * `arr-rules serve`: the library over HTTP on `node:http`, for systems that cannot import it. One POST route per kind
 * of case (`/v1/<kind>`, the CLI's batch kinds), the body the function's input, 200 the library's result exactly.
 * Errors are JSON in the caller's language and never a stack trace. One JSON log line per request names the method,
 * route, status, duration and request id, and nothing a caller sent: no body, no query value, no header value.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Writable } from 'node:stream';
import { InvalidInputError } from '../core/errors.js';
import { isLocale, type Locale } from '../core/locale.js';
import { RULES } from '../rules.js';
import { answerBytes, ROUTES } from './contract.js';

export interface ServiceOptions {
  /** The OpenAPI document served at /openapi.json. */
  readonly openapi: object;
  /** Where the log lines go (one JSON object per line). */
  readonly log: Writable;
  /** The largest body taken, in bytes (64 KiB by default). */
  readonly maxBody?: number;
  /** Origins allowed to call from a browser; none by default (CORS off). */
  readonly corsOrigins?: readonly string[];
  /** How long a client may take to send its headers, and its whole request, in ms. */
  readonly headersTimeout?: number;
  readonly requestTimeout?: number;
  /** The most connections held at once; more are refused at accept. */
  readonly maxConnections?: number;
}

export const MAX_BODY = 64 * 1024;
const KINDS = new Set(ROUTES.map((r) => r.kind));
const GETS = new Set(['/v1/rules', '/openapi.json', '/isalive', '/isready']);
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

const t = (locale: Locale, nb: string, en: string) => (locale === 'nb' ? nb : en);

/** The locale of a request: `?locale=` first (an unknown one is an issue), then Accept-Language by q-value, else nb. */
function localeOf(search: string, header: string | undefined): Locale | { bad: true } {
  // `locale=en` and `locale=nb`, what clients send, are read as they stand; any other query by URLSearchParams.
  if (search === 'locale=en' || search === 'locale=nb') return search === 'locale=en' ? 'en' : 'nb';
  const query = search === '' ? null : new URLSearchParams(search).get('locale');
  if (query !== null) return isLocale(query) ? query : { bad: true };
  if (header === undefined || header === '') return 'nb';
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { lang: tag.split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), i };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { lang } of ranked) {
    if (lang === 'nb' || lang === 'no' || lang === 'nn') return 'nb';
    if (lang === 'en') return 'en';
  }
  return 'nb';
}

/**
 * The path and the query (without its `?`) of a request target. An origin-form target (`/path?query`, what clients
 * send) is a path as it stands: `//x/v1/assess` is that path, not the host `x`. Anything but a plain path (percent
 * escapes, dot segments, a backslash, a fragment) and an absolute-form target are read by the URL parser; a target it
 * cannot read has an empty path, which no route has.
 */
export function targetOf(target: string): { path: string; search: string } {
  const q = target.indexOf('?');
  const raw = q < 0 ? target : target.slice(0, q);
  const search = q < 0 ? '' : target.slice(q + 1);
  if (raw.startsWith('/') && !/[%\\#]|\/\./.test(raw) && !search.includes('#')) return { path: raw, search };
  try {
    const url = target.startsWith('/') ? new URL(`${ORIGIN}${target}`) : new URL(target, ORIGIN);
    return { path: url.pathname, search: url.search.slice(1) };
  } catch {
    return { path: '', search: '' };
  }
}

const ORIGIN = 'http://service.invalid';

/** The route a log line may name: a known one, or a fixed word; never the path a caller made up. */
function routeOf(path: string): string {
  if (path.startsWith('/v1/') && KINDS.has(path.slice(4))) return path;
  return GETS.has(path) ? path : '(unknown)';
}

/** Starts the service; resolves once it listens. `close` stops accepting, lets requests in flight finish, and resolves. */
export function createService(options: ServiceOptions): { server: Server; close: (graceMs?: number) => Promise<void> } {
  const maxBody = options.maxBody ?? MAX_BODY;
  const cors = new Set(options.corsOrigins ?? []);
  const openapi = JSON.stringify(options.openapi);
  let ready = true;
  const catalogue = {
    nb: JSON.stringify({ rules: RULES.map((r) => ({ ...r, title: r.title.nb, description: r.description.nb })) }),
    en: JSON.stringify({ rules: RULES.map((r) => ({ ...r, title: r.title.en, description: r.description.en })) }),
  };

  const server = createServer(
    {
      headersTimeout: options.headersTimeout ?? 10_000,
      requestTimeout: options.requestTimeout ?? 30_000,
      keepAliveTimeout: 5_000,
      connectionsCheckingInterval: Math.min(1_000, options.headersTimeout ?? 1_000),
    },
    (req, res) => {
      const requestId = randomUUID();
      // Every answer's own headers, in one list: writeHead takes a list as it stands, where headers set one by one are
      // kept in a map and merged. The last guard's 500 carries them too.
      const origin = req.headers.origin;
      const allowed = origin !== undefined && cors.has(origin);
      const common = ['X-Request-Id', requestId, 'Cache-Control', 'no-store', 'X-Content-Type-Options', 'nosniff'];
      if (allowed) common.push('Access-Control-Allow-Origin', origin, 'Vary', 'Origin');
      guard(res, common, () => handle(req, res, requestId, common, allowed));
    },
  );
  server.maxConnections = options.maxConnections ?? 512;
  server.maxRequestsPerSocket = 1_000;

  // Log lines finished in one turn of the event loop are written together: one write (a system call when standard
  // output is a file or a terminal) per turn instead of one per request.
  let pending = '';
  const flushLog = () => {
    // Already written by close(), which does not wait for the turn.
    if (pending === '') return;
    const lines = pending;
    pending = '';
    options.log.write(lines);
  };
  function log(line: string): void {
    if (pending === '') setImmediate(flushLog);
    pending += line;
  }

  /** handle answers every failure itself; this last guard only keeps the process up, and answers 500 if none was sent. */
  function guard(res: ServerResponse, common: string[], run: () => void): void {
    try {
      run();
    } catch {
      if (!res.headersSent) res.writeHead(500, common).end();
    }
  }

  /** One request; `allowed` when its origin is one CORS lets in (its headers are in `common`). */
  function handle(req: IncomingMessage, res: ServerResponse, requestId: string, common: string[], allowed: boolean) {
    const started = performance.now();
    const { path, search } = targetOf(req.url ?? '/');
    const route = routeOf(path);
    const method = METHODS.has(req.method ?? '') ? (req.method as string) : 'OTHER';
    const asked = localeOf(search, req.headers['accept-language']);
    const locale: Locale = typeof asked === 'string' ? asked : 'nb';
    res.on('finish', () => {
      const ms = Math.round((performance.now() - started) * 10) / 10;
      // Every value is the service's own (a fixed word, a number, a UUID, a time): none needs escaping.
      log(
        `{"time":"${new Date().toISOString()}","method":"${method}","route":"${route}","status":${res.statusCode},"durationMs":${ms},"requestId":"${requestId}"}\n`,
      );
    });
    const send = (
      status: number,
      text: string | Buffer,
      type = 'application/json; charset=utf-8',
      headers: Record<string, string> = {},
    ) => {
      // Encoded once: the length and the bytes sent come from the same buffer.
      const body = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
      const list = [...common, 'Content-Type', type, 'Content-Length', String(body.length)];
      for (const name in headers) list.push(name, headers[name] as string);
      // Once closing, each answer ends its connection, so the service is done as soon as the requests in flight are.
      if (!ready && !('Connection' in headers)) list.push('Connection', 'close');
      res.writeHead(status, list);
      res.end(method === 'HEAD' ? undefined : body);
    };
    const fail = (status: number, error: string, nb: string, en: string, headers?: Record<string, string>) =>
      send(status, JSON.stringify({ error, message: t(locale, nb, en), requestId }), undefined, headers);

    const isKind = path.startsWith('/v1/') && KINDS.has(path.slice(4));
    if (!isKind && !GETS.has(path)) {
      drain(req);
      return fail(404, 'not-found', 'Ingen slik adresse.', 'No such route.');
    }
    const allow = isKind ? 'POST, OPTIONS' : 'GET, HEAD';
    if (isKind && method === 'OPTIONS') {
      drain(req);
      const preflight = allowed
        ? {
            'Access-Control-Allow-Methods': 'POST',
            'Access-Control-Allow-Headers': 'Content-Type, Accept-Language',
            'Access-Control-Max-Age': '600',
          }
        : {};
      res.writeHead(204, [...common, 'Allow', allow, ...Object.entries(preflight).flat()]);
      res.end();
      return;
    }
    if (isKind ? method !== 'POST' : method !== 'GET' && method !== 'HEAD') {
      drain(req);
      return fail(405, 'method-not-allowed', `Bare ${allow} her.`, `Only ${allow} here.`, { Allow: allow });
    }
    if (typeof asked !== 'string') {
      drain(req);
      return send(400, JSON.stringify({ issues: [{ path: 'locale', message: 'Forventet nb eller en. / Expected nb or en.' }] }));
    }
    if (!isKind) {
      drain(req);
      if (path === '/isalive') return send(200, 'ok\n', 'text/plain; charset=utf-8');
      if (path === '/isready')
        return ready ? send(200, 'ok\n', 'text/plain; charset=utf-8') : send(503, 'shutting down\n', 'text/plain; charset=utf-8');
      if (path === '/openapi.json') return send(200, openapi);
      return send(200, catalogue[locale]);
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      drain(req);
      return fail(415, 'unsupported-media-type', 'Kroppen må være application/json.', 'The body must be application/json.');
    }
    const declared = Number(req.headers['content-length']);
    if (declared > maxBody) return tooLarge();
    readBody(req, maxBody, (body) => guard(res, common, () => (body === null ? tooLarge() : answerBody(body))));

    function answerBody(body: Buffer) {
      let input: unknown;
      try {
        input = JSON.parse(body.toString('utf8').replace(/^\uFEFF/, ''));
      } catch {
        return send(
          400,
          JSON.stringify({ issues: [{ path: '', message: t(locale, 'Kroppen er ikke gyldig JSON.', 'The body is not valid JSON.') }] }),
        );
      }
      let result: Buffer;
      try {
        result = answerBytes(path.slice(4), input, locale);
      } catch (error) {
        if (error instanceof InvalidInputError) return send(400, JSON.stringify({ issues: error.issues }));
        // Logged by its request id only: an error's message could hold a value from the body.
        return fail(500, 'internal', `Uventet feil (forespørsel ${requestId}).`, `Unexpected error (request ${requestId}).`);
      }
      return send(200, result);
    }

    function tooLarge() {
      // The rest of the body is not read: the connection closes after the answer, and the server goes on with others.
      fail(413, 'payload-too-large', `Kroppen er større enn ${maxBody} byte.`, `The body is larger than ${maxBody} bytes.`, {
        Connection: 'close',
      });
      res.on('finish', () => req.destroy());
    }
  }

  /** Calls back with the body, or with null once it passes the limit (then reading stops); a failed read calls nothing. */
  function readBody(req: IncomingMessage, limit: number, done: (body: Buffer | null) => void): void {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        done(null);
      } else chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => done(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size)));
  }

  /** Reads and drops a body that will not be used, so the connection can carry the next request. */
  function drain(req: IncomingMessage): void {
    req.resume();
  }

  async function close(graceMs = 5_000): Promise<void> {
    ready = false;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    await closed;
    clearTimeout(timer);
    if (pending !== '') flushLog();
  }

  return { server, close };
}
