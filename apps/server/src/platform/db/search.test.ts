import fc from 'fast-check';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/database.ts';
import { searchKey } from './search.ts';

const db = await createTestDatabase();

const vietnamese =
  'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
const letters = [...vietnamese, ...vietnamese.toUpperCase(), ' ', '-', '0', '9'];

describe('search key', () => {
  it('is the same in JavaScript and in PostgreSQL for every Vietnamese letter', async () => {
    const text = letters.join('');
    const row = await sql<{ key: string }>`select search_key(${text}) as key`.execute(db.db);
    expect(searchKey(text)).toBe(row.rows[0]!.key);
  });

  it('agrees on random Vietnamese text, composed or decomposed', async () => {
    const samples = fc.sample(fc.string({ unit: fc.constantFrom(...letters), maxLength: 30 }), 200);
    for (const text of samples) {
      for (const form of [text, text.normalize('NFD')]) {
        const row = await sql<{ key: string }>`select search_key(${form.normalize('NFC')}) as key`.execute(
          db.db,
        );
        expect(searchKey(form)).toBe(row.rows[0]!.key);
      }
    }
  });
});
