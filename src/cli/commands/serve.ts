/** `arr-rules serve`: the HTTP service (src/server/http.ts) until SIGTERM or SIGINT; then it drains and exits 0. */
import { readFile } from 'node:fs/promises';
import { createService, MAX_BODY } from '../../server/http.js';
import { wholeNumber } from '../args.js';
import type { Command } from '../command.js';
import { t, UsageError } from '../io.js';
import { SPECS } from './specs.js';

/** How long requests in flight may take to finish once the service is told to stop. */
const GRACE_MS = 5_000;

/**
 * What V8's young generation may grow to in the service (see cli/memory.ts): measured under 100 connections, it
 * answers about as many requests as with V8's own growth (between 3 % more and 11 % fewer in the last two bench runs,
 * one 60-second run each), and its memory stays at about 140 MiB where V8's own climbs.
 */
const YOUNG_BYTES = 32 * 1024 * 1024;

export const serve: Command = {
  ...SPECS['serve'],
  async run({ io, locale, values, args }) {
    if (args.length > 0) throw new UsageError(t(locale, 'serve tar ingen FIL.', 'serve takes no FILE.'));
    const host = values.host ?? '127.0.0.1';
    const port = values.port === undefined ? 8080 : wholeNumber(values.port, '--port', 0, 65_535, locale);
    const maxBody =
      values['max-body'] === undefined ? MAX_BODY : wholeNumber(values['max-body'], '--max-body', 2, 64 * 1024 * 1024, locale);
    const corsOrigins = (values['cors-origin'] as string[] | undefined) ?? [];
    for (const origin of corsOrigins) {
      let ok = false;
      try {
        const url = new URL(origin);
        ok = (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === origin;
      } catch {}
      if (!ok)
        throw new UsageError(
          t(
            locale,
            `--cors-origin: forventet en opprinnelse som https://eksempel.no, fikk «${origin}».`,
            `--cors-origin: expected an origin such as https://example.org, got "${origin}".`,
          ),
        );
    }
    let openapi: object;
    try {
      openapi = JSON.parse(await readFile(new URL('./openapi.json', import.meta.url), 'utf8'));
    } catch {
      throw new UsageError(
        t(
          locale,
          'openapi.json mangler ved siden av cli.js; bygg pakken (npm run build).',
          'openapi.json is missing beside cli.js; build the package (npm run build).',
        ),
      );
    }
    await io.keepMemoryFlat?.(YOUNG_BYTES);
    const service = createService({ openapi, log: io.stdout, maxBody, corsOrigins });
    await new Promise<void>((resolve, reject) => {
      service.server.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          new UsageError(
            t(
              locale,
              `Kan ikke lytte på ${host}:${port} (${error.code ?? '?'}).`,
              `Cannot listen on ${host}:${port} (${error.code ?? '?'}).`,
            ),
          ),
        ),
      );
      service.server.listen(port, host, () => resolve());
    });
    const address = service.server.address();
    io.stdout.write(
      `${JSON.stringify({ time: new Date().toISOString(), message: 'listening', host, port: typeof address === 'object' && address !== null ? address.port : port })}\n`,
    );
    await new Promise<void>((resolve) => {
      const stop = () => {
        io.signals?.off('SIGTERM', stop);
        io.signals?.off('SIGINT', stop);
        resolve();
      };
      io.signals?.once('SIGTERM', stop);
      io.signals?.once('SIGINT', stop);
    });
    await service.close(GRACE_MS);
    io.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), message: 'stopped' })}\n`);
    return 0;
  },
};
