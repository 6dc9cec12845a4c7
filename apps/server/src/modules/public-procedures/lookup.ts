import { DossierCodeError, parseDossierCode } from '@congso/one-stop';
import type { DossierLookup } from '@congso/portal';
import type { Executor } from '../../platform/db/database.ts';
import { lookupDossier } from './lookup-repository.ts';

/**
 * A code as people type or copy it: spaces anywhere (a line broken in a message, "…-250715 - 0001") and
 * lower case are forgiven; dossier codes have neither.
 */
export function normaliseDossierCode(typed: string): string {
  return typed.replace(/\s+/g, '').toUpperCase().slice(0, 80);
}

/**
 * The answer to `/tra-cuu-ho-so?ma=…`. Something that cannot be a dossier code is answered like a code
 * nobody has (with what a code looks like), without asking the database.
 */
export async function lookUp(db: Executor, typed: string, now: Date): Promise<DossierLookup> {
  const code = normaliseDossierCode(typed);
  if (!code) return { kind: 'form' };
  try {
    parseDossierCode(code);
  } catch (error) {
    if (error instanceof DossierCodeError) return { kind: 'not-found', code, hint: error.message };
    throw error;
  }
  const dossier = await lookupDossier(db, code, now);
  return dossier ? { kind: 'found', dossier } : { kind: 'not-found', code, hint: null };
}
