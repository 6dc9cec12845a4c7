// The `congso` commands. Each file in ./commands adds one command; modules add theirs the same way.
import { Command } from 'commander';
import { ConfigError } from '../platform/config/config.ts';
import { registerAuditCommands } from './commands/audit.ts';
import { registerBackupCommands } from './commands/backup.ts';
import { registerCalendarCommands } from './commands/calendar.ts';
import { registerConfigCommand } from './commands/config.ts';
import { registerDocumentCommands } from './commands/documents.ts';
import { registerEdxmlCommands } from './commands/edxml.ts';
import { registerMigrateCommand } from './commands/migrate.ts';
import { registerSeedCommand } from './commands/seed.ts';
import { registerStartCommand } from './commands/start.ts';
import { registerUserCommands } from './commands/user.ts';

const program = new Command('congso')
  .description('CôngSở: nền tảng chính quyền điện tử cấp tỉnh / e-government platform')
  .showHelpAfterError();

registerStartCommand(program);
registerMigrateCommand(program);
registerSeedCommand(program);
registerUserCommands(program);
registerAuditCommands(program);
registerBackupCommands(program);
registerCalendarCommands(program);
registerEdxmlCommands(program);
registerDocumentCommands(program);
registerConfigCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
