import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDays,
  processingStepProblems,
  type StepDraft,
  type StepRole,
  toHundredths,
} from '../src/index.ts';

const centre = 'trung-tam';
const department = 'so-tu-phap';

const step = (role: StepRole, days: number, handlerAgencyId = centre): StepDraft => ({
  role,
  days,
  handlerAgencyId,
});

/** Receive at the centre, handled by the department, approved, returned at the centre. */
const typical = (days: [number, number, number, number]): StepDraft[] => [
  step('receive', days[0]),
  step('handle', days[1], department),
  step('approve', days[2], department),
  step('return', days[3]),
];

const check = (steps: StepDraft[], legalDays: number | null = 10) =>
  processingStepProblems({ legalDays, receivingAgencyId: centre, steps });

describe('processing steps (quy trình nội bộ)', () => {
  it('accepts steps whose fractions of a day add up to the legal time, handled at another agency', () => {
    expect(check(typical([0.5, 7.5, 1.5, 0.5]))).toEqual([]);
    expect(check(typical([0.25, 2.5, 0.25, 0]), 3)).toEqual([]);
    // a sum floating point gets wrong: 0.1 + 0.2 !== 0.3
    expect(check(typical([0.1, 0.2, 0.3, 0.4]), 1)).toEqual([]);
  });

  it('refuses a wrong sum, saying by how much, the Vietnamese way', () => {
    expect(check(typical([0.5, 7, 1.5, 0.5]))).toEqual([
      {
        step: null,
        part: 'days',
        message:
          'Tổng thời gian các bước là 9,5 ngày làm việc, chưa bằng thời hạn giải quyết theo quy định là 10 ngày (còn thiếu 0,5 ngày)',
      },
    ]);
    expect(check(typical([0.5, 8, 1.75, 0.5]))[0]?.message).toContain('là 10,75 ngày làm việc');
    expect(check(typical([0.5, 8, 1.75, 0.5]))[0]?.message).toContain('(vượt quá 0,75 ngày)');
  });

  it('needs the legal time first', () => {
    expect(check(typical([0.5, 7.5, 1.5, 0.5]), null)).toEqual([
      {
        step: null,
        part: null,
        message:
          'Thủ tục chưa có thời hạn giải quyết theo quy định; hãy nhập thời hạn giải quyết trước khi lập quy trình nội bộ',
      },
    ]);
  });

  it('receives and returns at the counter of the receiving agency, with handling in between', () => {
    const problems = check([
      step('approve', 1, department),
      step('approve', 8),
      step('receive', 0.5),
      step('approve', 0.5, department),
    ]);
    expect(problems).toEqual([
      { step: 0, part: 'role', message: 'Bước đầu tiên phải là bước tiếp nhận hồ sơ' },
      {
        step: 0,
        part: 'handlerAgencyId',
        message: 'Bước tiếp nhận phải do chính cơ quan tiếp nhận hồ sơ thực hiện',
      },
      { step: 2, part: 'role', message: 'Chỉ bước đầu tiên là bước tiếp nhận hồ sơ' },
      { step: 3, part: 'role', message: 'Bước cuối cùng phải là bước trả kết quả' },
      {
        step: 3,
        part: 'handlerAgencyId',
        message: 'Bước trả kết quả phải do chính cơ quan tiếp nhận hồ sơ thực hiện',
      },
      {
        step: null,
        part: null,
        message: 'Quy trình nội bộ phải có ít nhất một bước thụ lý, thẩm định hồ sơ',
      },
    ]);
    expect(check([step('receive', 1), step('return', 1), step('handle', 7), step('return', 1)])).toEqual([
      { step: 1, part: 'role', message: 'Chỉ bước cuối cùng là bước trả kết quả' },
    ]);
  });

  it('refuses days with more than two decimals or below zero, and an empty list', () => {
    const problems = check(typical([0.125, 8.375, -1, 2.5]));
    expect(problems).toEqual([
      {
        step: 0,
        part: 'days',
        message: 'Số ngày chỉ được có tối đa hai chữ số thập phân (ví dụ 0,5 hoặc 1,25)',
      },
      {
        step: 1,
        part: 'days',
        message: 'Số ngày chỉ được có tối đa hai chữ số thập phân (ví dụ 0,5 hoặc 1,25)',
      },
      { step: 2, part: 'days', message: 'Số ngày không được âm' },
    ]);
    expect(check([])).toEqual([{ step: null, part: null, message: 'Quy trình nội bộ chưa có bước nào' }]);
  });

  it('reads and writes days in hundredths', () => {
    expect(toHundredths(0.29)).toBe(29);
    expect(toHundredths(2.5)).toBe(250);
    expect(toHundredths(0.001)).toBeNull();
    expect(toHundredths(Number.NaN)).toBeNull();
    expect(formatDays(0.5)).toBe('0,5');
    expect(formatDays(10)).toBe('10');
    expect(formatDays(1.25)).toBe('1,25');
    expect(formatDays(3.05)).toBe('3,05');
  });

  it('property: days of two decimals add up exactly, and one hundredth off is always refused', () => {
    const hundredths = fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(hundredths, (middle) => {
        const steps = [
          step('receive', 0.5),
          ...middle.map((h) => step('handle', h / 100, department)),
          step('return', 0.25),
        ];
        const legal = (50 + middle.reduce((a, b) => a + b, 0) + 25) / 100;
        expect(check(steps, legal)).toEqual([]);
        const off = check(steps, (Math.round(legal * 100) + 1) / 100);
        expect(off).toHaveLength(1);
        expect(off[0]?.message).toContain('(còn thiếu 0,01 ngày)');
      }),
    );
  });
});
