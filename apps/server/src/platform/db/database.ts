import { createHash } from 'node:crypto';
import { CamelCasePlugin, Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.generated.ts';

export type Database = Kysely<DB>;
export type Tx = Transaction<DB>;
/** Either the database or a transaction: repositories accept both so services decide the boundaries. */
export type Executor = Kysely<DB> | Transaction<DB>;

// bigint (int8) and numeric come back as strings by default; counts and sizes here fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
// A calendar date is a day, not an instant: keep 'YYYY-MM-DD' rather than a Date at local midnight.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export interface DatabaseHandle {
  db: Database;
  pool: pg.Pool;
  close(): Promise<void>;
}

/**
 * Marks a hot query (run on nearly every request) to be sent as a named prepared statement: PostgreSQL then
 * parses and plans it once per connection instead of on every call. Use it only on queries whose text never
 * varies, or every variant becomes a statement kept open on each connection.
 */
export const PREPARE = sql.raw('/* prepare */');
const PREPARE_MARK = '/* prepare */';

type Query = (...args: unknown[]) => unknown;
const preparing = new WeakSet<pg.PoolClient>();

/** Statement name of a marked query: the same text always gets the same name. */
const statementName = (text: string) =>
  `congso_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;

/**
 * The pool as Kysely sees it, turning marked statements into named ones (see PREPARE). Every other call
 * (callbacks included, as pg's own Pool.query makes) passes through untouched.
 */
function withPreparedStatements(pool: pg.Pool) {
  return {
    async connect() {
      const client = await pool.connect();
      if (!preparing.has(client)) {
        const query = client.query.bind(client) as Query;
        (client as unknown as { query: Query }).query = (...args) => {
          const [text, values, ...rest] = args;
          return typeof text === 'string' && text.includes(PREPARE_MARK)
            ? query({ name: statementName(text), text, values }, ...rest)
            : query(...args);
        };
        preparing.add(client);
      }
      return client;
    },
    end: () => pool.end(),
    options: pool.options,
  };
}

export function openDatabase(connectionString: string, options: { max?: number } = {}): DatabaseHandle {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 20, application_name: 'congso' });
  pool.on('error', () => {
    // an idle client lost its connection; the pool replaces it and the next query reports real problems
  });
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool: withPreparedStatements(pool) }),
    plugins: [new CamelCasePlugin()],
  });
  return {
    db,
    pool,
    async close() {
      await db.destroy();
    },
  };
}
