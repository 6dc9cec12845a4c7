import type { Command } from 'commander';
import { compressionOf } from '../../platform/backup/archive.ts';
import { createBackup } from '../../platform/backup/backup.ts';
import { restoreBackup } from '../../platform/backup/restore.ts';
import { loadConfig } from '../../platform/config/config.ts';
import { resolveSecretKey } from '../../platform/crypto/secret-box.ts';
import { connectDatabaseServer } from '../../platform/db/connect.ts';
import { openRuntime } from '../../platform/runtime.ts';
import { createBlobStore } from '../../platform/storage/index.ts';

const seconds = (ms: number) => `${(ms / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} s`;
const megabytes = (n: number) =>
  `${(n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('Sao lưu cơ sở dữ liệu và tệp vào một tệp / back up the database and files into one archive')
    .argument(
      '<file>',
      'tệp sẽ tạo: .tar.gz (gzip) hoặc .tar.zst (zstd, nhanh hơn nhiều với tệp PDF/ảnh) / archive to create',
    )
    .option('--level <n>', 'mức nén / compression level: gzip 1–9 (mặc định 6), zstd 1–19 (mặc định 3)')
    .action(async (file: string, options: { level?: string }) => {
      const compression = compressionOf(file);
      const level = options.level === undefined ? undefined : Number(options.level);
      const highest = compression === 'zstd' ? 19 : 9;
      if (level !== undefined && (!Number.isInteger(level) || level < 1 || level > highest))
        throw new Error(`--level: 1 … ${highest} (${compression})`);
      const config = loadConfig();
      const runtime = await openRuntime(config, console.log);
      try {
        const result = await createBackup({
          file,
          databaseUrl: runtime.server.url,
          blobs: runtime.blobs,
          secretKey: resolveSecretKey(config.SECRET_KEY, config.CONGSO_DATA_DIR),
          compression,
          compressionLevel: level,
          log: console.log,
        });
        const rows = result.tables.reduce((sum, t) => sum + t.rows, 0);
        console.log(
          `Đã sao lưu / backed up: ${result.file} (${megabytes(result.bytes)}): ${rows.toLocaleString('vi-VN')} dòng / rows ` +
            `trong ${result.tables.length} bảng / tables, ${result.blobs.count} tệp / files, ` +
            `lược đồ / schema v${result.schemaVersion}, ${seconds(result.durationMs)}`,
        );
        console.log(
          'Lưu ý / note: tệp chứa dữ liệu cá nhân và băm mật khẩu; không chứa SECRET_KEY (hãy giữ riêng) / the ' +
            'archive holds personal data and password hashes, not SECRET_KEY (keep that separately)',
        );
      } finally {
        await runtime.close();
      }
    });

  program
    .command('restore')
    .description(
      'Khôi phục từ tệp sao lưu vào cơ sở dữ liệu trống / restore an archive into an empty database',
    )
    .argument('<file>', 'tệp sao lưu / archive made by congso backup')
    .option('--force', 'xóa toàn bộ dữ liệu hiện có rồi khôi phục / replace everything the database holds')
    .action(async (file: string, options: { force?: boolean }) => {
      const config = loadConfig();
      // Not openRuntime: it would migrate the target to this code's latest schema and write the built-in
      // roles before restore could check that the target is empty and load the data at the archive's
      // schema version. restoreBackup migrates itself; the next start does the rest of openRuntime.
      const server = await connectDatabaseServer(config, console.log);
      try {
        const result = await restoreBackup({
          file,
          databaseUrl: server.url,
          blobs: await createBlobStore(config),
          force: options.force ?? false,
          secretKey: resolveSecretKey(config.SECRET_KEY, config.CONGSO_DATA_DIR),
          log: console.log,
        });
        const rows = result.tables.reduce((sum, t) => sum + t.rows, 0);
        console.log(
          `Đã khôi phục / restored: ${rows.toLocaleString('vi-VN')} dòng / rows trong ${result.tables.length} bảng / ` +
            `tables, ${result.blobs.count} tệp / files (${megabytes(result.blobs.bytes)}), bản sao lưu lúc / ` +
            `archive of ${result.createdAt}, ${seconds(result.durationMs)}`,
        );
        for (const warning of result.warnings) console.log(`CẢNH BÁO / WARNING: ${warning}`);
        if (result.audit.ok) {
          console.log(`Nhật ký toàn vẹn / audit log intact: ${result.audit.checked} bản ghi / entries`);
        } else {
          console.log(
            `NHẬT KÝ BỊ SỬA / AUDIT LOG TAMPERED: bản ghi / entry #${result.audit.firstBad!.id}: ` +
              `${result.audit.firstBad!.reason} (${result.audit.checked} bản ghi trước đó hợp lệ / valid before it)`,
          );
          process.exitCode = 3;
        }
      } finally {
        await server.stop();
      }
    });
}
