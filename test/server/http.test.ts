/** The HTTP service on an ephemeral port: every route, every error status, a slow client, many at once, the log. */
import { existsSync, readFileSync } from 'node:fs';
import { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { fc, test as prop } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { InvalidInputError } from '../../src/core/errors.js';
import { answer, ROUTES } from '../../src/server/contract.js';
import { createService, targetOf } from '../../src/server/http.js';
import { halfSentRequest, rawExchange } from './raw-request.js';

const openapiFile = new URL('../../dist/openapi.json', import.meta.url);
const openapi = existsSync(openapiFile) ? JSON.parse(readFileSync(openapiFile, 'utf8')) : { openapi: '3.1.0' };
const logLines: string[] = [];
const log = new Writable({
  write(chunk, _enc, done) {
    logLines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  },
});
const service = createService({ openapi, log, headersTimeout: 1_000, requestTimeout: 5_000, corsOrigins: ['https://form.nav.no'] });
let base = '';
let port = 0;
beforeAll(async () => {
  await new Promise<void>((resolve) => service.server.listen(0, '127.0.0.1', resolve));
  port = (service.server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => service.close(100));

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('the request target', () => {
  const segment = fc.oneof(fc.constantFrom('v1', 'assess', 'plan', '..', '.', '%2e%2E', '%2F', 'a%20b', '', '\\', '#x'), fc.webSegment());
  const query = fc.oneof(
    fc.constant(''),
    fc.webQueryParameters().map((q) => `?${q}`),
    fc.constantFrom('?locale=en', '?locale=e%6E', '?a=1&locale=nb#f', '?locale=en+x'),
  );
  prop.prop([fc.array(segment, { maxLength: 5 }), query, fc.constantFrom('/', '//', '')])(
    'is read as the URL parser reads it: the same path, the same locale asked for',
    (segments, q, lead) => {
      const target = `${lead === '' ? '/' : lead}${segments.join('/')}${q}`;
      // An origin-form target is a path on the service's own origin (never a host of its own, as `//x/…` would be).
      const url = new URL(`http://service.invalid${target}`);
      const { path, search } = targetOf(target);
      expect(path).toBe(url.pathname);
      expect(new URLSearchParams(search).get('locale')).toBe(url.searchParams.get('locale'));
    },
  );

  test('a target that looks like a host is a path: no route, 404, never 500', async () => {
    for (const target of ['//', '//?locale=en', '//x/v1/assess', '//v1/assess']) {
      const reply = await rawExchange(port, (socket) =>
        socket.write(
          `POST ${target} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
        ),
      );
      expect(reply.startsWith('HTTP/1.1 404 '), `${target}: ${reply.split('\r\n')[0]}`).toBe(true);
    }
    expect(targetOf('http://service.invalid/v1/assess?locale=en')).toEqual({ path: '/v1/assess', search: 'locale=en' });
    expect(targetOf('*')).toEqual({ path: '/*', search: '' }); // no route either
  });
});

describe('POST /v1/<kind>', () => {
  test.each(ROUTES.map((r) => [r.kind, r] as const))(
    '%s: 200, the library’s result exactly, in the asked language',
    async (kind, route) => {
      const nb = await post(`/v1/${kind}`, route.example);
      expect(nb.status).toBe(200);
      expect(nb.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await nb.json()).toEqual(plain(answer(kind, route.example, 'nb')));
      const en = await post(`/v1/${kind}?locale=en`, route.example);
      expect(await en.json()).toEqual(plain(answer(kind, route.example, 'en')));
      const header = await post(`/v1/${kind}`, route.example, { 'accept-language': 'de;q=1, en-GB;q=0.8, nb;q=0.5' });
      expect(await header.json()).toEqual(plain(answer(kind, route.example, 'en')));
    },
  );

  test.each(ROUTES.map((r) => [r.kind, r] as const))('%s: the body is JSON.stringify of the answer, byte for byte', async (kind, route) => {
    const res = await post(`/v1/${kind}?locale=en`, route.example);
    expect(await res.text()).toBe(JSON.stringify(answer(kind, route.example, 'en')));
  });

  test('400: the issues InvalidInputError names, in the caller’s language; malformed JSON and a bad locale too', async () => {
    const bad = { referral: 'nav', employment: 'employed', sickLeaveGrade: 15, extra: 1 };
    let expected: unknown;
    try {
      answer('assess', bad, 'en');
    } catch (error) {
      expected = (error as InvalidInputError).issues;
    }
    const r = await post('/v1/assess?locale=en', bad);
    expect(r.status).toBe(400);
    expect(await r.json()).toEqual({ issues: expected });
    const broken = await post('/v1/assess', '{"referral":');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({ issues: [{ path: '', message: 'Kroppen er ikke gyldig JSON.' }] });
    const locale = await post('/v1/assess?locale=de', {});
    expect(locale.status).toBe(400);
    expect(((await locale.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe('locale');
  });

  test('a failure no answer was made for is a 500 with the request id and the CORS headers, and the service goes on', async () => {
    // The first 200 the service tries to write throws, as a fault of its own would.
    const writeHead = ServerResponse.prototype.writeHead;
    let armed = true;
    ServerResponse.prototype.writeHead = function (this: ServerResponse, status: number, ...rest: never[]) {
      if (armed && status === 200) {
        armed = false;
        throw new Error('a fault of the service');
      }
      return writeHead.call(this, status, ...rest);
    } as typeof writeHead;
    try {
      const failed = await fetch(`${base}/isalive`, { headers: { origin: 'https://form.nav.no' } });
      expect(failed.status).toBe(500);
      expect(failed.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(failed.headers.get('access-control-allow-origin')).toBe('https://form.nav.no');
      expect(failed.headers.get('cache-control')).toBe('no-store');
    } finally {
      ServerResponse.prototype.writeHead = writeHead;
    }
    expect((await fetch(`${base}/isalive`)).status).toBe(200);
  });

  test('404 unknown route, 405 with Allow, 415 not JSON', async () => {
    const missing = await fetch(`${base}/v1/nonsense`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'not-found', requestId: missing.headers.get('x-request-id') });
    const wrong = await fetch(`${base}/v1/assess`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST, OPTIONS');
    const get = await fetch(`${base}/isalive`, { method: 'POST' });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('GET, HEAD');
    const form = await fetch(`${base}/v1/assess?locale=en`, {
      method: 'POST',
      body: 'referral=nav',
      headers: { 'content-type': 'text/plain' },
    });
    expect(form.status).toBe(415);
    expect(((await form.json()) as { message: string }).message).toBe('The body must be application/json.');
  });

  test('413 for a 10 MB body, declared or chunked, and the service goes on answering', async () => {
    const tenMb = Buffer.alloc(10 * 1024 * 1024, 0x61);
    const send = (head: string, chunks: Buffer[]) =>
      rawExchange(port, (socket) => {
        socket.write(head);
        for (const chunk of chunks) socket.write(chunk);
      });
    const declared = await send(
      `POST /v1/plan?locale=en HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${tenMb.length}\r\n\r\n`,
      [tenMb],
    );
    expect(declared).toMatch(/^HTTP\/1\.1 413 /);
    expect(declared).toContain('"message":"The body is larger than 65536 bytes."');
    // No length given: the limit is found while reading.
    const chunked = await send(
      'POST /v1/plan HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
      [Buffer.from(`${tenMb.length.toString(16)}\r\n`), tenMb, Buffer.from('\r\n0\r\n\r\n')],
    );
    expect(chunked).toMatch(/^HTTP\/1\.1 413 /);
    const next = await post('/v1/holidays', { year: 2027 });
    expect(next.status).toBe(200);
  });

  test('a body sent in pieces is read whole; a client that leaves mid-body leaves the service answering', async () => {
    const body = JSON.stringify({ start: '2027-03-01', employment: 'employed', weeks: 8 });
    const pieces = await rawExchange(port, (socket) => {
      socket.write(
        `POST /v1/plan HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
      );
      const parts = [body.slice(0, 5), body.slice(5, 30), body.slice(30)];
      parts.forEach((part, i) => {
        setTimeout(() => socket.write(part), 20 * (i + 1));
      });
    });
    expect(pieces).toMatch(/^HTTP\/1\.1 200 /);
    expect(JSON.parse(pieces.slice(pieces.indexOf('\r\n\r\n') + 4))).toEqual(plain(answer('plan', JSON.parse(body), 'nb')));
    const left = await rawExchange(port, (socket) => {
      socket.write(`POST /v1/assess HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"referral":`);
      setTimeout(() => socket.destroy(), 50);
    });
    expect(left).toBe('');
    const next = await post('/v1/holidays', { year: 2027 });
    expect(next.status).toBe(200);
  });

  test('200 concurrent requests, each with its own right answer', async () => {
    const years = Array.from({ length: 200 }, (_, i) => 1900 + i);
    const answers = await Promise.all(years.map((year) => post('/v1/holidays', { year }).then((r) => r.json())));
    answers.forEach((holidays, i) => {
      expect(holidays).toEqual(plain(answer('holidays', { year: years[i] }, 'nb')));
    });
  });
});

describe('GET routes, CORS', () => {
  test('rules, openapi.json, isalive, isready', async () => {
    const rules = (await (await fetch(`${base}/v1/rules?locale=en`)).json()) as { rules: unknown[] };
    expect(rules.rules.length).toBeGreaterThan(40);
    expect(rules.rules[0]).toMatchObject({ id: expect.any(String), title: expect.any(String), sources: expect.any(Array) });
    expect(await (await fetch(`${base}/openapi.json`)).json()).toEqual(openapi);
    expect(await (await fetch(`${base}/isalive`)).text()).toBe('ok\n');
    expect((await fetch(`${base}/isready`)).status).toBe(200);
    const head = await fetch(`${base}/isalive`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  test('only a named origin is allowed; a preflight says what it may send', async () => {
    const named = await post('/v1/travel', { benefit: 'aap' }, { origin: 'https://form.nav.no' });
    expect(named.headers.get('access-control-allow-origin')).toBe('https://form.nav.no');
    const other = await post('/v1/travel', { benefit: 'aap' }, { origin: 'https://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${base}/v1/travel`, { method: 'OPTIONS', headers: { origin: 'https://form.nav.no' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST');
  });
});

describe('slow clients and the log', () => {
  test('a client that sends its headers a byte at a time is cut off', async () => {
    const started = Date.now();
    const closed = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      const text = 'POST /v1/assess HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n';
      let i = 0;
      const timer = setInterval(() => {
        if (!socket.destroyed && i < text.length) socket.write(text[i++] as string);
      }, 200);
      socket.on('close', () => {
        clearInterval(timer);
        resolve(true);
      });
      socket.on('error', () => {});
      setTimeout(() => {
        clearInterval(timer);
        socket.destroy();
        resolve(false);
      }, 8_000);
    });
    expect(closed).toBe(true);
    expect(Date.now() - started).toBeLessThan(6_000);
  });

  test('one line per request with its six fields, and nothing a caller sent', async () => {
    const secret = 'SECRET-7f3a';
    const before = logLines.length;
    await post(
      `/v1/agenda?locale=en&who=${secret}`,
      { cases: [{ id: secret, stay: { start: '2027-01-04', employment: 'employed' } }], asOf: '2027-01-04' },
      {
        'x-case': secret,
      },
    );
    await post(`/v1/${secret}`, { note: secret });
    await post('/v1/assess', `{"referral":"${secret}"`);
    const lines = logLines.slice(before);
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line).not.toContain(secret);
      expect(Object.keys(JSON.parse(line))).toEqual(['time', 'method', 'route', 'status', 'durationMs', 'requestId']);
    }
    expect(lines.map((l) => JSON.parse(l).route)).toEqual(['/v1/agenda', '(unknown)', '/v1/assess']);
  });
});

describe('closing', () => {
  test('close() lets a request in flight finish, then refuses new ones', async () => {
    const other = createService({ openapi, log: new Writable({ write: (_c, _e, done) => done() }) });
    await new Promise<void>((resolve) => other.server.listen(0, '127.0.0.1', resolve));
    const p = (other.server.address() as AddressInfo).port;
    let started = 0;
    let closing: Promise<void> = Promise.resolve();
    const reply = halfSentRequest(p, '/v1/holidays', JSON.stringify({ year: 2027 }), {
      split: 5,
      meanwhile: () => {
        started = Date.now();
        closing = other.close(3_000);
      },
    });
    expect((await reply).startsWith('HTTP/1.1 200 OK')).toBe(true);
    await closing;
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect(fetch(`http://127.0.0.1:${p}/isalive`)).rejects.toThrow();
  });
});

describe('docs/http-api.md', () => {
  const doc = readFileSync(new URL('../../docs/http-api.md', import.meta.url), 'utf8');
  const examples = [...doc.matchAll(/^curl -s (?:-X (\w+) )?'localhost:8080([^']+)'((?: -H '[^']+')*)(?: -d '([^']*)')?\n# (\d{3})$/gm)];

  test('has an example for every route', () => {
    const paths = new Set(examples.map((m) => (m[2] as string).split('?')[0]));
    for (const route of ROUTES) expect(paths.has(`/v1/${route.kind}`)).toBe(true);
    for (const path of ['/v1/rules', '/openapi.json', '/isalive', '/isready']) expect(paths.has(path)).toBe(true);
    expect(examples.length).toBe(doc.match(/^curl /gm)?.length);
  });

  test.each(examples.map((m) => [m[0].split('\n')[0] as string, m] as const))('%s', async (_line, m) => {
    const [, method = 'GET', path, headers = '', body, status] = m;
    const h = Object.fromEntries([...headers.matchAll(/-H '([^:]+): ([^']+)'/g)].map((x) => [x[1] as string, x[2] as string]));
    const r = await fetch(`${base}${path}`, { method, headers: h, ...(body === undefined ? {} : { body }) });
    expect(r.status).toBe(Number(status));
  });
});
