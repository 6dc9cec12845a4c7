import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildNotation,
  documentTypes,
  formatReference,
  NotationError,
  parseReference,
  validateNotation,
} from '../src/index.ts';

const group = fc.stringMatching(/^[A-Za-z0-9Đđ]{1,6}$/);
/** An abbreviation as someone may type it: groups joined by "-", any case, maybe with outer spaces. */
const part = fc
  .tuple(fc.array(group, { minLength: 1, maxLength: 3 }), fc.constantFrom('', ' ', '  '))
  .map(([groups, pad]) => `${pad}${groups.join('-')}${pad}`);
const typeCode = fc.constantFrom(...documentTypes.map((t) => t.code));
const notationInput = fc.record({
  type: typeCode,
  agencyAbbreviation: part,
  unitAbbreviation: fc.option(part, { nil: undefined }),
});
const notation = notationInput.map(buildNotation);
const number = fc.integer({ min: 1, max: 99_999 });

describe('properties', () => {
  it('buildNotation always gives a notation that passes validateNotation', () => {
    fc.assert(
      fc.property(notationInput, (input) => {
        const built = buildNotation(input);
        expect(validateNotation(built)).toEqual([]);
        const type = documentTypes.find((t) => t.code === input.type)!;
        if (type.abbreviation !== null) expect(built.startsWith(`${type.abbreviation}-`)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('formatReference → parseReference gives back the same number and notation', () => {
    fc.assert(
      fc.property(number, notation, (n, written) => {
        const text = formatReference({ number: n, notation: written });
        const parsed = parseReference(text);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.value.number).toBe(n);
        expect(parsed.value.notation).toBe(written);
        expect(parsed.value.text).toBe(text);
        expect(parsed.value.groups.join('-')).toBe(written);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the same reference through the noise people add', () => {
    const noise = fc.record({
      prefix: fc.constantFrom('', 'Số: ', 'số ', 'SỐ:'),
      zeros: fc.constantFrom('', '0', '00'),
      slash: fc.constantFrom('/', ' / ', '/ '),
      dash: fc.constantFrom('-', ' - ', '–'),
      nfd: fc.boolean(),
    });
    fc.assert(
      fc.property(number, notation, noise, (n, written, x) => {
        let typed = `${x.prefix}${x.zeros}${n}${x.slash}${written.replaceAll('-', x.dash)}`;
        if (x.nfd) typed = typed.normalize('NFD');
        const parsed = parseReference(typed);
        expect(parsed.ok && parsed.value.text).toBe(formatReference({ number: n, notation: written }));
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on arbitrary text, and what it accepts reads back the same', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^[0-9]{0,3}[ /]{0,2}[A-Za-zĐđ& -]{0,10}$/)),
        (s) => {
          const parsed = parseReference(s);
          if (!parsed.ok) {
            expect(parsed.error.length).toBeGreaterThan(0);
            return;
          }
          expect(validateNotation(parsed.value.notation)).toEqual([]);
          const again = parseReference(parsed.value.text);
          expect(again.ok && again.value.text).toBe(parsed.value.text);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('buildNotation rejects any part with a character outside the allowed set', () => {
    const bad = fc.constantFrom('&', '/', '.', '_', 'Ư', 'ơ', 'é', '(', '+', ' ');
    fc.assert(
      fc.property(typeCode, group, bad, group, (type, before, c, after) => {
        expect(() => buildNotation({ type, agencyAbbreviation: `${before}${c}${after}` })).toThrow(
          NotationError,
        );
      }),
      { numRuns: 500 },
    );
  });
});
