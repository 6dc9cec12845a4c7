import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Executor } from '../platform/db/database.ts';

/** Path, inside the fixtures folder, of the NSO list after the 2025 reorganisation (34 provinces, 3,321 communes). */
export const ADMIN_UNITS_FILE = 'admin-units/nso-conversion/nested-divisions-2025.json';

interface NsoProvince {
  name: string;
  code: number;
  codename: string;
  division_type: string;
  wards: { name: string; code: number; codename: string; division_type: string }[];
}

export interface AdminUnitRow {
  code: string;
  name: string;
  divisionType: string;
  level: 'province' | 'commune';
  provinceCode: string | null;
  codename: string;
}

/** Reads the official list; codes are written as the statistics office writes them (2 and 5 digits). */
export function readAdminUnits(fixturesDir: string): AdminUnitRow[] {
  const file = path.join(fixturesDir, ADMIN_UNITS_FILE);
  let provinces: NsoProvince[];
  try {
    provinces = JSON.parse(readFileSync(file, 'utf8')) as NsoProvince[];
  } catch (error) {
    throw new Error(
      `Cannot read the administrative units list at ${file} (set FIXTURES_DIR): ${(error as Error).message}`,
    );
  }
  const rows: AdminUnitRow[] = [];
  for (const p of provinces) {
    const provinceCode = String(p.code).padStart(2, '0');
    rows.push({
      code: provinceCode,
      name: p.name,
      divisionType: p.division_type,
      level: 'province',
      provinceCode: null,
      codename: p.codename,
    });
    for (const w of p.wards) {
      rows.push({
        code: String(w.code).padStart(5, '0'),
        name: w.name,
        divisionType: w.division_type,
        level: 'commune',
        provinceCode,
        codename: w.codename,
      });
    }
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
