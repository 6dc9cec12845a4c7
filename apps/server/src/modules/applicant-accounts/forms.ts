import type { FieldErrors, FormState } from '@congso/portal';
import { passwordWeaknesses } from '../../platform/auth/password.ts';
import {
  contactEmail,
  idNumberProblem,
  normalisePhone,
  readSignInName,
  type SignInName,
} from './identifiers.ts';

/**
 * The portal's account forms, read from urlencoded bodies. Checked field by field (not with a zod object,
 * which stops at the shape) so that every problem of a post is shown at once, each next to its field.
 */

/** The text of each named field (the first value when a field came twice), '' when absent. */
export function formText<K extends string>(body: unknown, names: readonly K[]): Record<K, string> {
  const source = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const out = {} as Record<K, string>;
  for (const name of names) {
    const value = source[name];
    const first = Array.isArray(value) ? value[0] : value;
    out[name] = typeof first === 'string' ? first.slice(0, 2000) : '';
  }
  return out;
}

/**
 * A form read: its data, or the problems found. Either way `values` is what the page shows again if the form
 * goes back to it (every value typed but the passwords, which are never sent back).
 */
export type Checked<T> =
  | { ok: true; data: T; values: Record<string, string> }
  | { ok: false; form: FormState };

function done<T>(errors: FieldErrors, typed: Record<string, string>, data: () => T): Checked<T> {
  const { password: _p, passwordConfirm: _c, ...values } = typed;
  if (Object.keys(errors).length > 0) return { ok: false, form: { values, errors: { ...errors } } };
  return { ok: true, data: data(), values };
}

function checkNewPassword(
  errors: Record<string, string>,
  password: string,
  confirm: string,
  username: string | undefined,
): void {
  const weaknesses = passwordWeaknesses(password, username);
  if (!password) errors.password = 'Nhập mật khẩu';
  else if (weaknesses.length > 0) errors.password = weaknesses.join('. ');
  if (!errors.password && password !== confirm) errors.passwordConfirm = 'Hai mật khẩu không giống nhau';
}

function signInNameOf(errors: Record<string, string>, text: string): SignInName | undefined {
  const name = readSignInName(text);
  if ('problem' in name) {
    errors.account = name.problem;
    return undefined;
  }
  return name;
}

export const registerFields = [
  'kind',
  'account',
  'displayName',
  'idNumber',
  'password',
  'passwordConfirm',
] as const;

export interface RegisterInput {
  kind: 'citizen' | 'business';
  account: SignInName;
  displayName: string;
  idNumber: string | null;
  password: string;
}

export function checkRegister(body: unknown): Checked<RegisterInput> {
  const v = formText(body, registerFields);
  const errors: Record<string, string> = {};
  const kind = v.kind === 'citizen' || v.kind === 'business' ? v.kind : undefined;
  if (!kind) errors.kind = 'Chọn công dân hoặc tổ chức, doanh nghiệp';
  const account = signInNameOf(errors, v.account);
  const displayName = v.displayName.trim().replace(/\s+/g, ' ');
  if (displayName.length < 2)
    errors.displayName = 'Nhập họ và tên, hoặc tên tổ chức, doanh nghiệp (ít nhất 2 ký tự)';
  else if (displayName.length > 200) errors.displayName = 'Tối đa 200 ký tự';
  const idNumber = v.idNumber.replace(/\s/g, '');
  if (kind === 'business' && !idNumber) errors.idNumber = 'Nhập mã số doanh nghiệp (mã số thuế)';
  else if (kind && idNumber) {
    const problem = idNumberProblem(kind, idNumber);
    if (problem) errors.idNumber = problem;
  }
  checkNewPassword(errors, v.password, v.passwordConfirm, account?.value);
  return done(errors, v, () => ({
    kind: kind!,
    account: account!,
    displayName,
    idNumber: idNumber || null,
    password: v.password,
  }));
}

export const signInFields = ['account', 'password', 'tiep'] as const;

export function checkSignIn(body: unknown): Checked<{ account: SignInName; password: string }> {
  const v = formText(body, signInFields);
  const errors: Record<string, string> = {};
  const account = signInNameOf(errors, v.account);
  if (!v.password) errors.password = 'Nhập mật khẩu';
  return done(errors, v, () => ({ account: account!, password: v.password }));
}

export const codeFields = ['account', 'code', 'action'] as const;

/** A one-time code as typed: spaces a person may add between the digits are dropped. */
function readCode(errors: Record<string, string>, text: string): string {
  const code = text.replace(/\s/g, '');
  if (!/^[0-9]{6}$/.test(code)) errors.code = 'Nhập mã gồm đúng 6 chữ số';
  return code;
}

/** The account and, unless a new code is asked for, the code typed. */
export function checkCodeForm(
  body: unknown,
): Checked<{ account: SignInName; code: string; resend: boolean }> {
  const v = formText(body, codeFields);
  const errors: Record<string, string> = {};
  const account = signInNameOf(errors, v.account);
  const resend = v.action === 'resend';
  const code = resend ? '' : readCode(errors, v.code);
  // a code is never shown back: a wrong one is typed again
  return done(errors, { account: v.account }, () => ({ account: account!, code, resend }));
}

export const resetFields = ['account', 'code', 'password', 'passwordConfirm', 'action'] as const;

export interface ResetInput {
  account: SignInName;
  code: string;
  password: string;
  resend: boolean;
}

export function checkReset(body: unknown): Checked<ResetInput> {
  const v = formText(body, resetFields);
  const errors: Record<string, string> = {};
  const account = signInNameOf(errors, v.account);
  const resend = v.action === 'resend';
  const code = resend ? '' : readCode(errors, v.code);
  if (!resend) checkNewPassword(errors, v.password, v.passwordConfirm, account?.value);
  return done(errors, { account: v.account }, () => ({
    account: account!,
    code,
    password: v.password,
    resend,
  }));
}

export const profileFields = ['displayName', 'idNumber', 'email', 'phone', 'address'] as const;

export interface ProfileInput {
  displayName: string;
  idNumber: string | null;
  /** Only the contact the account does not sign in with is taken from the form (undefined: unchanged). */
  email?: string | null;
  phone?: string | null;
  address: string | null;
}

export function checkProfile(
  body: unknown,
  account: { kind: 'citizen' | 'business'; signInChannel: 'email' | 'sms' | 'identity_provider' },
): Checked<ProfileInput> {
  const v = formText(body, profileFields);
  const errors: Record<string, string> = {};
  const displayName = v.displayName.trim().replace(/\s+/g, ' ');
  if (displayName.length < 2) errors.displayName = 'Nhập ít nhất 2 ký tự';
  else if (displayName.length > 200) errors.displayName = 'Tối đa 200 ký tự';
  const idNumber = v.idNumber.replace(/\s/g, '');
  if (account.kind === 'business' && !idNumber) errors.idNumber = 'Nhập mã số doanh nghiệp (mã số thuế)';
  else if (idNumber) {
    const problem = idNumberProblem(account.kind, idNumber);
    if (problem) errors.idNumber = problem;
  }
  let email: string | null | undefined;
  if (account.signInChannel !== 'email') {
    email = v.email.trim() ? (contactEmail(v.email) ?? null) : null;
    if (v.email.trim() && !email) errors.email = 'Địa chỉ email không hợp lệ';
  }
  let phone: string | null | undefined;
  if (account.signInChannel !== 'sms') {
    phone = v.phone.trim() ? (normalisePhone(v.phone) ?? null) : null;
    if (v.phone.trim() && !phone)
      errors.phone = 'Số điện thoại di động không hợp lệ (ví dụ: 0912345678 hoặc +84912345678)';
  }
  const address = v.address.trim().replace(/\s+/g, ' ');
  if (address.length > 500) errors.address = 'Tối đa 500 ký tự';
  return done(errors, v, () => ({
    displayName,
    idNumber: idNumber || null,
    ...(email !== undefined ? { email } : {}),
    ...(phone !== undefined ? { phone } : {}),
    address: address || null,
  }));
}
