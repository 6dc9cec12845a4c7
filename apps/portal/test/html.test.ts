import { describe, expect, it } from 'vitest';
import { directoryPage } from '../src/directory-page.ts';
import { escapeHtml, html, raw } from '../src/html.ts';

describe('server-side HTML', () => {
  it('escapes interpolated text, keeps raw fragments and drops empty values', () => {
    const name = '<script>alert("x")</script> & Đà Nẵng';
    expect(html`<p title="${name}">${name}</p>`.__html).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Đà Nẵng">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Đà Nẵng</p>',
    );
    expect(html`<ul>${['a', 'b'].map((x) => html`<li>${x}</li>`)}</ul>`.__html).toBe(
      '<ul><li>a</li><li>b</li></ul>',
    );
    expect(html`${null}${undefined}${false}${raw('<b>ok</b>')}`.__html).toBe('<b>ok</b>');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });

  it('renders the directory with a labelled search field, results and paging links', () => {
    const page = directoryPage('sở', {
      items: [
        {
          id: '1',
          name: 'Sở Nội vụ',
          level: 'province',
          parentName: 'Ủy ban nhân dân tỉnh Lào Cai',
          address: null,
          phone: '0216 3852 207',
          email: 'snv@laocai.gov.vn',
          website: null,
        },
      ],
      total: 45,
      page: 2,
      pageSize: 20,
    }).__html;
    expect(page).toContain('<label for="q">');
    expect(page).toContain('value="sở"');
    expect(page).toContain('Tìm thấy 45 cơ quan, trang 2/3.');
    expect(page).toContain('href="tel:02163852207"');
    expect(page).toContain('rel="prev"');
    expect(page).toContain('rel="next"');
    expect(page).not.toContain('<script');
  });
});
