#!/usr/bin/env node
// Completes package-lock.json with the platform packages a registry did not serve.
//
// Why: biome and rollup ship their native binaries as optional dependencies, one package per
// platform. When the registry an install runs against answers 404 for another platform's package
// (a mirror that holds only what its own machines need), npm writes a lock without that entry, and
// `npm ci` then calls the lock out of sync with package.json on every machine, this one included.
// An entry needs no tarball address: with `os`, `cpu` and `libc` npm skips it on every other
// platform, and on its own platform npm fetches it by name and version from whatever registry it uses.
//
// Usage: node scripts/lock-platforms.mjs          (rewrites package-lock.json)
//        node scripts/lock-platforms.mjs --check  (exit 1 and name each missing entry; changes nothing)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const OS = ['android', 'darwin', 'freebsd', 'linux', 'netbsd', 'openbsd', 'openharmony', 'sunos', 'win32', 'aix'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'loong64', 'ppc64', 'riscv64', 's390x', 'mips64el'];
const LIBC = { gnu: 'glibc', gnueabihf: 'glibc', musl: 'musl', musleabihf: 'musl' };

/**
 * The `os`, `cpu` and `libc` a platform package declares, read from its name, as biome
 * (`cli-darwin-arm64`, `cli-linux-x64-musl`) and rollup (`rollup-linux-arm-musleabihf`) name them.
 * Returns null for a name that does not follow that pattern: such a package is left for a person.
 */
export function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((p) => OS.includes(p));
  if (!os) return null;
  const rest = parts.slice(parts.indexOf(os) + 1);
  const cpu = rest.find((p) => CPU.includes(p));
  if (!cpu) return null;
  const abi = rest[rest.indexOf(cpu) + 1];
  const libc = os === 'linux' ? (LIBC[abi] ?? (abi === undefined ? 'glibc' : undefined)) : undefined;
  return { os: [os], cpu: [cpu], ...(libc ? { libc: [libc] } : {}) };
}

/** The registry's own `os`/`cpu`/`libc` for name@version, or null where it does not serve the package. */
function fromRegistry(name, version) {
  try {
    const out = execFileSync('npm', ['view', `${name}@${version}`, 'os', 'cpu', 'libc', '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 30_000,
    });
    const meta = JSON.parse(out || '{}');
    if (!meta.os || !meta.cpu) return null;
    return { os: meta.os, cpu: meta.cpu, ...(meta.libc ? { libc: meta.libc } : {}) };
  } catch {
    return null;
  }
}

/** Every optional dependency that a locked package names and the lock lacks, with the version its siblings have. */
export function missingEntries(lock) {
  const packages = lock.packages;
  const missing = [];
  for (const [path, entry] of Object.entries(packages)) {
    for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
      const base = path === '' ? '' : `${path}/`;
      const nested = `${base}node_modules/${name}`;
      if (packages[nested] || packages[`node_modules/${name}`]) continue;
      // A platform package's range is the exact version of its parent's release.
      missing.push({ key: `node_modules/${name}`, name, version: range.replace(/^[=^~]/, ''), dev: entry.dev === true });
    }
  }
  return missing;
}

const lockPath = new URL('../package-lock.json', import.meta.url);
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const check = process.argv.includes('--check');
  const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
  const missing = missingEntries(lock);
  if (check) {
    for (const m of missing) console.error(`package-lock.json lacks ${m.name}@${m.version}: run node scripts/lock-platforms.mjs`);
    process.exit(missing.length === 0 ? 0 : 1);
  }
  let unknown = 0;
  for (const m of missing) {
    const platform = fromRegistry(m.name, m.version) ?? platformOf(m.name);
    if (!platform) {
      console.error(`cannot tell the platform of ${m.name}; add its entry by hand`);
      unknown++;
      continue;
    }
    lock.packages[m.key] = { version: m.version, ...(m.dev ? { dev: true } : {}), optional: true, ...platform };
  }
  // npm keeps `packages` sorted by path; so does this, so that the next `npm install` changes nothing.
  lock.packages = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'en'))),
  );
  writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`added ${missing.length - unknown} platform entries to package-lock.json`);
  process.exit(unknown === 0 ? 0 : 1);
}
