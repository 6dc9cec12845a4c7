import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import { notFound } from '../../platform/http/problem.ts';
import type { FormIssuer } from './forms/index.ts';

/** An issuer as the directory holds it: also its phone, the hotline some slips print. */
export interface IssuingAgency extends FormIssuer {
  phone: string | null;
}

/**
 * The unit that issues a one-stop form, from the directory: the receiving agency (a service centre, a
 * commune) under its parent body, its abbreviation as the notation of slip numbers, and the province (or
 * centrally-run city) it sits in for the place line — the administrative unit of the nearest agency up its
 * tree that names one.
 */
export async function formIssuerOf(db: Executor, agencyId: string): Promise<IssuingAgency> {
  const { rows } = await sql<{
    name: string;
    abbreviation: string;
    parentName: string | null;
    place: string | null;
    phone: string | null;
  }>`
    select a.name, a.abbreviation, a.phone, p.name as parent_name,
      (select coalesce(pu.name, u.name) from agencies up
         join admin_units u on u.code = up.admin_unit_code
         left join admin_units pu on pu.code = u.province_code
       where up.id = any(a.path) and up.admin_unit_code is not null
       order by array_position(a.path, up.id) desc limit 1) as place
    from agencies a left join agencies p on p.id = a.parent_id
    where a.id = ${agencyId}`.execute(db);
  const row = rows[0];
  if (!row) throw notFound('Không tìm thấy cơ quan');
  return {
    parentName: row.parentName ?? '',
    name: row.name,
    notation: row.abbreviation,
    place: (row.place ?? '').replace(/^Thành phố /, ''),
    phone: row.phone,
  };
}
