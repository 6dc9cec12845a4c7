import { describe, expect, it } from 'vitest';
import { readSearch } from './search-query.ts';

describe('a search from the address', () => {
  it('reads every filter', () => {
    expect(
      readSearch({
        q: ' ho tich ',
        'linh-vuc': 'Hộ tịch',
        'co-quan': '0A1B2C3D-0000-4000-8000-000000000001',
        cap: 'Cấp xã',
        'truc-tuyen': 'toan-trinh',
        'nop-truc-tuyen': '1',
        trang: '3',
      }),
    ).toEqual({
      q: 'ho tich',
      field: 'Hộ tịch',
      agency: '0a1b2c3d-0000-4000-8000-000000000001',
      level: 'Cấp xã',
      online: 'full',
      onlyOnline: true,
      page: 3,
    });
  });

  it('reads what is not a sensible value as not chosen', () => {
    expect(
      readSearch({
        'co-quan': "x' or 1=1",
        'truc-tuyen': 'co',
        'nop-truc-tuyen': 'yes',
        trang: '-3',
        q: ['a', 'b'],
      }),
    ).toEqual({ q: 'a', field: '', agency: '', level: '', online: '', onlyOnline: false, page: 1 });
    expect(readSearch({ trang: '100000' }).page).toBe(1);
    expect(readSearch({ q: 'x'.repeat(500) }).q).toHaveLength(200);
  });
});
