import fc from 'fast-check';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/database.ts';
import { matchesPhrases, searchKey } from './search.ts';

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

describe('phrase search (search_vector and matchesPhrases)', () => {
  const matches = async (text: string, query: string) => {
    const row = await sql<{ hit: boolean }>`select ${matchesPhrases('v', query)} as hit
      from (select search_vector(${text}) as v) t`.execute(db.db);
    return row.rows[0]!.hit;
  };

  it('finds a phrase typed without diacritics, in any case', async () => {
    const subject = 'Quyết định thành lập Ban chỉ đạo phòng, chống thiên tai tỉnh Lào Cai';
    expect(await matches(subject, 'quyet dinh thanh lap')).toBe(true);
    expect(await matches(subject, 'QUYẾT ĐỊNH thành lập')).toBe(true);
    expect(await matches(subject, 'ban chi dao')).toBe(true);
    expect(await matches(subject, 'lao cai')).toBe(true);
  });

  it('wants the words of a phrase in the order typed; commas separate phrases that may stand anywhere', async () => {
    const subject = 'Quyết định thành lập Ban chỉ đạo';
    expect(await matches(subject, 'thanh lap quyet dinh')).toBe(false);
    expect(await matches(subject, 'thanh lap, quyet dinh')).toBe(true);
    expect(await matches(subject, 'quyet dinh, giai the')).toBe(false);
  });

  it('finds a reference by its parts and as written', async () => {
    const text = 'Công văn 05/QĐ-UBND ngày 12/3/2026';
    expect(await matches(text, '05/QĐ-UBND')).toBe(true);
    expect(await matches(text, 'qd-ubnd')).toBe(true);
    expect(await matches(text, '06/QĐ-UBND')).toBe(false);
  });

  it('matches any run of words of a text, however it was typed (property)', async () => {
    const syllables = ['quyết', 'định', 'hành', 'chính', 'xử', 'lý', 'vi', 'phạm', 'Đắk', 'Lắk', 'số', '05'];
    const cases = fc.sample(
      fc
        .array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 15 })
        .chain((words) =>
          fc.tuple(
            fc.constant(words),
            fc.integer({ min: 0, max: words.length - 1 }),
            fc.integer({ min: 1, max: 6 }),
            fc.boolean(),
          ),
        ),
      100,
    );
    for (const [words, start, length, plain] of cases) {
      const text = words.join(' ');
      const typed = words.slice(start, start + length).join(' ');
      expect(await matches(text, plain ? searchKey(typed) : typed.toUpperCase())).toBe(true);
    }
  });
});

describe('search_vector', () => {
  it('stays a valid tsvector under 1 MB however long and varied the text', async () => {
    // 400,000 distinct words: several MB of words and pairs if nothing stopped them
    const words = Array.from({ length: 400_000 }, (_, i) => `w${i.toString(36)}`);
    const row = await sql<{ size: number; found: boolean; late: boolean }>`
      select pg_column_size(v) as size, v @@ ${`'${searchKey(words[0]!)}'`}::tsquery as found,
        v @@ ${`'${searchKey(words.at(-1)!)}'`}::tsquery as late
      from (select search_vector(${words.join(' ')}) as v) t`.execute(db.db);
    expect(row.rows[0]!.size).toBeLessThan(1_048_576);
    expect(row.rows[0]!.found).toBe(true);
    expect(row.rows[0]!.late).toBe(false);
  });
});
