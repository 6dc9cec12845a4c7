/**
 * Urgency (mức độ khẩn, Art. 4(2)(c) and Phụ lục I) and secrecy (độ mật, under the law on state secrets)
 * marks on a document.
 */

// ----------------------------------------------------------------------------------------------------------
// Urgency

export type Urgency = 'normal' | 'urgent' | 'very_urgent' | 'flash' | 'flash_timed';
export type UrgencyPriority = 0 | 1 | 2 | 3 | 4;

export interface UrgencyLevel {
  value: Urgency;
  /** Vietnamese name: `Thường`, `Khẩn`, `Thượng khẩn`, `Hỏa tốc`, `Hỏa tốc hẹn giờ`. */
  name: string;
  /** edXML `Priority` (QCVN 102:2016). */
  priority: UrgencyPriority;
}

/** From the least to the most urgent; the index is the edXML priority. */
export const urgencies: readonly UrgencyLevel[] = Object.freeze([
  Object.freeze({ value: 'normal', name: 'Thường', priority: 0 } as const),
  Object.freeze({ value: 'urgent', name: 'Khẩn', priority: 1 } as const),
  Object.freeze({ value: 'very_urgent', name: 'Thượng khẩn', priority: 2 } as const),
  Object.freeze({ value: 'flash', name: 'Hỏa tốc', priority: 3 } as const),
  Object.freeze({ value: 'flash_timed', name: 'Hỏa tốc hẹn giờ', priority: 4 } as const),
]);

export function isUrgency(value: string): value is Urgency {
  return urgencies.some((u) => u.value === value);
}

export function urgencyLevel(u: Urgency): UrgencyLevel {
  const found = urgencies.find((level) => level.value === u);
  if (!found) throw new RangeError(`Mức độ khẩn không hợp lệ: "${String(u)}"`);
  return found;
}

/** The urgency with this edXML priority (0–4), or `undefined`. */
export function urgencyByPriority(priority: number): Urgency | undefined {
  return urgencies.find((u) => u.priority === priority)?.value;
}

/**
 * Whether the document is urgent (khẩn, thượng khẩn, hỏa tốc, hỏa tốc hẹn giờ): registered, submitted and
 * handed over immediately on arrival (Art. 23(1), 24(2)) and released immediately after signing (Art. 18(1)).
 */
export function isUrgent(u: Urgency): boolean {
  return urgencyLevel(u).priority > 0;
}

// ----------------------------------------------------------------------------------------------------------
// Secrecy

export type Secrecy = 'none' | 'confidential' | 'secret' | 'top_secret';
export type SecrecyRank = 0 | 1 | 2 | 3;

export interface SecrecyLevel {
  value: Secrecy;
  /** Vietnamese name: `Thường` (not secret), `Mật`, `Tối mật`, `Tuyệt mật`. */
  name: string;
  rank: SecrecyRank;
}

/** From not secret to the most secret; the index is the rank. */
export const secrecyLevels: readonly SecrecyLevel[] = Object.freeze([
  Object.freeze({ value: 'none', name: 'Thường', rank: 0 } as const),
  Object.freeze({ value: 'confidential', name: 'Mật', rank: 1 } as const),
  Object.freeze({ value: 'secret', name: 'Tối mật', rank: 2 } as const),
  Object.freeze({ value: 'top_secret', name: 'Tuyệt mật', rank: 3 } as const),
]);

export function isSecrecy(value: string): value is Secrecy {
  return secrecyLevels.some((s) => s.value === value);
}

export function secrecyLevel(s: Secrecy): SecrecyLevel {
  const found = secrecyLevels.find((level) => level.value === s);
  if (!found) throw new RangeError(`Độ mật không hợp lệ: "${String(s)}"`);
  return found;
}

/** 0 (not secret) to 3 (tuyệt mật); throws a `RangeError` for an unknown value. */
export function secrecyRank(s: Secrecy): number {
  return secrecyLevel(s).rank;
}

/** Whether the document is a state secret (mật, tối mật, tuyệt mật): separate number series and register. */
export function isSecret(s: Secrecy): boolean {
  return secrecyRank(s) > 0;
}

/** Whether an official with this clearance may see a document of this secrecy: rank(clearance) ≥ rank(document). */
export function canSee(clearance: Secrecy, documentSecrecy: Secrecy): boolean {
  return secrecyRank(clearance) >= secrecyRank(documentSecrecy);
}
