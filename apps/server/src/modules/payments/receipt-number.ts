/**
 * A receipt's number as printed and quoted: seven digits, as the numbers of invoices and receipts are written
 * (Nghị định 123/2020/NĐ-CP), then the year its series belongs to: `0000012/2026`. Each receiving agency has
 * one series a year (`payment_receipt_sequences`).
 */
export function receiptNumberText(year: number, number: number): string {
  return `${String(number).padStart(7, '0')}/${year}`;
}

/** The receipt number of a payment, once it has one (paid), else null. */
export function receiptNumberOf(payment: { receiptYear: number | null; receiptNumber: number | null }) {
  return payment.receiptYear !== null && payment.receiptNumber !== null
    ? receiptNumberText(payment.receiptYear, payment.receiptNumber)
    : null;
}
