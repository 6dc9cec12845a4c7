import type { Command } from 'commander';
import { verifyAuditChain } from '../../platform/audit/verify.ts';
import { loadConfig } from '../../platform/config/config.ts';
import { openRuntime } from '../../platform/runtime.ts';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('Nhật ký hệ thống / audit log');
  audit
    .command('verify')
    .description(
      'Kiểm tra chuỗi băm, báo bản ghi đầu tiên bị sửa / verify the hash chain, report the first tampered entry',
    )
    .option('--json', 'kết quả dạng JSON')
    .action(async (options: { json?: boolean }) => {
      const runtime = await openRuntime(loadConfig(), () => {});
      try {
        const verdict = await verifyAuditChain(runtime.database.db);
        if (options.json) console.log(JSON.stringify(verdict));
        else if (verdict.ok) console.log(`Nhật ký toàn vẹn / audit log intact: ${verdict.checked} bản ghi`);
        else
          console.log(
            `BỊ SỬA / TAMPERED: bản ghi #${verdict.firstBad!.id}: ${verdict.firstBad!.reason} (${verdict.checked} bản ghi trước đó hợp lệ)`,
          );
        process.exitCode = verdict.ok ? 0 : 3;
      } finally {
        await runtime.close();
      }
    });
}
