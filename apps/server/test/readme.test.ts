import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/platform/config/config.ts';

describe('README', () => {
  it('states the two commands of the quick start', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
  });

  it('documents exactly the configuration the server reads', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const table = execFileSync(
      process.execPath,
      [path.join(repoRoot, 'apps/server/src/cli/main.ts'), 'config'],
      { encoding: 'utf8' },
    ).trim();
    expect(readme).toContain(table);
  });
});
