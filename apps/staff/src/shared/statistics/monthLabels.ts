/** "03/2025" for tables and tooltips; under a bar "03", or "03/25" when the period spans several years. */
export function monthName(month: string): string {
  return `${month.slice(5)}/${month.slice(0, 4)}`;
}

export function monthLabel(month: string, severalYears: boolean): string {
  return severalYears ? `${month.slice(5)}/${month.slice(2, 4)}` : month.slice(5);
}
