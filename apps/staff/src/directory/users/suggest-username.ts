import { foldText } from '../../shared/format.ts';

/**
 * The usual Vietnamese account name: given name followed by the initials of the family and middle names,
 * then the agency's abbreviation: "Nguyễn Văn An" at SNV → "annv.snv".
 */
export function suggestUsername(fullName: string, agencyAbbreviation?: string): string {
  const words = foldText(fullName)
    .replace(/[^a-z0-9\s]/g, '')
    .split(/\s+/)
    .filter(Boolean);
  const given = words.at(-1);
  if (!given) return '';
  const initials = words
    .slice(0, -1)
    .map((w) => w[0])
    .join('');
  const suffix = agencyAbbreviation ? `.${foldText(agencyAbbreviation).replace(/[^a-z0-9]/g, '')}` : '';
  return `${given}${initials}${suffix}`;
}
