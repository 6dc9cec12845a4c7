import type { Command } from 'commander';
import { readFiles } from '../../modules/documents/file-text.ts';
import { loadConfig } from '../../platform/config/config.ts';
import { openRuntime } from '../../platform/runtime.ts';

export function registerDocumentCommands(program: Command): void {
  const documents = program.command('documents').description('Văn bản / official documents');
  documents
    .command('read-files')
    .description(
      'Đọc nội dung các tệp PDF, DOCX đính kèm chưa đọc, để tìm kiếm theo nội dung / read the text of attached files not read yet, for search',
    )
    .option('--all', 'đọc lại mọi tệp PDF, DOCX / read every PDF and DOCX file again')
    .option('--json', 'kết quả dạng JSON')
    .action(async (options: { all?: boolean; json?: boolean }) => {
      const runtime = await openRuntime(loadConfig(), () => {});
      try {
        const counts = await readFiles(
          { db: runtime.database.db, blobs: runtime.blobs },
          {
            all: options.all ?? false,
            onFile: (done, total) => {
              if (!options.json && (done % 50 === 0 || done === total)) console.error(`${done}/${total}`);
            },
          },
        );
        if (options.json) console.log(JSON.stringify(counts));
        else
          console.log(
            `Đã đọc / read: ${counts.done} · không có chữ (bản quét) / no text: ${counts.empty} · ` +
              `không đọc được / failed: ${counts.failed} · không hỗ trợ, có mật khẩu / unsupported: ${counts.unsupported}` +
              (counts.pending ? ` · thử lại sau / to retry: ${counts.pending}` : ''),
          );
        process.exitCode = counts.pending > 0 ? 1 : 0;
      } finally {
        await runtime.close();
      }
    });
}
