import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { type SignedInApplicant, signedInApplicant } from '../../../test/fixtures/applicants.ts';
import { type DirectoryFixture, seedDirectoryFixture } from '../../../test/fixtures/directory.ts';
import { type OneStopFixture, seedOneStopFixture } from '../../../test/fixtures/dossiers.ts';
import { backOffice, PDF, postMultipart, submittedBy } from '../../../test/fixtures/my-dossiers.ts';
import { visibleText } from '../../../test/html-text.ts';

/**
 * `ONLINE_SUPPLEMENT=check`: a supplement answered online goes back to the counter, which checks the files
 * before the clock runs again; the dossier stays paused meanwhile and the applicant cannot answer twice.
 * (This app also takes files of 64 KB at most, to see the size refused.)
 */

let t: TestApp;
let f: DirectoryFixture;
let fx: OneStopFixture;
let people: Awaited<ReturnType<typeof backOffice>>;
let hoa: SignedInApplicant;

beforeAll(async () => {
  t = await createTestApp({ ONLINE_SUPPLEMENT: 'check', UPLOAD_LIMIT_BYTES: 64 * 1024 });
  f = await seedDirectoryFixture(t.db.db);
  fx = await seedOneStopFixture(t.db.db, f);
  people = await backOffice(t);
  hoa = await signedInApplicant(t);
});

describe('a supplement answered online (check)', () => {
  it('stays paused with the counter until it checks the files and takes them in', async () => {
    const id = await submittedBy(t, f, fx, hoa);
    await people.counter.post(`/api/dossiers/${id}/accept`);
    const asked = await people.specialist.post(`/api/dossiers/${id}/request-supplement`, {
      items: [{ document: fx.requiredDocuments[1]!.name, reason: 'Ảnh mờ' }],
    });
    const pausedSince = asked.body.pausedSince;
    const slipId = asked.body.slips.at(-1).id;

    // a file over the limit (UPLOAD_LIMIT_BYTES, 64 KB here) is refused beside its field
    const big = Buffer.concat([PDF, Buffer.alloc(100 * 1024, 0x20)]);
    const tooBig = await postMultipart(t, hoa, `/ho-so-cua-toi/${id}/bo-sung`, { phieu: slipId }, [
      { field: 'document.0', fileName: 'lon.pdf', content: big },
    ]);
    expect(tooBig.statusCode).toBe(422);
    expect(visibleText(tooBig.body)).toContain('Tệp “lon.pdf” lớn hơn mức cho phép');

    const sent = await postMultipart(t, hoa, `/ho-so-cua-toi/${id}/bo-sung`, { phieu: slipId }, [
      { field: 'document.0', fileName: 'can-cuoc.pdf', content: PDF },
    ]);
    expect(sent.statusCode, sent.body).toBe(303);
    expect(sent.headers.location).toBe(`/ho-so-cua-toi/${id}?da-bo-sung=cho-kiem-tra`);
    const page = await hoa.get(sent.headers.location as string);
    const text = visibleText(page.body);
    expect(text).toContain('bộ phận một cửa sẽ kiểm tra trước khi hồ sơ tiếp tục được giải quyết');
    expect(text).toContain('Trạng thái Yêu cầu bổ sung');
    expect(text).toContain('Đã gửi bổ sung, chờ kiểm tra');
    expect(text).toContain('Gửi hồ sơ bổ sung trực tuyến; chờ bộ phận một cửa kiểm tra');
    expect(page.body).not.toContain(`action="/ho-so-cua-toi/${id}/bo-sung"`);
    const list = visibleText((await hoa.get('/ho-so-cua-toi')).body);
    expect(list).toContain('Đã gửi bổ sung, chờ kiểm tra');

    // the clock stays paused; the counter sees the files and the line telling it they arrived
    const waiting = (await people.counter.get(`/api/dossiers/${id}`)).body;
    expect(waiting).toMatchObject({ status: 'supplement_requested', pausedSince });
    expect(waiting.pauses[0].endedAt).toBeNull();
    expect(waiting.files.filter((x: { kind: string }) => x.kind === 'supplement')).toHaveLength(1);
    expect(waiting.events.at(-1)).toMatchObject({ kind: 'supplement_submitted', actor: { id: hoa.userId } });
    expect(waiting.actions).toContain('supplement');
    // it waits in the counter's "Chờ tiếp nhận" queue, beside the dossiers submitted online
    const queued = async () =>
      (await people.counter.get('/api/dossiers?queue=waiting')).body.items.map((d: { id: string }) => d.id);
    expect(await queued()).toContain(id);
    const row = (await people.counter.get(`/api/dossiers?q=${waiting.code}`)).body.items[0];
    expect(row).toMatchObject({ id, status: 'supplement_requested', supplementSent: true });

    // answering again is refused until the counter acts
    const again = await postMultipart(t, hoa, `/ho-so-cua-toi/${id}/bo-sung`, { phieu: slipId }, [
      { field: 'document.0', fileName: 'lai.pdf', content: PDF },
    ]);
    expect(again.statusCode).toBe(409);

    // the counter checks and takes it in: the clock runs again from now
    const resumed = await people.counter.post(`/api/dossiers/${id}/supplement`, { documents: [] });
    expect(resumed.status, resumed.text).toBe(200);
    expect(resumed.body).toMatchObject({ status: 'processing', pausedSince: null });
    expect(await queued()).not.toContain(id);
    expect(resumed.body.supplementSent).toBe(false);
    expect(resumed.body.events.at(-1)).toMatchObject({
      kind: 'supplement',
      actor: { id: f.users['clerk.a']!.id },
    });
    const after = visibleText((await hoa.get(`/ho-so-cua-toi/${id}`)).body);
    expect(after).toContain('Trạng thái Đang giải quyết');
    expect(after).toContain('Đã nhận hồ sơ bổ sung; tiếp tục giải quyết');
  });
});
