import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id recommendation (19 MiB, 2 passes, 1 lane): about 20 ms on this class of machine.
// algorithm 2 = Argon2id (the package's const enum cannot be imported under verbatimModuleSyntax)
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize('NFC'));
  } catch {
    return false;
  }
}

// Verified against when the username does not exist, so that answering takes as long either way.
let dummyHash: Promise<string> | undefined;
export async function burnVerification(password: string): Promise<void> {
  dummyHash ??= hashPassword('congso-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
}

const common = new Set([
  '12345678',
  '123456789',
  '1234567890',
  'password',
  'password1',
  'matkhau123',
  'qwerty123',
  'abc12345',
  '11111111',
  'admin123',
  'congso123',
]);

/** Vietnamese reasons a new password is refused; empty when it is acceptable. */
export function passwordWeaknesses(password: string, username?: string): string[] {
  const reasons: string[] = [];
  if ([...password].length < 10) reasons.push('Mật khẩu cần ít nhất 10 ký tự');
  if ([...password].length > 200) reasons.push('Mật khẩu tối đa 200 ký tự');
  const classes = [/[a-zà-ỹđ]/u, /[A-ZÀ-ỸĐ]/u, /[0-9]/, /[^\p{L}\p{N}]/u].filter((re) =>
    re.test(password),
  ).length;
  if (classes < 3)
    reasons.push('Mật khẩu cần có ít nhất 3 trong 4 loại: chữ thường, chữ hoa, chữ số, ký tự đặc biệt');
  if (common.has(password.toLowerCase())) reasons.push('Mật khẩu quá phổ biến');
  if (username && password.toLowerCase().includes(username.toLowerCase()))
    reasons.push('Mật khẩu không được chứa tên đăng nhập');
  return reasons;
}
