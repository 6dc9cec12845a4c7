import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../../../test/app.ts';
import { type SignedInApplicant, signedInApplicant } from '../../../test/fixtures/applicants.ts';
import { type DirectoryFixture, PASSWORD } from '../../../test/fixtures/directory.ts';
import { toResultReady } from '../../../test/fixtures/dossier-processing.ts';
import { type OneStopFixture, oneStopApp } from '../../../test/fixtures/dossiers.ts';
import { backOffice, submittedBy } from '../../../test/fixtures/my-dossiers.ts';
import { visibleText } from '../../../test/html-text.ts';

/**
 * The satisfaction rating (QĐ 766/QĐ-TTg, "mức độ hài lòng"): once per dossier, only after its result is
 * ready, shown to the back office and counted in the indicator of the receiving agency.
 */

let t: TestApp;
let f: DirectoryFixture;
let fx: OneStopFixture;
let people: Awaited<ReturnType<typeof backOffice>>;
let statistician: TestClient;
let hoa: SignedInApplicant;
let binh: SignedInApplicant;

beforeAll(async () => {
  ({ t, f, fx } = await oneStopApp());
  people = await backOffice(t);
  statistician = await t.login('admin.a', PASSWORD);
  hoa = await signedInApplicant(t, { displayName: 'Nguyễn Thị Hòa' });
  binh = await signedInApplicant(t, { displayName: 'Trần Văn Bình' });
});

/** A dossier of the applicant's, received and taken to its result. */
async function withResult(applicant: SignedInApplicant) {
  const id = await submittedBy(t, f, fx, applicant);
  await people.counter.post(`/api/dossiers/${id}/accept`);
  return { id, ready: () => toResultReady(t, people, id) };
}

const satisfiedIndicator = async (query = '') => {
  const response = await statistician.get(`/api/dossier-statistics/indicators?agencyId=${f.agencyA}${query}`);
  expect(response.status, response.text).toBe(200);
  return response.body.indicators.groups
    .flatMap((g: { indicators: { key: string }[] }) => g.indicators)
    .find((i: { key: string }) => i.key === 'satisfied');
};

describe('rating a dossier', () => {
  it('is offered only once the result is ready, and refused before', async () => {
    const { id, ready } = await withResult(hoa);
    const before = await hoa.get(`/ho-so-cua-toi/${id}`);
    expect(before.body).not.toContain(`action="/ho-so-cua-toi/${id}/danh-gia"`);
    const early = await hoa.postForm(`/ho-so-cua-toi/${id}/danh-gia`, { 'muc-do': 'satisfied' });
    expect(early.statusCode).toBe(409);
    expect(visibleText(early.body)).toContain('Chỉ đánh giá được sau khi hồ sơ đã có kết quả giải quyết');
    await ready();
    const after = await hoa.get(`/ho-so-cua-toi/${id}`);
    expect(visibleText(after.body)).toContain('Mời đánh giá mức độ hài lòng');
    expect(after.body).toContain(`action="/ho-so-cua-toi/${id}/danh-gia"`);
  });

  it('takes one rating, with its optional score and comment, shows it, tells the back office and audits it', async () => {
    const { id, ready } = await withResult(hoa);
    await ready();
    const url = `/ho-so-cua-toi/${id}/danh-gia`;
    const incomplete = await hoa.postForm(url, { diem: '9', 'y-kien': 'Nhanh' });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.body).toContain('<a href="#muc-do-satisfied">Hãy chọn mức độ hài lòng</a>');
    expect(incomplete.body).toContain('<a href="#diem-5">Điểm chỉ từ 1 đến 5</a>');
    expect(incomplete.body).toContain('>Nhanh</textarea>');
    // another applicant may not rate it
    expect((await binh.postForm(url, { 'muc-do': 'unsatisfied' })).statusCode).toBe(404);

    const rated = await hoa.postForm(url, {
      'muc-do': 'satisfied',
      diem: '5',
      'y-kien': 'Cán bộ hướng dẫn tận tình',
    });
    expect(rated.statusCode).toBe(303);
    const page = visibleText((await hoa.get(rated.headers.location as string)).body);
    expect(page).toContain('Cảm ơn bạn đã đánh giá.');
    expect(page).toMatch(
      /Bạn đã đánh giá lúc [^:]+:\d\d, [\d/]+: Hài lòng, điểm 5\/5\. Ý kiến: Cán bộ hướng dẫn tận tình/,
    );
    expect(page).toContain('Đánh giá mức độ hài lòng: Hài lòng');
    expect(page).not.toContain('Mời đánh giá mức độ hài lòng');

    const twice = await hoa.postForm(url, { 'muc-do': 'unsatisfied' });
    expect(twice.statusCode).toBe(409);
    expect(visibleText(twice.body)).toContain('mỗi hồ sơ chỉ đánh giá một lần');

    const staff = (await people.counter.get(`/api/dossiers/${id}`)).body;
    expect(staff.rating).toMatchObject({
      satisfaction: 'satisfied',
      score: 5,
      comment: 'Cán bộ hướng dẫn tận tình',
    });
    expect(staff.events.at(-1)).toMatchObject({ kind: 'rated', actor: { id: hoa.userId } });
    const audit = await t.db.db
      .selectFrom('auditLog')
      .select(['actorUserId', 'summary'])
      .where('action', '=', 'dossiers.dossier.rated')
      .where('targetId', '=', id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorUserId: hoa.userId,
      summary: { satisfaction: 'satisfied', score: 5 },
    });
    const ratings = await t.db.db
      .selectFrom('dossierRatings')
      .selectAll()
      .where('dossierId', '=', id)
      .execute();
    expect(ratings).toHaveLength(1);
  });

  it('is counted in the QĐ 766 satisfaction indicator of the receiving agency, over the period', async () => {
    // the dossier rated above, and two more, one rated normal, one not satisfied after it was handed back
    const normal = await withResult(binh);
    await normal.ready();
    expect(
      (await binh.postForm(`/ho-so-cua-toi/${normal.id}/danh-gia`, { 'muc-do': 'normal' })).statusCode,
    ).toBe(303);
    const returned = await withResult(binh);
    await returned.ready();
    await people.counter.post(`/api/dossiers/${returned.id}/return`, { delivery: 'online' });
    expect(
      (await binh.postForm(`/ho-so-cua-toi/${returned.id}/danh-gia`, { 'muc-do': 'unsatisfied', diem: '2' }))
        .statusCode,
    ).toBe(303);

    expect(await satisfiedIndicator()).toMatchObject({
      status: 'computed',
      value: 0.3333,
      numerator: 1,
      denominator: 3,
      maxPoints: 6,
      unconfirmed: true,
    });
    // a period before any rating: no data
    expect(await satisfiedIndicator('&from=2025-01-01&to=2025-12-31')).toMatchObject({
      status: 'no_data',
      value: null,
    });
    // another agency's figures do not count them
    const other = await statistician.get(`/api/dossier-statistics/indicators?agencyId=${f.agencyA1}`);
    const elsewhere = other.body.indicators.groups
      .flatMap((g: { indicators: { key: string }[] }) => g.indicators)
      .find((i: { key: string }) => i.key === 'satisfied');
    expect(elsewhere.status).toBe('no_data');
  });
});
