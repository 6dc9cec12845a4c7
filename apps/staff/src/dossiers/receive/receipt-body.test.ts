import { describe, expect, it } from 'vitest';
import type { OfferedProcedure } from '../types.ts';
import {
  handedIn,
  initialChecklist,
  missingDocuments,
  type ReceiveFormValues,
  receiptBodyOf,
} from './receipt-body.ts';

const procedure: OfferedProcedure = {
  id: '7a0c5b2e-1111-4f00-9000-000000000001',
  code: '1.000001',
  name: 'Cấp giấy phép',
  field: 'Thử nghiệm',
  processingDays: 5,
  processingTimeText: '5 ngày làm việc',
  onlineService: 'partial',
  requiredDocuments: [
    { name: 'Tờ khai', template: 'TK01.docx', quantity: '01 bản chính', required: true, group: '' },
    { name: 'Căn cước', template: '', quantity: '1 bản chính, 1 bản sao', required: true, group: '' },
    { name: 'Giấy tờ khác (nếu có)', template: '', quantity: '', required: false, group: '' },
  ],
  formSchema: null,
  steps: [],
};

const values = (checklist = initialChecklist(procedure)): ReceiveFormValues => ({
  applicant: { kind: 'citizen', name: ' Nguyễn Thị Hòa ', idNumber: '001190012345', phone: '', email: null },
  summary: '  ',
  checklist,
  resultDelivery: 'counter',
  postalAddress: 'Không gửi',
});

describe('the counter’s receipt', () => {
  it('starts with nothing handed in, the copies the catalogue asks for', () => {
    expect(initialChecklist(procedure).map((r) => [r.handed, r.copyKind, r.quantity])).toEqual([
      [false, 'original', 1],
      [false, 'copy', 2],
      [false, 'copy', 1],
    ]);
    expect(missingDocuments(procedure, initialChecklist(procedure))).toEqual(['Tờ khai', 'Căn cước']);
  });

  it('lists the ticked rows by their document name, with a scan when one was uploaded', () => {
    const checklist = initialChecklist(procedure);
    checklist[0] = { ...checklist[0]!, handed: true, copyKind: 'original' };
    checklist[1] = {
      ...checklist[1]!,
      handed: true,
      copyKind: 'electronic',
      quantity: 0,
      blobId: 'b1',
      fileName: 'cc.pdf',
    };
    expect(handedIn(procedure, checklist)).toEqual([
      { requirement: 'Tờ khai', copyKind: 'original', quantity: 1 },
      { requirement: 'Căn cước', copyKind: 'electronic', quantity: 0, blobId: 'b1' },
    ]);
    expect(missingDocuments(procedure, checklist)).toEqual([]);
  });

  it('sends blanks as null, no postal address unless by post, and items only with a guidance', () => {
    const items = [{ document: 'Tờ khai', reason: 'Chưa có' }];
    const complete = receiptBodyOf(procedure, values(), { hoTen: 'x' }, 'complete', items);
    expect(complete).toMatchObject({
      applicant: { name: 'Nguyễn Thị Hòa', phone: null, email: null, address: null },
      summary: null,
      formData: {},
      postalAddress: null,
      outcome: 'complete',
      supplementItems: [],
    });
    const guidance = receiptBodyOf(
      procedure,
      { ...values(), resultDelivery: 'post' },
      {},
      'incomplete',
      items,
    );
    expect(guidance).toMatchObject({
      postalAddress: 'Không gửi',
      outcome: 'incomplete',
      supplementItems: items,
    });
  });
});
