import { sql } from 'kysely';
import { recordAudit } from '../platform/audit/recorder.ts';
import { hashPassword } from '../platform/auth/password.ts';
import { systemContext } from '../platform/context.ts';
import type { Database, Tx } from '../platform/db/database.ts';
import { loadAdminUnits } from './admin-units.ts';
import { seedDemoApplicants } from './demo-applicants.ts';
import {
  agencyPositions,
  communeDepartments,
  communePositions,
  DEMO_LEVEL1,
  DEMO_PASSWORD,
  DEMO_PROVINCE_CODE,
  type DemoAgency,
  type DemoDepartment,
  demoAccounts,
  provinceRoot,
  provincialAgencies,
} from './demo-province-data.ts';
import { asciiFold, nameGenerator } from './names.ts';

export interface SeedSummary {
  agencies: number;
  departments: number;
  officials: number;
  users: number;
}

interface Placed {
  id: string;
  path: string[];
  departments: string[];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Writes the demo province in one transaction: the People's Committee, its provincial agencies, every
 * commune and ward of the province from the official list, departments, officials, and the demo accounts
 * (password DEMO_PASSWORD, to be changed in any real use).
 */
export async function seedDemoProvince(db: Database, fixturesDir: string): Promise<SeedSummary> {
  await loadAdminUnits(db, fixturesDir);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const nextName = nameGenerator(2025_07_01);
  return db.transaction().execute(async (trx) => {
    const summary: SeedSummary = { agencies: 0, departments: 0, officials: 0, users: 0 };
    const placed = new Map<string, Placed>();

    const place = async (
      key: string,
      agency: Omit<DemoAgency, 'key' | 'departments'> & {
        level: string;
        code: string;
        adminUnitCode?: string;
        sortOrder: number;
      },
      parent: Placed | undefined,
      departments: DemoDepartment[],
    ) => {
      const id = crypto.randomUUID();
      const path = [...(parent?.path ?? []), id];
      await trx
        .insertInto('agencies')
        .values({
          id,
          parentId: parent?.id ?? null,
          path,
          level: agency.level,
          code: agency.code,
          name: agency.name,
          abbreviation: agency.abbreviation,
          adminUnitCode: agency.adminUnitCode ?? null,
          address: agency.address ?? null,
          phone: agency.phone ?? null,
          email: agency.email ?? null,
          website: agency.website ?? null,
          sortOrder: agency.sortOrder,
        })
        .execute();
      const departmentIds: string[] = [];
      for (const [i, d] of departments.entries()) {
        const departmentId = crypto.randomUUID();
        departmentIds.push(departmentId);
        await trx
          .insertInto('departments')
          .values({
            id: departmentId,
            agencyId: id,
            name: d.name,
            abbreviation: d.abbreviation,
            sortOrder: i,
          })
          .execute();
      }
      summary.agencies += 1;
      summary.departments += departments.length;
      const result = { id, path, departments: departmentIds };
      placed.set(key, result);
      return result;
    };

    const root = await place(
      provinceRoot.key,
      {
        ...provinceRoot,
        level: 'province',
        code: `000.00.00.${DEMO_LEVEL1}`,
        adminUnitCode: DEMO_PROVINCE_CODE,
        sortOrder: 0,
      },
      undefined,
      provinceRoot.departments,
    );
    for (const [i, agency] of provincialAgencies.entries()) {
      const slug = asciiFold(agency.abbreviation);
      await place(
        agency.key,
        {
          ...agency,
          level: 'province',
          code: `000.00.${pad(i + 1, 2)}.${DEMO_LEVEL1}`,
          address: agency.address ?? `Khu hành chính tỉnh, phường Yên Bái, tỉnh Lào Cai`,
          phone: agency.phone ?? `0216 38${pad(52_200 + i * 7, 5).slice(-5)}`,
          email: agency.email ?? `${slug}@laocai.gov.vn`,
          website: agency.website ?? `https://${slug}.laocai.gov.vn`,
          sortOrder: i + 1,
        },
        root,
        agency.departments,
      );
    }
    const communes = await trx
      .selectFrom('adminUnits')
      .select(['code', 'name', 'divisionType'])
      .where('provinceCode', '=', DEMO_PROVINCE_CODE)
      .orderBy('code')
      .execute();
    for (const [j, unit] of communes.entries()) {
      const isWard = unit.divisionType === 'phường';
      const local = unit.name.replace(/^(Xã|Phường|Đặc khu) /, '');
      const slug = asciiFold(local).replace(/[^a-z0-9]/g, '');
      await place(
        unit.code,
        {
          name: `Ủy ban nhân dân ${unit.divisionType} ${local}`,
          abbreviation: 'UBND',
          level: 'commune',
          // communes as level-3 units, 99 to a level-2 group starting at 50
          code: `000.${pad((j % 99) + 1, 2)}.${50 + Math.floor(j / 99)}.${DEMO_LEVEL1}`,
          adminUnitCode: unit.code,
          address: `Trụ sở Ủy ban nhân dân ${unit.divisionType} ${local}, tỉnh Lào Cai`,
          email: `${slug}@laocai.gov.vn`,
          sortOrder: 100 + j,
        },
        root,
        communeDepartments(isWard),
      );
    }

    const addOfficial = async (
      agency: Placed,
      fullName: string,
      position: string,
      departmentIndex: number | null,
      clearance = 'none',
    ) => {
      const id = crypto.randomUUID();
      const departmentId =
        departmentIndex === null
          ? null
          : (agency.departments[departmentIndex % agency.departments.length] ?? null);
      await trx
        .insertInto('officials')
        .values({
          id,
          agencyId: agency.id,
          departmentId,
          fullName,
          position,
          title: position.startsWith('Chuyên viên') || position === 'Công chức' ? position : null,
          email: `${asciiFold(fullName).replace(/\s+/g, '.')}.${id.slice(0, 4)}@laocai.gov.vn`,
          clearance,
        })
        .execute();
      summary.officials += 1;
      return id;
    };

    // the agency's own people, leadership first
    for (const [key, agency] of placed) {
      const isCommune = /^\d{5}$/.test(key);
      const positions =
        key === provinceRoot.key
          ? ['Chủ tịch', 'Phó Chủ tịch', 'Phó Chủ tịch', 'Chánh Văn phòng']
          : isCommune
            ? communePositions
            : agencyPositions;
      for (const [i, position] of positions.entries()) {
        await addOfficial(agency, nextName(), position, i < 2 ? null : i, i < 2 ? 'secret' : 'none');
      }
    }

    // the demo accounts, each with an official record of its own
    for (const account of demoAccounts) {
      const agency = placed.get(account.agency);
      if (!agency) throw new Error(`demo account ${account.username}: no agency ${account.agency}`);
      const fullName = nextName();
      const officialId = await addOfficial(
        agency,
        fullName,
        account.position,
        account.role === 'leader' ? null : (account.department ?? 0),
        account.clearance ?? 'none',
      );
      const userId = crypto.randomUUID();
      await trx
        .insertInto('users')
        .values({
          id: userId,
          username: account.username,
          displayName: fullName,
          officialId,
          passwordHash,
          email: `${account.username}@laocai.gov.vn`,
        })
        .execute();
      await trx
        .insertInto('roleAssignments')
        .values({
          userId,
          role: account.role,
          agencyId: account.role === 'system_admin' ? null : agency.id,
          includeSubtree: account.includeSubtree ?? false,
        })
        .execute();
      summary.users += 1;
    }
    summary.users += await seedDemoApplicants(trx);
    await recordAudit(trx, systemContext('seed'), {
      action: 'seed.demo_province',
      targetType: 'agency',
      targetId: root.id,
      agencyId: root.id,
      summary: { ...summary },
    });
    return summary;
  });
}

/** `congso seed --reset`: removes the directory and everything that hangs off it, keeping the audit log. */
export async function clearDirectory(trx: Tx): Promise<void> {
  await sql`truncate table sessions, role_assignments, users, officials, departments, agencies cascade`.execute(
    trx,
  );
  await trx.deleteFrom('roles').where('isBuiltin', '=', false).execute();
}
