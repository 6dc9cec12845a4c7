import { describe, expect, it } from 'vitest';
import { tidy } from '../src/index.ts';
import { TextCollector } from '../src/text.ts';

describe('tidy', () => {
  it('composes Vietnamese into NFC', () => {
    const decomposed = 'Quyết định'.normalize('NFD');
    expect(decomposed).not.toBe('Quyết định');
    expect(tidy(decomposed)).toBe('Quyết định');
  });

  it('drops control characters PostgreSQL text cannot hold, keeps lines, collapses spaces', () => {
    expect(tidy('  Số:\u0000 01/QĐ\u0007-UBND \r\n\r\n\r\n\r\nNgày\t\t05\u00a0tháng  3\f')).toBe(
      'Số: 01/QĐ-UBND\n\nNgày 05 tháng 3',
    );
  });
});

describe('the collector', () => {
  it('counts tidy characters: text laid out with runs of spaces still fills the budget', () => {
    const out = new TextCollector(100);
    let pushed = 0;
    while (out.push(`từ${' '.repeat(40)}`)) pushed++;
    // each piece is 42 characters raw and 3 tidy ("từ "): far more than 100 / 42 pieces were needed
    expect(pushed).toBeGreaterThan(30);
    const { text, truncated } = out.finish();
    expect(truncated).toBe(true);
    expect(text).toHaveLength(100);
    expect(text.startsWith('từ từ từ')).toBe(true);
  });

  it('is not truncated when the text fits exactly', () => {
    const out = new TextCollector(6);
    expect(out.push('Sở ')).toBe(true);
    expect(out.push('Nội')).toBe(true);
    expect(out.finish()).toEqual({ text: 'Sở Nội', truncated: false });
    const cut = new TextCollector(5);
    cut.push('Sở Nội');
    expect(cut.finish()).toEqual({ text: 'Sở Nộ', truncated: true });
  });
});
