import type { Command } from 'commander';
import { loadConfig } from '../../platform/config/config.ts';
import { openRuntime } from '../../platform/runtime.ts';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Áp dụng các migration còn thiếu / apply pending migrations')
    .action(async () => {
      const runtime = await openRuntime(loadConfig(), console.log);
      await runtime.close();
      console.log('Cơ sở dữ liệu đã cập nhật / database is up to date');
    });
}
