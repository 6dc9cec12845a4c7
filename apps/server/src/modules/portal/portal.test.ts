import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { seedDirectoryFixture } from '../../../test/fixtures/directory.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDirectoryFixture(t.db.db);
});

describe('public portal', () => {
  it('serves an accessible Vietnamese home page without JavaScript and without a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body).toContain('<html lang="vi">');
    expect(response.body).toContain('<h1>Cổng thông tin điện tử tỉnh Thử Nghiệm</h1>');
    expect(response.body).toContain('href="#noi-dung"');
    expect(response.body).not.toContain('<script');
    expect(response.body).toContain('<a href="/dang-nhap">Đăng nhập</a>');
  });

  it('brings a visitor who signs in from the header back to the page they were reading', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/danh-ba?q=so' });
    expect(page.body).toContain('<a href="/dang-nhap?tiep=%2Fdanh-ba%3Fq%3Dso">Đăng nhập</a>');
    expect(page.body).toContain('<a href="/dang-ky?tiep=%2Fdanh-ba%3Fq%3Dso">Đăng ký</a>');
    // on the sign-in page itself, the header keeps where that page returns to
    const signIn = await t.app.inject({ method: 'GET', url: '/dang-nhap?tiep=%2Fthu-tuc' });
    expect(signIn.body).toContain('<a href="/dang-ky?tiep=%2Fthu-tuc">Đăng ký</a>');
    const foreign = await t.app.inject({ method: 'GET', url: '/dang-ky?tiep=%2F%2Fevil.example%2Fx' });
    expect(foreign.body).not.toContain('evil.example');
  });

  it('finds agencies typed without diacritics and publishes only contact data', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/danh-ba?q=luu+tru' });
    expect(response.body).toContain('<h2>Trung tâm Lưu trữ lịch sử</h2>');
    expect(response.body).toContain('trực thuộc Sở Nội vụ');
    expect(response.body).not.toContain('Sở Tài chính');
    expect(response.body).not.toMatch(/clerk\.a|000\.00\.01\.H99/);
  });

  it('hides deactivated agencies and survives hostile query strings', async () => {
    await t.db.db
      .updateTable('agencies')
      .set({ isActive: false })
      .where('name', '=', 'Sở Tài chính')
      .execute();
    const all = await t.app.inject({ method: 'GET', url: '/danh-ba' });
    expect(all.body).not.toContain('Sở Tài chính');
    const hostile = await t.app.inject({
      method: 'GET',
      url: `/danh-ba?q=${encodeURIComponent('"><script>x</script>')}&page=-3`,
    });
    expect(hostile.statusCode).toBe(200);
    expect(hostile.body).not.toContain('<script>x');
    expect(hostile.body).toContain('&quot;&gt;&lt;script&gt;');
  });

  it("answers a lost visitor with the portal's own page, and API clients with a problem", async () => {
    const page = await t.app.inject({
      method: 'GET',
      url: '/khong-co-trang-nay',
      headers: { accept: 'text/html' },
    });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('<h1>Không tìm thấy trang</h1>');
    expect(page.body).toContain('Cổng thông tin điện tử tỉnh Thử Nghiệm');
    expect(page.body).toContain('href="/thu-tuc"');
    const api = await t.app.inject({ method: 'GET', url: '/api/khong-co', headers: { accept: 'text/html' } });
    expect(api.headers['content-type']).toMatch(/application\/problem\+json/);
    const script = await t.app.inject({ method: 'GET', url: '/khong-co-trang-nay' });
    expect(script.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it("turns a failed form post into a page in the site's frame, never JSON", async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/dang-nhap',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `account=${'a'.repeat(2 * 1024 * 1024)}`,
    });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body).toContain('<h1>Tệp hoặc nội dung gửi lên quá lớn</h1>');
    expect(response.body).toContain('<html lang="vi">');
  });
});
