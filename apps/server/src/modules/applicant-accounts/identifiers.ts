/**
 * How an applicant names their account: the email address or Vietnamese mobile number they registered with,
 * normalised so that `+84 912 345 678`, `84912345678` and `0912.345.678` are the same account. The normalised
 * form is the account's `users.username`, so it must also fit that column's check.
 */

/** Where one-time codes go: an email address (channel email) or a mobile number (channel sms). */
export interface SignInName {
  channel: 'email' | 'sms';
  /** The normalised email (lower case) or phone (national form, 0 + 9 digits). */
  value: string;
}

/** `users.username`'s check (migration 0002): what a sign-in name must fit to be a username. */
const USERNAME = /^[a-z0-9][a-z0-9._@-]{2,63}$/;
/**
 * An email the account can be named by: the common shape, in the characters a username allows. Addresses
 * with `+` or other rarer characters are refused with a message saying so (or use a phone number).
 */
const EMAIL = /^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/;
/** Vietnamese mobile numbers: 03x, 05x, 07x, 08x, 09x and 8 more digits. */
const MOBILE = /^0[35789][0-9]{8}$/;

/** A Vietnamese mobile number in national form, or undefined when it is not one. */
export function normalisePhone(input: string): string | undefined {
  const digits = input.trim().replace(/[\s.()-]/g, '');
  let national = digits;
  if (digits.startsWith('+84')) national = `0${digits.slice(3)}`;
  else if (/^84[0-9]{9}$/.test(digits)) national = `0${digits.slice(2)}`;
  return MOBILE.test(national) ? national : undefined;
}

/** An email address in lower case, or undefined when it cannot name an account. */
export function normaliseEmail(input: string): string | undefined {
  const email = input.trim().toLowerCase();
  return EMAIL.test(email) && USERNAME.test(email) ? email : undefined;
}

/** An email address to be reached at (not signed in with): any ordinary address, up to 200 characters. */
export function contactEmail(input: string): string | undefined {
  const email = input.trim().toLowerCase();
  return email.length <= 200 && /^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/.test(email) ? email : undefined;
}

/** Reads what the applicant typed as their email or phone; a message in Vietnamese when it is neither. */
export function readSignInName(input: string): SignInName | { problem: string } {
  const text = input.trim();
  if (!text) return { problem: 'Nhập địa chỉ email hoặc số điện thoại di động' };
  if (text.includes('@')) {
    const value = normaliseEmail(text);
    if (value) return { channel: 'email', value };
    return {
      problem:
        'Địa chỉ email không hợp lệ hoặc không dùng được làm tên đăng nhập (chỉ gồm chữ không dấu, chữ số và các dấu . _ -, tối đa 64 ký tự)',
    };
  }
  const value = normalisePhone(text);
  if (value) return { channel: 'sms', value };
  return { problem: 'Số điện thoại di động không hợp lệ (ví dụ: 0912345678 hoặc +84912345678)' };
}

/** Số định danh cá nhân: 12 digits (Luật Căn cước 2023), as the dossiers take it. */
const PERSONAL_ID = /^[0-9]{12}$/;
/** Mã số doanh nghiệp (= mã số thuế): 10 digits; a dependent unit adds `-` and 3 digits. */
const BUSINESS_CODE = /^[0-9]{10}(-[0-9]{3})?$/;

/** Why an identity number does not fit the applicant's kind, or undefined when it does. */
export function idNumberProblem(kind: 'citizen' | 'business', idNumber: string): string | undefined {
  if (kind === 'citizen')
    return PERSONAL_ID.test(idNumber) ? undefined : 'Số định danh cá nhân gồm đúng 12 chữ số';
  return BUSINESS_CODE.test(idNumber)
    ? undefined
    : 'Mã số doanh nghiệp, mã số thuế gồm 10 chữ số (đơn vị phụ thuộc: thêm dấu - và 3 chữ số)';
}
