import type pg from 'pg';

/**
 * What a backup covers, read from the PostgreSQL catalog rather than listed in code, so tables added by
 * future modules are included without anyone remembering to: every ordinary table of schema `public`
 * except those belonging to an extension, with its stored columns (generated columns are computed again
 * on restore), the foreign keys between them, and the sequences.
 */

export interface TableInfo {
  name: string;
  /** Columns whose values are stored and dumped, in column order (generated and dropped ones left out). */
  columns: string[];
}

export interface ForeignKey {
  name: string;
  table: string;
  references: string;
  deferrable: boolean;
  definition: string;
}

const notExtensionMember = (alias: string) => `not exists (
  select 1 from pg_depend d
  where d.classid = 'pg_class'::regclass and d.objid = ${alias}.oid and d.deptype = 'e')`;

export async function listTables(client: pg.Client): Promise<TableInfo[]> {
  const { rows } = await client.query<{ name: string; columns: string[] | null }>(`
    select c.relname as name,
           array_agg(a.attname::text order by a.attnum)
             filter (where a.attnum > 0 and not a.attisdropped and a.attgenerated = '') as columns
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    left join pg_attribute a on a.attrelid = c.oid
    where n.nspname = 'public' and c.relkind = 'r' and ${notExtensionMember('c')}
    group by c.relname
    order by c.relname collate "C"`);
  return rows.map((r) => ({ name: r.name, columns: r.columns ?? [] }));
}

export async function listForeignKeys(client: pg.Client): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(`
    select con.conname as name, src.relname as "table", dst.relname as "references",
           con.condeferrable as deferrable, pg_get_constraintdef(con.oid) as definition
    from pg_constraint con
    join pg_class src on src.oid = con.conrelid
    join pg_class dst on dst.oid = con.confrelid
    join pg_namespace n on n.oid = src.relnamespace
    where con.contype = 'f' and n.nspname = 'public'
    order by src.relname collate "C", con.conname collate "C"`);
  return rows;
}

export async function listSequences(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'S' and ${notExtensionMember('c')}
    order by c.relname collate "C"`);
  return rows.map((r) => r.name);
}

export async function listMaterializedViews(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'm' and ${notExtensionMember('c')}
    order by c.relname collate "C"`);
  return rows.map((r) => r.name);
}

/**
 * Tables ordered so that each comes after the tables it references (a table referencing itself is fine:
 * PostgreSQL checks foreign keys at the end of the COPY statement). Ties are broken by name so the order
 * is stable. Tables caught in a reference cycle come last, by name; restore handles the references that
 * point forward (see restore.ts).
 */
export function loadOrder(tables: TableInfo[], foreignKeys: ForeignKey[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const dependsOn = new Map(tables.map((t) => [t.name, new Set<string>()]));
  for (const fk of foreignKeys) {
    if (fk.table !== fk.references && byName.has(fk.table) && byName.has(fk.references))
      dependsOn.get(fk.table)!.add(fk.references);
  }
  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  while (placed.size < tables.length) {
    const ready = tables.find(
      (t) => !placed.has(t.name) && [...dependsOn.get(t.name)!].every((d) => placed.has(d)),
    );
    if (!ready) break;
    ordered.push(ready);
    placed.add(ready.name);
  }
  for (const table of tables) if (!placed.has(table.name)) ordered.push(table);
  return ordered;
}
