import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInFigures, amountInWords, numberInWords } from '../src/index.ts';

/**
 * Reads Vietnamese number words back into a number, written here independently of the package: digits wait
 * for what multiplies them ("trăm", "mươi", a group), "mười" is ten, "linh" holds the place of zero tens,
 * "nghìn"/"triệu" close a group, "tỷ" multiplies everything said before it.
 */
function readBack(words: string): number {
  const DIGIT: Record<string, number> = {
    không: 0,
    một: 1,
    mốt: 1,
    hai: 2,
    ba: 3,
    bốn: 4,
    năm: 5,
    lăm: 5,
    sáu: 6,
    bảy: 7,
    tám: 8,
    chín: 9,
  };
  let total = 0;
  let group = 0;
  let pending = 0;
  for (const word of words.split(' ')) {
    if (word in DIGIT) pending = DIGIT[word]!;
    else if (word === 'trăm') [group, pending] = [group + pending * 100, 0];
    else if (word === 'mươi') [group, pending] = [group + pending * 10, 0];
    else if (word === 'mười') group += 10;
    else if (word === 'linh') continue;
    else if (word === 'nghìn' || word === 'triệu') {
      total += (group + pending) * (word === 'nghìn' ? 1000 : 1_000_000);
      [group, pending] = [0, 0];
    } else if (word === 'tỷ') {
      total = (total + group + pending) * 1_000_000_000;
      [group, pending] = [0, 0];
    } else throw new Error(`unknown word "${word}" in "${words}"`);
  }
  return total + group + pending;
}

describe('amounts in Vietnamese words', () => {
  it('reads amounts as receipts write them', () => {
    const cases: [number, string][] = [
      [0, 'Không đồng'],
      [5, 'Năm đồng'],
      [10, 'Mười đồng'],
      [15, 'Mười lăm đồng'],
      [21, 'Hai mươi mốt đồng'],
      [11, 'Mười một đồng'],
      [25, 'Hai mươi lăm đồng'],
      [105, 'Một trăm linh năm đồng'],
      [110, 'Một trăm mười đồng'],
      [1_005, 'Một nghìn không trăm linh năm đồng'],
      [50_000, 'Năm mươi nghìn đồng'],
      [150_000, 'Một trăm năm mươi nghìn đồng'],
      [1_000_500, 'Một triệu năm trăm đồng'],
      [1_000_005, 'Một triệu không trăm linh năm đồng'],
      [2_015_000, 'Hai triệu không trăm mười lăm nghìn đồng'],
      [1_000_000_000, 'Một tỷ đồng'],
      [1_050_000_000, 'Một tỷ không trăm năm mươi triệu đồng'],
      [1_000_000_000_000, 'Một nghìn tỷ đồng'],
      [
        9_999_999_999,
        'Chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng',
      ],
    ];
    for (const [amount, words] of cases) expect(amountInWords(amount), String(amount)).toBe(words);
  });

  it('say every whole amount so that it reads back to the same number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.maxSafeNat()), (n) => {
        expect(readBack(numberInWords(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('use "mốt", "lăm", "linh" and a spoken zero only where Vietnamese puts them', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        const words = numberInWords(n).split(' ');
        words.forEach((word, i) => {
          const before = words[i - 1];
          if (word === 'mốt') expect(before).toBe('mươi');
          if (word === 'lăm') expect(['mươi', 'mười']).toContain(before);
          if (word === 'linh') expect(before).toBe('trăm');
          // "không" is only ever the hundreds of a group after the first ("không trăm"), or zero itself
          if (word === 'không' && n !== 0) expect(words[i + 1]).toBe('trăm');
        });
        if (n !== 0) expect(words[0]).not.toBe('không');
        expect(words.join(' ')).not.toMatch(/mươi một|mươi không|mười năm|mươi năm/);
      }),
    );
  });

  it('start with a capital and end with "đồng"', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        const text = amountInWords(n);
        expect(text).toMatch(/^\p{Lu}.* đồng$|^Không đồng$/u);
      }),
    );
  });

  it('in figures, group thousands with dots', () => {
    expect(amountInFigures(0)).toBe('0 đồng');
    expect(amountInFigures(150_000)).toBe('150.000 đồng');
    expect(amountInFigures(1_234_567_890)).toBe('1.234.567.890 đồng');
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        expect(
          Number(
            amountInFigures(n)
              .replace(/ đồng$/, '')
              .replaceAll('.', ''),
          ),
        ).toBe(n);
      }),
    );
  });

  it('refuse what is not a whole amount', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 2])
      expect(() => amountInWords(bad)).toThrow(RangeError);
    expect(() => amountInFigures(-5)).toThrow(RangeError);
  });
});
