import type { Command } from 'commander';
import { seedBundledSchedules } from '../../modules/calendar/index.ts';
import { recordAudit } from '../../platform/audit/recorder.ts';
import { loadConfig } from '../../platform/config/config.ts';
import { systemContext } from '../../platform/context.ts';
import { openRuntime } from '../../platform/runtime.ts';
import { loadAdminUnits } from '../../seed/admin-units.ts';
import { seedDemoDocuments } from '../../seed/demo-documents.ts';
import { seedDemoOneStop } from '../../seed/demo-one-stop.ts';
import { clearDirectory, seedDemoProvince } from '../../seed/demo-province.ts';
import { seedDemoWorkFiles } from '../../seed/demo-work-files.ts';

export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description('Nạp dữ liệu mẫu tỉnh Lào Cai / load the demo province')
    .option('--reset', 'xóa danh bạ hiện có rồi nạp lại / wipe the directory first (keeps the audit log)')
    .option('--admin-units-only', 'chỉ nạp danh mục đơn vị hành chính / only the administrative units')
    .action(async (options: { reset?: boolean; adminUnitsOnly?: boolean }) => {
      const config = loadConfig();
      const runtime = await openRuntime(config, console.log);
      try {
        const { db } = runtime.database;
        if (options.adminUnitsOnly) {
          console.log(
            `${await loadAdminUnits(db, config.FIXTURES_DIR)} đơn vị hành chính / administrative units loaded`,
          );
          return;
        }
        const existing = await db.selectFrom('agencies').select('id').limit(1).executeTakeFirst();
        if (existing && !options.reset) {
          throw new Error(
            'Cơ sở dữ liệu đã có danh bạ. Dùng --reset để xóa và nạp lại / the directory is not empty; use --reset',
          );
        }
        if (options.reset) {
          await db.transaction().execute(async (trx) => {
            await clearDirectory(trx);
            await recordAudit(trx, systemContext('cli'), {
              action: 'seed.reset',
              summary: { by: 'congso seed --reset' },
            });
          });
        }
        const summary = await seedDemoProvince(db, config.FIXTURES_DIR);
        await seedBundledSchedules(db);
        const documents = await seedDemoDocuments(db);
        await seedDemoWorkFiles(db);
        const oneStop = await seedDemoOneStop(db, config.FIXTURES_DIR);
        console.log(
          `Đã nạp / seeded: ${summary.agencies} cơ quan, ${summary.departments} phòng ban, ${summary.officials} cán bộ, ${summary.users} tài khoản, ${documents} văn bản, ${oneStop.procedures} thủ tục, ${oneStop.dossiers} hồ sơ`,
        );
      } finally {
        await runtime.close();
      }
    });
}
