import { describe, expect, it } from 'vitest';
import { blankProcedure, changesOf, inputOf } from './form-values.ts';

describe('the values of the procedure form', () => {
  it('sends empty list cells as empty strings and a cleared amount as null', () => {
    const input = inputOf({
      ...blankProcedure,
      fees: [{ name: 'Lệ phí', amount: undefined as unknown as null, text: undefined as unknown as string }],
      requiredDocuments: [{ name: 'Tờ khai' } as never],
      results: [{ name: 'Giấy khai sinh' } as never],
    });
    expect(input.fees).toEqual([{ name: 'Lệ phí', amount: null, text: '' }]);
    expect(input.requiredDocuments).toEqual([
      { name: 'Tờ khai', template: '', quantity: '', required: true, group: '' },
    ]);
    expect(input.results).toEqual([{ name: 'Giấy khai sinh', code: '' }]);
  });

  it('an edit sends only what changed, whatever the order of keys in the lists', () => {
    const before = inputOf({
      ...blankProcedure,
      name: 'Đăng ký khai sinh',
      legalBasis: [{ title: 'Luật Hộ tịch', reference: '60/2014/QH13' }],
      fees: [{ name: 'Lệ phí', amount: 0, text: 'Miễn phí' }],
    });
    const after = {
      ...before,
      legalBasis: [{ reference: '60/2014/QH13', title: 'Luật Hộ tịch' }],
      fees: [{ name: 'Lệ phí', amount: 8000, text: 'Đăng ký quá hạn' }],
      processingDays: 0.5,
    };
    expect(changesOf(before, after)).toEqual({
      fees: [{ name: 'Lệ phí', amount: 8000, text: 'Đăng ký quá hạn' }],
      processingDays: 0.5,
    });
    expect(changesOf(before, before)).toEqual({});
  });
});
