import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Executor } from '../platform/db/database.ts';
import { asciiFold } from './names.ts';

/**
 * The official lists after the 2025 reorganisation, as published by the statistics office (Cục Thống kê):
 * Công văn 915/CTK-CSCL (34 provinces) and Công văn 1027/CTK-CSCL Phụ lục I (3,321 communes), read from the
 * fixtures folder. These documents are the authority for codes and names; where other compilations differ
 * (see seed.test.ts) the official text wins.
 */
export const PROVINCE_LIST = 'admin-units/2025-official-lists/input_docs/915_CTK-CSCL.csv';
export const COMMUNE_LIST = 'admin-units/2025-official-lists/input_docs/1027_CTK-CSCL.md';

export interface AdminUnitRow {
  code: string;
  name: string;
  divisionType: string;
  level: 'province' | 'commune';
  provinceCode: string | null;
  codename: string;
}

export class ReferenceDataMissingError extends Error {}

function read(fixturesDir: string, file: string): string {
  const full = path.join(fixturesDir, file);
  try {
    return readFileSync(full, 'utf8');
  } catch (error) {
    throw new ReferenceDataMissingError(
      `Cannot read the administrative units list at ${full} (set FIXTURES_DIR): ${(error as Error).message}`,
    );
  }
}

const clean = (text: string) => text.replace(/<br>/g, ' ').replace(/\s+/g, ' ').trim().normalize('NFC');
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const codename = (name: string) =>
  asciiFold(name)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

function communeType(name: string): string {
  const lower = name.toLowerCase();
  if (lower.startsWith('phường ')) return 'phường';
  if (lower.startsWith('đặc khu ')) return 'đặc khu';
  return 'xã';
}

export function readAdminUnits(fixturesDir: string): AdminUnitRow[] {
  const rows: AdminUnitRow[] = [];
  const provinceByName = new Map<string, string>();
  for (const line of read(fixturesDir, PROVINCE_LIST).split(/\r?\n/).slice(1)) {
    const [, code, rawName] = line.split(',');
    if (!code || !rawName) continue;
    const city = rawName.startsWith('Thành phố ');
    const name = clean(city ? rawName : `Tỉnh ${rawName}`);
    rows.push({
      code,
      name,
      divisionType: city ? 'thành phố trung ương' : 'tỉnh',
      level: 'province',
      provinceCode: null,
      codename: codename(name),
    });
    provinceByName.set(name, code);
  }
  for (const line of read(fixturesDir, COMMUNE_LIST).split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 5 || !/^\d{5}$/.test(cells[2] ?? '')) continue;
    const name = capitalise(clean(cells[3]!));
    // the table abbreviates some city names ("Tp Hải Phòng")
    const provinceCode = provinceByName.get(clean(cells[4]!).replace(/^Tp /, 'Thành phố '));
    if (!provinceCode) throw new Error(`Commune ${cells[2]} names an unknown province "${cells[4]}"`);
    rows.push({
      code: cells[2]!,
      name,
      divisionType: communeType(name),
      level: 'commune',
      provinceCode,
      codename: codename(name),
    });
  }
  return rows;
}

/** Loads (or refreshes) the list; existing codes are updated in place, so agencies keep their references. */
export async function loadAdminUnits(db: Executor, fixturesDir: string): Promise<number> {
  const rows = readAdminUnits(fixturesDir);
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insertInto('adminUnits')
      .values(rows.slice(i, i + 1000))
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          divisionType: eb.ref('excluded.divisionType'),
          level: eb.ref('excluded.level'),
          provinceCode: eb.ref('excluded.provinceCode'),
          codename: eb.ref('excluded.codename'),
        })),
      )
      .execute();
  }
  return rows.length;
}
