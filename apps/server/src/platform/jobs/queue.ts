import { PgBoss } from 'pg-boss';
import { startWakeUpListener, type WakeUpListener } from './wake-up.ts';

/**
 * Background work. Modules send jobs by name and register handlers; the worker role runs the handlers.
 * pg-boss keeps the queue in PostgreSQL (schema `pgboss`), so there is nothing else to install or back up.
 */
export interface JobQueue {
  send(
    name: string,
    data: object,
    options?: { startAfterSeconds?: number; singletonKey?: string; retryLimit?: number },
  ): Promise<string | null>;
  /** Registers a handler; runs only in a process started with the worker role. */
  work<T extends object>(name: string, handler: (data: T) => Promise<void>): Promise<void>;
  /** Runs `name` on a cron schedule (Asia/Ho_Chi_Minh), once across all nodes. */
  schedule(name: string, cron: string, data?: object): Promise<void>;
  /**
   * Runs `handler` in this worker as soon as a transaction that called `wakeUpOnCommit(trx, channel)`
   * (`wake-up.ts`) commits, and once now; never twice at once. Worker processes only. Pair it with a
   * `schedule` of the same work: a wake-up can be missed.
   */
  wakeOn(channel: string, handler: () => Promise<void>): Promise<void>;
  isRunning(): boolean;
  stop(): Promise<void>;
}

export interface JobQueueOptions {
  connectionString: string;
  /** false: can send jobs but never runs them (the web role). */
  runWorkers: boolean;
  onError?: (error: Error) => void;
}

export async function startJobQueue(options: JobQueueOptions): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: 'pgboss',
    max: 4,
    supervise: options.runWorkers,
    schedule: options.runWorkers,
  });
  boss.on('error', (error: Error) => options.onError?.(error));
  await boss.start();
  let running = true;
  let listener: WakeUpListener | undefined;
  const ensureQueue = async (name: string) => {
    if (!(await boss.getQueue(name))) await boss.createQueue(name);
  };
  return {
    async send(name, data, opts = {}) {
      await ensureQueue(name);
      return boss.send(name, data, {
        ...(opts.startAfterSeconds ? { startAfter: opts.startAfterSeconds } : {}),
        ...(opts.singletonKey ? { singletonKey: opts.singletonKey } : {}),
        retryLimit: opts.retryLimit ?? 3,
        retryBackoff: true,
      });
    },
    async work(name, handler) {
      if (!options.runWorkers) return;
      await ensureQueue(name);
      await boss.work(name, async (jobs) => {
        for (const job of jobs) await handler(job.data as never);
      });
    },
    async schedule(name, cron, data = {}) {
      await ensureQueue(name);
      await boss.schedule(name, cron, data, { tz: 'Asia/Ho_Chi_Minh' });
    },
    async wakeOn(channel, handler) {
      if (!options.runWorkers) return;
      listener ??= startWakeUpListener(options.connectionString, options.onError);
      await listener.on(channel, handler);
    },
    isRunning: () => running,
    async stop() {
      running = false;
      await listener?.stop();
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
