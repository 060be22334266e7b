#!/usr/bin/env node
// Some packages list optional, platform-specific binaries for every platform (@swc/core, rollup). The
// registry this project installs from serves only some of them, so npm leaves the others out of
// package-lock.json, and `npm ci` then refuses the lock as out of sync. This adds a placeholder entry for
// each optional dependency missing from the lock: optional and never installed on this platform, it is
// skipped by npm ci. Idempotent; run before `npm ci` (.ci/run does).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.join(root, 'package-lock.json');
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages ?? {};
const platform = (name) => {
  const os = ['darwin', 'win32', 'linux', 'freebsd', 'openbsd', 'android', 'openharmony', 'sunos', 'aix'].find((p) => name.includes(p));
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64'].find((c) => new RegExp(`-${c}(-|$)`).test(name));
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}) };
};

let added = 0;
for (const [where, pkg] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(pkg.optionalDependencies ?? {})) {
    // resolution walks up node_modules folders from the dependent package
    let dir = where;
    let found = false;
    for (;;) {
      if (packages[`${dir ? `${dir}/` : ''}node_modules/${name}`]) {
        found = true;
        break;
      }
      if (!dir) break;
      const i = dir.lastIndexOf('node_modules/');
      dir = i <= 0 ? '' : dir.slice(0, i - 1);
    }
    if (found) continue;
    const key = `node_modules/${name}`;
    packages[key] = { version: String(range).replace(/^[\^~=]/, ''), optional: true, ...(pkg.dev ? { dev: true } : {}), ...platform(name) };
    added++;
  }
}
if (added) {
  lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
}
console.log(
  added ? `package-lock.json: added ${added} optional platform entries the registry does not serve` : 'package-lock.json: complete',
);
