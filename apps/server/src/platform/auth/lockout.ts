/**
 * Lockout with back-off: the first few failures are free, then each further failure locks the account for
 * twice as long as the last, up to a ceiling. A correct password during a lock is refused too, so guessing
 * cannot continue; a successful login resets the count.
 */
export const FREE_ATTEMPTS = 5;
const FIRST_LOCK_SECONDS = 60;
const MAX_LOCK_SECONDS = 60 * 60;

/** How long to lock after the n-th consecutive failure (0 = no lock). */
export function lockSecondsAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_LOCK_SECONDS * 2 ** (failures - FREE_ATTEMPTS), MAX_LOCK_SECONDS);
}

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

/** How long a lock still holds, as a person reads it: "45 giây", "8 phút". */
export function lockWaitText(lockedUntil: Date, now = Date.now()): string {
  const seconds = Math.max(1, Math.ceil((lockedUntil.getTime() - now) / 1000));
  return seconds >= 120 ? `${Math.ceil(seconds / 60)} phút` : `${seconds} giây`;
}
