import { describe, expect, it } from 'vitest';
import { formFor, oneStopForms } from '../src/index.ts';

describe('the forms of TT 01/2018/TT-VPCP', () => {
  it('are the six forms, A5 but the tracking register', () => {
    expect(oneStopForms.map((f) => f.number)).toEqual(['01', '02', '03', '04', '05', '06']);
    expect(oneStopForms.filter((f) => f.paper === 'A4').map((f) => f.number)).toEqual(['06']);
    expect(formFor('apology').title).toBe('Phiếu xin lỗi và hẹn lại ngày trả kết quả');
    expect(formFor('receipt').number).toBe('01');
  });

  it('lay the register across the page and number only the slips given to the applicant', () => {
    expect(oneStopForms.filter((f) => f.orientation === 'landscape').map((f) => f.number)).toEqual(['06']);
    expect(oneStopForms.filter((f) => f.numbered).map((f) => f.number)).toEqual(['01', '02', '03', '04']);
  });
});
