import type { Command } from 'commander';
import { loadConfig } from '../../platform/config/config.ts';
import { startPlatform } from '../../platform/start-platform.ts';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('Chạy nền tảng (web, worker hoặc cả hai) / run the platform')
    .option('--role <role>', 'all | web | worker (mặc định CONGSO_ROLE hoặc all)')
    .action(async (options: { role?: string }) => {
      const config = loadConfig({ ...process.env, ...(options.role ? { CONGSO_ROLE: options.role } : {}) });
      const platform = await startPlatform(config);
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        console.log(`${signal}: đang dừng / stopping…`);
        await platform.stop();
        process.exit(0);
      };
      process.on('SIGINT', () => void stop('SIGINT'));
      process.on('SIGTERM', () => void stop('SIGTERM'));
    });
}
