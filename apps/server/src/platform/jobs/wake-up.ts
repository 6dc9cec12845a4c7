import { sql } from 'kysely';
import pg from 'pg';
import type { Executor } from '../db/database.ts';

/**
 * Prompt background work without polling: a transaction that leaves work behind (a message to send, a line of
 * a change feed) calls `wakeUpOnCommit`, and the workers listening on that channel run their handler as soon
 * as it commits. PostgreSQL delivers a NOTIFY only at commit (never for a rollback) and folds identical ones
 * of a transaction into one. A notification can still be missed (a worker restarting, a lost connection), so
 * every such handler also runs on a schedule: the wake-up makes it fast, the sweep makes it sure.
 */
export async function wakeUpOnCommit(trx: Executor, channel: string): Promise<void> {
  await sql`select pg_notify(${channel}, '')`.execute(trx);
}

/** A handler that never runs twice at once: a wake-up during a run asks for one more run after it. */
interface Runner {
  trigger(): void;
  /** Resolves when the current run (and the one asked for meanwhile) is over. */
  idle(): Promise<void>;
  stop(): void;
}

function runner(handler: () => Promise<void>, onError: (error: Error) => void): Runner {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const loop = async () => {
    do {
      again = false;
      try {
        await handler();
      } catch (error) {
        onError(error instanceof Error ? error : new Error(String(error)));
      }
    } while (again && !stopped);
    running = undefined;
  };
  return {
    trigger() {
      if (stopped) return;
      if (running) again = true;
      else running = loop();
    },
    idle: () => running ?? Promise.resolve(),
    stop() {
      stopped = true;
    },
  };
}

export interface WakeUpListener {
  /** Runs `handler` after each commit that woke `channel` up, and once now (work left while no one listened). */
  on(channel: string, handler: () => Promise<void>): Promise<void>;
  /** Stops listening and waits for the runs under way. */
  stop(): Promise<void>;
}

const RECONNECT_MS = 5000;

/**
 * One dedicated connection (LISTEN needs a session of its own, outside the pool) for every channel of the
 * process. When it drops, it reconnects after a few seconds and runs every handler once, since what was
 * notified meanwhile is lost.
 */
export function startWakeUpListener(
  connectionString: string,
  onError: (error: Error) => void = () => {},
): WakeUpListener {
  const runners = new Map<string, Runner[]>();
  let client: pg.Client | undefined;
  let connecting: Promise<void> | undefined;
  let retry: NodeJS.Timeout | undefined;
  let stopped = false;

  const triggerAll = () => {
    for (const list of runners.values()) for (const r of list) r.trigger();
  };

  const dropped = (lost: pg.Client, error?: Error) => {
    if (client !== lost) return;
    client = undefined;
    lost.end().catch(() => {});
    if (stopped) return;
    if (error) onError(error);
    retry = setTimeout(() => {
      retry = undefined;
      void connect().then(() => {
        if (client) triggerAll();
      });
    }, RECONNECT_MS);
  };

  const connect = (): Promise<void> => {
    if (client || stopped) return Promise.resolve();
    if (connecting) return connecting;
    const fresh = new pg.Client({ connectionString, application_name: 'congso-wake-up' });
    fresh.on('notification', (message) => {
      for (const r of runners.get(message.channel) ?? []) r.trigger();
    });
    fresh.on('error', (error) => dropped(fresh, error));
    fresh.on('end', () => dropped(fresh));
    connecting = (async () => {
      try {
        await fresh.connect();
        for (const channel of runners.keys()) await fresh.query(`listen ${fresh.escapeIdentifier(channel)}`);
        client = fresh;
      } catch (error) {
        // reported, and tried again in a few seconds; meanwhile the scheduled sweeps do the work
        client = fresh;
        dropped(fresh, error instanceof Error ? error : new Error(String(error)));
      } finally {
        connecting = undefined;
      }
    })();
    return connecting;
  };

  return {
    async on(channel, handler) {
      const list = runners.get(channel);
      const added = runner(handler, onError);
      if (list) list.push(added);
      else {
        runners.set(channel, [added]);
        if (client) await client.query(`listen ${client.escapeIdentifier(channel)}`);
      }
      await connect();
      added.trigger();
    },
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      const all = [...runners.values()].flat();
      for (const r of all) r.stop();
      await connecting?.catch(() => {});
      const open = client;
      client = undefined;
      await open?.end().catch(() => {});
      await Promise.all(all.map((r) => r.idle()));
    },
  };
}
