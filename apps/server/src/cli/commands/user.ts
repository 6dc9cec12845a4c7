import type { Command } from 'commander';
import { username } from '../../modules/directory/users/schema.ts';
import { bootstrapAccount } from '../../modules/directory/users/service.ts';
import { temporaryPassword } from '../../modules/directory/users/temporary-password.ts';
import { recordAudit } from '../../platform/audit/recorder.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import { deleteSessionsOfUser, setPassword } from '../../platform/auth/repository.ts';
import { assertStrongPassword } from '../../platform/auth/service.ts';
import { loadConfig } from '../../platform/config/config.ts';
import { systemContext } from '../../platform/context.ts';
import { toProblem } from '../../platform/http/error-handler.ts';
import { Problem } from '../../platform/http/problem.ts';
import { openRuntime } from '../../platform/runtime.ts';
import { findAgency } from '../find-agency.ts';

/** Errors the HTTP API would answer as problems are told the same way here, in Vietnamese. */
function explain(error: unknown): never {
  const problem = error instanceof Problem ? error : toProblem(error);
  if (problem.kind === 'internal-error') throw error;
  throw new Error(`${problem.title}: ${problem.detail ?? ''}`);
}

function validUsername(value: string): string {
  const parsed = username.safeParse(value);
  if (!parsed.success) throw new Error(`Tên đăng nhập không hợp lệ: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('Tài khoản / user accounts');

  user
    .command('create')
    .description('Tạo cán bộ và tài khoản / create an official with a login')
    .requiredOption('--username <username>', 'tên đăng nhập')
    .requiredOption('--full-name <name>', 'họ và tên')
    .requiredOption(
      '--role <role>',
      'system_admin | agency_admin | clerk | leader | specialist | vai trò tự định nghĩa',
    )
    .option('--agency <ref>', 'cơ quan: id, mã định danh hoặc tên (bắt buộc trừ system_admin)')
    .option('--subtree', 'vai trò áp dụng cả đơn vị trực thuộc')
    .option('--password <password>', 'mật khẩu (bỏ trống để tạo mật khẩu tạm)')
    .option('--position <position>', 'chức vụ')
    .action(
      async (o: {
        username: string;
        fullName: string;
        role: string;
        agency?: string;
        subtree?: boolean;
        password?: string;
        position?: string;
      }) => {
        const login = validUsername(o.username);
        const runtime = await openRuntime(loadConfig(), () => {});
        const ctx = systemContext('cli');
        try {
          const { db } = runtime.database;
          const agency = o.agency ? await findAgency(db, o.agency) : undefined;
          if (!agency && o.role !== 'system_admin')
            throw new Error('Cần --agency cho vai trò gắn với cơ quan');
          const created = await bootstrapAccount(db, ctx, {
            username: login,
            fullName: o.fullName,
            position: o.position ?? null,
            agencyId: agency?.id ?? null,
            password: o.password,
            role: o.role,
            includeSubtree: o.subtree ?? false,
          }).catch(explain);
          const homeAgency = { name: agency?.name ?? 'toàn hệ thống' };
          console.log(
            `Đã tạo / created: ${created.username} (${created.displayName}) tại ${homeAgency.name}, vai trò ${o.role}`,
          );
          if (created.temporaryPassword)
            console.log(`Mật khẩu tạm / temporary password: ${created.temporaryPassword}`);
        } finally {
          await runtime.close();
        }
      },
    );

  user
    .command('reset-password')
    .description('Đặt lại mật khẩu (kể cả quản trị hệ thống bị khóa) / reset a password and unlock')
    .requiredOption('--username <username>', 'tên đăng nhập')
    .option('--password <password>', 'mật khẩu mới (bỏ trống để tạo mật khẩu tạm)')
    .action(async (o: { username: string; password?: string }) => {
      const runtime = await openRuntime(loadConfig(), () => {});
      try {
        const { db } = runtime.database;
        const target = await db
          .selectFrom('users')
          .select(['id', 'username'])
          .where('username', '=', o.username.toLowerCase())
          .executeTakeFirst();
        if (!target) throw new Error(`Không có tài khoản ${o.username}`);
        const password = o.password ?? temporaryPassword();
        try {
          assertStrongPassword(password, target.username);
        } catch (error) {
          explain(error);
        }
        const passwordHash = await hashPassword(password);
        await db.transaction().execute(async (trx) => {
          await setPassword(trx, target.id, passwordHash, !o.password);
          await deleteSessionsOfUser(trx, target.id);
          await recordAudit(trx, systemContext('cli'), {
            action: 'directory.user.reset_password',
            targetType: 'user',
            targetId: target.id,
            summary: { by: 'congso user reset-password' },
          });
        });
        console.log(
          o.password
            ? 'Đã đặt mật khẩu mới / password set'
            : `Mật khẩu tạm / temporary password: ${password}`,
        );
      } finally {
        await runtime.close();
      }
    });
}
