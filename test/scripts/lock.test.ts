import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { missingEntries, platformOf } from '../../scripts/lock-platforms.mjs';

describe('the committed lock', () => {
  test('names every platform package that a locked package lists as optional, so plain `npm ci` accepts it', () => {
    const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'));
    expect(missingEntries(lock)).toEqual([]);
  });
});

describe('platformOf', () => {
  test.each([
    ['@biomejs/cli-darwin-arm64', { os: ['darwin'], cpu: ['arm64'] }],
    ['@biomejs/cli-linux-x64', { os: ['linux'], cpu: ['x64'], libc: ['glibc'] }],
    ['@biomejs/cli-linux-x64-musl', { os: ['linux'], cpu: ['x64'], libc: ['musl'] }],
    ['@rollup/rollup-linux-arm-musleabihf', { os: ['linux'], cpu: ['arm'], libc: ['musl'] }],
    ['@rollup/rollup-linux-arm-gnueabihf', { os: ['linux'], cpu: ['arm'], libc: ['glibc'] }],
    ['@rollup/rollup-win32-ia32-msvc', { os: ['win32'], cpu: ['ia32'] }],
    ['@rollup/rollup-openharmony-arm64', { os: ['openharmony'], cpu: ['arm64'] }],
    ['@rollup/rollup-linux-loong64-gnu', { os: ['linux'], cpu: ['loong64'], libc: ['glibc'] }],
  ])('%s', (name, platform) => {
    expect(platformOf(name)).toEqual(platform);
  });

  test('agrees with what the registry said for every platform package it did serve', () => {
    const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'));
    let compared = 0;
    for (const [key, entry] of Object.entries<{ os?: string[]; cpu?: string[]; libc?: string[]; integrity?: string }>(lock.packages)) {
      if (!entry.integrity || !entry.os || !/@(biomejs|rollup)\//.test(key)) continue;
      const { os, cpu, libc } = entry;
      expect(platformOf(key), key).toEqual({ os, cpu, ...(libc ? { libc } : {}) });
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
  });

  test('a name with no platform in it is left for a person', () => {
    expect(platformOf('@rollup/wasm-node')).toBeNull();
    expect(platformOf('@biomejs/cli-linux')).toBeNull();
  });
});
