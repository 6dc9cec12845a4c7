import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The real packages in shared/fixtures/edxml (read in place, never copied). */
export const FIXTURES = fileURLToPath(new URL('../../../../shared/fixtures/edxml/', import.meta.url));

export function fixture(name: string): Buffer {
  return readFileSync(FIXTURES + name);
}

/** Every package file, as `folder/file`. */
export function fixtureNames(): string[] {
  const names: string[] = [];
  for (const dir of readdirSync(FIXTURES, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const file of readdirSync(FIXTURES + dir.name)) names.push(`${dir.name}/${file}`);
  }
  return names.sort();
}
