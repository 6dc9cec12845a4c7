import type { Command } from 'commander';
import { loadConfig } from '../../platform/config/config.ts';
import { type RunningPlatform, startPlatform } from '../../platform/start-platform.ts';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('Chạy nền tảng (web, worker hoặc cả hai) / run the platform')
    .option('--role <role>', 'all | web | worker (mặc định CONGSO_ROLE hoặc all)')
    .action(async (options: { role?: string }) => {
      const config = loadConfig({ ...process.env, ...(options.role ? { CONGSO_ROLE: options.role } : {}) });
      // handlers first: a signal that arrives while starting stops the platform as soon as it is up
      let platform: RunningPlatform | undefined;
      let stopRequested: string | undefined;
      const stop = async (signal: string) => {
        if (!platform) {
          stopRequested = signal;
          return;
        }
        const running = platform;
        platform = undefined;
        console.log(`${signal}: đang dừng / stopping…`);
        await running.stop();
        process.exit(0);
      };
      process.on('SIGINT', () => void stop('SIGINT'));
      process.on('SIGTERM', () => void stop('SIGTERM'));
      platform = await startPlatform(config);
      if (stopRequested) await stop(stopRequested);
    });
}
