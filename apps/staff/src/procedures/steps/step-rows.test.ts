import { describe, expect, it } from 'vitest';
import { moveRow, problemsByRow, runningTotal, startingRows, toInput } from './step-rows.ts';

const names = { receive: 'Tiếp nhận', handle: 'Thẩm định', approve: 'Phê duyệt', return: 'Trả kết quả' };

describe('the rows of the processing steps editor', () => {
  it('starts with receive, handle and return at the agency, the legal time given to the handling', () => {
    const rows = startingRows('a', 7.5, names);
    expect(toInput(rows)).toEqual([
      { name: 'Tiếp nhận', role: 'receive', handlerAgencyId: 'a', handlerDepartmentId: null, days: 0 },
      { name: 'Thẩm định', role: 'handle', handlerAgencyId: 'a', handlerDepartmentId: null, days: 7.5 },
      { name: 'Trả kết quả', role: 'return', handlerAgencyId: 'a', handlerDepartmentId: null, days: 0 },
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(3);
  });

  it('keeps a running total in hundredths, fractions of a day exact', () => {
    const rows = startingRows('a', null, names).map((r, i) => ({ ...r, days: [0.1, 0.2, null][i] ?? null }));
    expect(runningTotal(rows, 0.3)).toEqual({ total: 30, legal: 30, matches: true });
    expect(runningTotal(rows, null)).toEqual({ total: 30, legal: null, matches: false });
  });

  it('moves rows up and down, not past the ends', () => {
    const rows = startingRows('a', 1, names);
    expect(moveRow(rows, 2, -1).map((r) => r.role)).toEqual(['receive', 'return', 'handle']);
    expect(moveRow(rows, 0, -1).map((r) => r.role)).toEqual(['receive', 'handle', 'return']);
  });

  it("puts the server's problems on the rows, the sum on the list", () => {
    const { rows, list } = problemsByRow([
      {
        pointer: '/body/steps/0/handlerAgencyId',
        detail: 'Bước tiếp nhận phải do chính cơ quan tiếp nhận thực hiện',
      },
      { pointer: '/body/steps/2/days', detail: 'Số ngày không được âm' },
      { pointer: '/body/steps', detail: 'Tổng thời gian các bước là 9,5 ngày làm việc…' },
    ]);
    expect(rows.get(0)).toEqual({
      handlerAgencyId: ['Bước tiếp nhận phải do chính cơ quan tiếp nhận thực hiện'],
    });
    expect(rows.get(2)).toEqual({ days: ['Số ngày không được âm'] });
    expect(list).toEqual(['Tổng thời gian các bước là 9,5 ngày làm việc…']);
  });
});
