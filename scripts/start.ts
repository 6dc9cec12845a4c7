// `npm start`: builds the staff app when its sources are newer than the last build, then runs
// `congso start` in this process. Nothing else to install: the database is the embedded PostgreSQL.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const staff = path.join(root, 'apps/staff');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const builtIndex = path.join(staff, 'dist/index.html');
const built = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
if (existsSync(path.join(staff, 'vite.config.ts')) && newestMtime(staff) > built) {
  console.log('[congso] building the staff app (first start, or its sources changed)…');
  execFileSync(path.join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
    cwd: staff,
    stdio: 'inherit',
  });
}

process.argv = [process.argv[0]!, 'congso', 'start', ...process.argv.slice(2)];
await import('../apps/server/src/cli/main.ts');
