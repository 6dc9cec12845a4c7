import type { Config } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import type { JobQueue } from '../jobs/queue.ts';
import { deliverPending } from './deliver.ts';
import { sendersFromConfig } from './drivers.ts';
import { OUTBOUND_MESSAGES_CHANNEL } from './queue-message.ts';
import type { MessageLog, Senders } from './senders.ts';

export { OUTBOUND_MESSAGES_CHANNEL, type OutboundMessage, queueMessage } from './queue-message.ts';
export type { EmailSender, MessageLog, Senders, SmsSender } from './senders.ts';

export const DELIVER_MESSAGES_JOB = 'messaging.deliver';

export interface MessagingDeps {
  db: Database;
  config: Config;
  log: MessageLog;
  /** The drivers; by default the configured ones (`drivers.ts`). */
  senders?: Senders;
}

/**
 * The worker side of outgoing messages: a commit that queued messages wakes the sender at once, and a sweep
 * every minute sends what is due again (retries) or was missed. Runs until every due message has been tried.
 */
export async function registerMessagingJobs(jobs: JobQueue, deps: MessagingDeps): Promise<void> {
  const senders = deps.senders ?? sendersFromConfig(deps.config, deps.log);
  if (senders.email.driver === 'log')
    deps.log.warn({}, 'SMTP_HOST chưa cấu hình: thư điện tử chỉ được ghi vào nhật ký, không gửi đi');
  const deliver = async () => {
    const batch = 50;
    for (;;) {
      const { sent, failed } = await deliverPending(deps.db, senders, { batch, log: deps.log });
      if (sent + failed < batch) return;
    }
  };
  await jobs.work(DELIVER_MESSAGES_JOB, deliver);
  await jobs.schedule(DELIVER_MESSAGES_JOB, '* * * * *');
  await jobs.wakeOn(OUTBOUND_MESSAGES_CHANNEL, deliver);
}
