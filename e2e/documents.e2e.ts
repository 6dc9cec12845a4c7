import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, noBrowser } from './support/browser.ts';
import { choose, submitDialog } from './support/flows.ts';
import { field, openMenu, signIn } from './support/staff.ts';

/**
 * Official documents (văn bản): an incoming document from the clerk's register through the leader's
 * directive to the specialist's result; an outgoing one from Sở Tài chính delivered to Sở Nội vụ over the
 * platform and queued for a recipient outside it, then replaced by a new one; a draft from the specialist
 * through review and signing to the clerk who issues it.
 */

const stamp = Date.now().toString(36);

/** The full name of the official behind a demo account of the user's own agency, as the pickers show it. */
async function fullNameOf(page: Page, username: string): Promise<string> {
  const me = await (await page.request.get('/api/me')).json();
  const officials = await (
    await page.request.get(`/api/officials?agencyId=${me.agency.id}&pageSize=100`)
  ).json();
  const found = officials.items.find((o: { username: string | null }) => o.username === username);
  if (!found) throw new Error(`no official with the account ${username}`);
  return found.fullName;
}

/** The document's status in its header. */
const statusOf = (page: Page) => page.getByTestId('document-status');

/** A recipient's row in an outgoing document's "Nơi nhận và tình trạng". */
const delivery = (page: Page, recipient: string) =>
  page
    .getByRole('region', { name: 'Nơi nhận và tình trạng' })
    .getByRole('row')
    .filter({ hasText: recipient });

describe.skipIf(noBrowser)('official documents', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('an incoming document goes from the clerk to the leader to the specialist and is done', async () => {
    const subject = `Kế hoạch kiểm tra công tác văn thư lưu trữ ${stamp}`;
    const clerk = await signIn(browser, 'vanthu.snv');
    const leaderName = await fullNameOf(clerk.page, 'lanhdao.snv');
    const specialistName = await fullNameOf(clerk.page, 'chuyenvien.snv');

    // the clerk registers a paper document and submits it to the leader
    let page = clerk.page;
    await openMenu(page, 'Văn bản đến');
    await page.getByRole('button', { name: 'Vào sổ văn bản đến' }).click();
    const register = page.getByRole('dialog', { name: 'Vào sổ văn bản đến' });
    await choose(page, field(register, 'Loại văn bản'), 'Kế hoạch', /^Kế hoạch$/);
    await field(register, 'Số văn bản').fill('215');
    await field(register, 'Ký hiệu').fill('KH-UBND');
    await field(register, 'Trích yếu nội dung').fill(subject);
    await field(register, 'Cơ quan ban hành').fill('Ủy ban nhân dân tỉnh Lào Cai');
    // the scan goes in with the registration
    await register
      .locator('input[type=file]')
      .setInputFiles(
        path.resolve(
          import.meta.dirname,
          '../../shared/fixtures/signed-pdf/vn-real/vn_cades_6sigs_C07_draft_letter.pdf',
        ),
      );
    await register.getByText('vn_cades_6sigs_C07_draft_letter.pdf').waitFor();
    await register.getByRole('button', { name: 'Vào sổ', exact: true }).click();
    await page.getByRole('heading', { name: 'Kế hoạch 215/KH-UBND', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'vn_cades_6sigs_C07_draft_letter.pdf' }).waitFor();
    await expect.poll(() => statusOf(page).textContent()).toContain('Đã vào sổ');
    const documentUrl = page.url();

    await page.getByRole('button', { name: 'Trình lãnh đạo' }).click();
    const submit = page.getByRole('dialog', { name: 'Trình lãnh đạo cho ý kiến chỉ đạo' });
    await choose(page, field(submit, 'Lãnh đạo'), leaderName, leaderName);
    await submitDialog(submit, 'Trình lãnh đạo');
    await expect.poll(() => statusOf(page).textContent()).toContain('Đã trình lãnh đạo');

    // the leader finds it in their worklist and names the specialist as lead
    const leader = await signIn(browser, 'lanhdao.snv');
    page = leader.page;
    await openMenu(page, 'Việc của tôi');
    await page.getByRole('link', { name: subject }).click();
    await page.getByRole('button', { name: 'Cho ý kiến chỉ đạo' }).click();
    const directive = page.getByRole('dialog', { name: 'Ý kiến chỉ đạo, phân công xử lý' });
    await field(directive, 'Ý kiến chỉ đạo').fill('Giao chuyên viên tham mưu triển khai, báo cáo kết quả');
    await choose(page, field(directive, 'Xử lý chính'), specialistName, specialistName);
    await field(directive, 'Số ngày làm việc').fill('5');
    await submitDialog(directive, 'Chỉ đạo');
    await expect.poll(() => statusOf(page).textContent()).toContain('Đang xử lý');
    const leadRow = page
      .getByRole('row')
      .filter({ hasText: 'Xử lý chính' })
      .filter({ hasText: specialistName });
    await expect.poll(() => leadRow.textContent()).toContain('Chờ xử lý');

    // the bell tells the specialist, and the notice leads to the document; they complete it
    const specialist = await signIn(browser, 'chuyenvien.snv');
    page = specialist.page;
    const bell = page.getByTestId('notification-bell');
    await expect.poll(() => bell.getAttribute('aria-label')).toMatch(/^Thông báo, [1-9]\d* chưa đọc$/);
    await bell.click();
    await page.getByRole('button', { name: /^Chưa đọc: Bạn được giao xử lý văn bản 215\/KH-UBND/ }).click();
    await page.waitForURL((url) => url.pathname === new URL(documentUrl).pathname);
    await page.getByRole('heading', { name: 'Kế hoạch 215/KH-UBND', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Hoàn thành', exact: true }).click();
    const complete = page.getByRole('dialog', { name: 'Hoàn thành xử lý' });
    await field(complete, 'Kết quả xử lý').fill('Đã tham mưu kế hoạch triển khai');
    await submitDialog(complete, 'Hoàn thành');
    await expect.poll(() => statusOf(page).textContent()).toContain('Đã xử lý xong');

    // everyone sees the whole history; the clerk's copy is done too
    await clerk.page.goto(documentUrl);
    await expect.poll(() => statusOf(clerk.page).textContent()).toContain('Đã xử lý xong');
    const history = clerk.page.getByTestId('history-event');
    await expect
      .poll(async () => (await history.allTextContents()).map((text) => text.split(' – ')[0]))
      .toEqual([
        'Vào sổ văn bản đến',
        'Đính kèm tệp',
        'Trình lãnh đạo',
        'Ý kiến chỉ đạo',
        expect.stringMatching(/^Hoàn thành xử lý/),
      ]);

    for (const session of [clerk, leader, specialist]) {
      expect(session.pageErrors).toEqual([]);
      await session.context.close();
    }
  });

  test('an outgoing document reaches Sở Nội vụ over the platform, waits for the hub elsewhere, and is replaced', async () => {
    const subject = `Thông báo kết quả thẩm định dự toán ${stamp}`;
    const sender = await signIn(browser, 'vanthu.stc');
    let page = sender.page;
    await openMenu(page, 'Văn bản đi');
    await page.getByRole('button', { name: 'Phát hành văn bản đi' }).click();
    const issue = page.getByRole('dialog', { name: 'Phát hành văn bản đi' });
    await choose(page, field(issue, 'Loại văn bản'), 'Thông báo', /^Thông báo$/);
    await field(issue, 'Trích yếu nội dung').fill(subject);
    await field(issue, 'Người ký').fill('Nguyễn Văn Minh');
    await field(issue, 'Chức vụ người ký').fill('Giám đốc');
    await choose(page, field(issue, 'Nơi nhận trên hệ thống'), 'so noi vu', /^Sở Nội vụ$/);
    await field(issue, 'Nơi nhận khác').fill('Bộ Tài chính');
    await issue.getByRole('button', { name: 'Cấp số và phát hành' }).click();
    await page.getByRole('heading', { name: /^Thông báo \d+\/TB-STC$/, level: 1 }).waitFor();
    const documentUrl = page.url();
    await expect.poll(() => delivery(page, 'Sở Nội vụ').textContent()).toContain('Đã đến');

    // Sở Nội vụ's clerk finds it waiting and receives it
    const receiver = await signIn(browser, 'vanthu.snv');
    page = receiver.page;
    await openMenu(page, 'Văn bản đến');
    await page.getByLabel('Tìm văn bản').fill(subject);
    await page.getByRole('link', { name: subject }).click();
    await expect.poll(() => statusOf(page).textContent()).toContain('Chờ tiếp nhận');
    await page.getByRole('button', { name: 'Tiếp nhận, vào sổ' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Tiếp nhận, vào sổ' }).click();
    await expect.poll(() => statusOf(page).textContent()).toContain('Đã vào sổ');

    // the sender sees each recipient's status
    page = sender.page;
    await page.goto(documentUrl);
    await expect.poll(() => delivery(page, 'Sở Nội vụ').textContent()).toContain('Đã tiếp nhận');
    await expect
      .poll(() => delivery(page, 'Bộ Tài chính').textContent())
      .toContain('Chờ gửi qua trục liên thông');

    // the sender replaces it: the form starts from the document and its recipients, the new one is numbered
    const oldReference = (await page.getByRole('heading', { level: 1 }).textContent())!.replace(
      'Thông báo ',
      '',
    );
    await page.getByRole('button', { name: 'Thay thế', exact: true }).click();
    const replace = page.getByRole('dialog', { name: `Thay thế văn bản ${oldReference}` });
    await expect.poll(() => field(replace, 'Trích yếu nội dung').inputValue()).toBe(subject);
    await expect.poll(() => field(replace, 'Nơi nhận khác').inputValue()).toBe('Bộ Tài chính');
    await field(replace, 'Lý do thay thế').fill('Sai số liệu tại phụ lục');
    await submitDialog(replace, 'Cấp số, phát hành văn bản thay thế');
    await expect
      .poll(() => page.getByTestId('document-changes').textContent())
      .toBe(`Thay thế cho văn bản ${oldReference}`);
    await expect.poll(() => delivery(page, 'Sở Nội vụ').textContent()).toContain('Đã đến');

    // Sở Nội vụ's copy is marked replaced and leads to the new copy, waiting to be received
    page = receiver.page;
    await page.reload();
    await expect.poll(() => statusOf(page).textContent()).toContain('Đã bị thay thế');
    await page.getByTestId('document-changes').getByRole('link').click();
    await expect.poll(() => statusOf(page).textContent()).toContain('Chờ tiếp nhận');
    await expect
      .poll(() => page.getByTestId('document-changes').textContent())
      .toBe(`Thay thế cho văn bản ${oldReference}`);

    for (const session of [sender, receiver]) {
      expect(session.pageErrors).toEqual([]);
      await session.context.close();
    }
  });

  test('a draft is reviewed, approved for signing by the leader and issued by the clerk', async () => {
    const subject = `V/v cung cấp số liệu biên chế năm 2027 ${stamp}`;
    const clerk = await signIn(browser, 'vanthu.snv');
    const clerkName = await fullNameOf(clerk.page, 'vanthu.snv');
    const leaderName = await fullNameOf(clerk.page, 'lanhdao.snv');

    // the specialist drafts a công văn to Sở Tài chính and sends it to the clerk, then the leader
    const author = await signIn(browser, 'chuyenvien.snv');
    let page = author.page;
    await openMenu(page, 'Văn bản đi');
    await page.getByRole('button', { name: 'Soạn dự thảo' }).click();
    const draft = page.getByRole('dialog', { name: 'Soạn dự thảo văn bản đi' });
    await choose(page, field(draft, 'Loại văn bản'), 'Công văn', /^Công văn$/);
    await field(draft, 'Trích yếu nội dung').fill(subject);
    await field(draft, 'Người ký').fill(leaderName);
    await field(draft, 'Chức vụ người ký').fill('Giám đốc');
    await choose(page, field(draft, 'Nơi nhận trên hệ thống'), 'so tai chinh', /^Sở Tài chính$/);
    await draft.getByRole('button', { name: 'Tạo dự thảo' }).click();
    await expect.poll(() => statusOf(page).textContent()).toContain('Dự thảo');
    const documentUrl = page.url();
    await page.getByRole('button', { name: 'Trình duyệt', exact: true }).click();
    const review = page.getByRole('dialog', { name: 'Trình duyệt dự thảo' });
    await choose(page, field(review, 'Bước 1'), clerkName, clerkName);
    // a step takes several people: its list stays open until one clicks elsewhere
    await review.getByText('Trình duyệt dự thảo', { exact: true }).click();
    await choose(page, field(review, 'Lãnh đạo duyệt ký'), leaderName, leaderName);
    await submitDialog(review, 'Trình duyệt');
    await expect.poll(() => statusOf(page).textContent()).toContain('Đang xem xét');

    // the clerk agrees; the leader finds it in their worklist and approves it for signing
    page = clerk.page;
    await page.goto(documentUrl);
    await page.getByRole('button', { name: 'Đồng ý', exact: true }).click();
    const approve = page.getByRole('dialog', { name: 'Đồng ý dự thảo' });
    await submitDialog(approve, 'Đồng ý');

    const leader = await signIn(browser, 'lanhdao.snv');
    page = leader.page;
    await openMenu(page, 'Việc của tôi');
    await page.getByRole('link', { name: subject }).click();
    await page.getByRole('button', { name: 'Duyệt ký', exact: true }).click();
    const sign = page.getByRole('dialog', { name: 'Duyệt ký dự thảo' });
    await submitDialog(sign, 'Duyệt ký');
    await expect.poll(() => statusOf(page).textContent()).toContain('Đã duyệt ký');

    // the clerk numbers and issues it; it reaches Sở Tài chính over the platform
    page = clerk.page;
    await page.goto(documentUrl);
    await expect.poll(() => page.getByText(/^Đã duyệt ký bởi/).textContent()).toContain(leaderName);
    await page.getByRole('button', { name: 'Cấp số, phát hành' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Cấp số, phát hành' }).click();
    await page.getByRole('heading', { name: /^Công văn \d+\/SNV(-\S+)?$/, level: 1 }).waitFor();
    await expect.poll(() => delivery(page, 'Sở Tài chính').textContent()).toContain('Đã đến');

    for (const session of [author, clerk, leader]) {
      expect(session.pageErrors).toEqual([]);
      await session.context.close();
    }
  });
});
