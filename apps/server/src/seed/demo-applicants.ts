import { insertApplicant } from '../modules/applicant-accounts/repository.ts';
import { hashPassword } from '../platform/auth/password.ts';
import type { Executor } from '../platform/db/database.ts';

/** The demo citizen of the public portal: verified, ready to sign in and apply (password to change in real use). */
export const DEMO_CITIZEN = {
  username: 'congdan@example.vn',
  password: 'CongDan@2026',
  displayName: 'Nguyễn Văn An',
  idNumber: '001090012345',
  phone: '0912345678',
  address: 'Số 15 đường Hoàng Liên, phường Lào Cai, tỉnh Lào Cai',
} as const;

/** Adds the portal's demo applicant accounts (in the demo province's transaction); returns how many. */
export async function seedDemoApplicants(trx: Executor): Promise<number> {
  await insertApplicant(trx, {
    kind: 'citizen',
    username: DEMO_CITIZEN.username,
    displayName: DEMO_CITIZEN.displayName,
    email: DEMO_CITIZEN.username,
    passwordHash: await hashPassword(DEMO_CITIZEN.password),
    phone: DEMO_CITIZEN.phone,
    idNumber: DEMO_CITIZEN.idNumber,
    address: DEMO_CITIZEN.address,
    verifiedAt: new Date(),
  });
  return 1;
}
