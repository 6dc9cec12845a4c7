import { type RatingScore, type Satisfaction, satisfactionLevels } from '@congso/one-stop';
import { myDossierFields as fields, type MyDossierPageState } from '@congso/portal';
import type { DeliveryChoice } from './delivery.ts';
import type { RatingInput } from './rating.ts';

// The forms of a dossier's page read back from what the browser posted (application/x-www-form-urlencoded):
// the input for the service, or the form to send back with a Vietnamese message beside each field.

type Posted = Record<string, unknown> | undefined;
type Form<K extends keyof MyDossierPageState> = NonNullable<MyDossierPageState[K]>;
type Read<T, K extends keyof MyDossierPageState> = { ok: true; input: T } | { ok: false; form: Form<K> };

/** The last value posted under a name ('' when none). */
export function posted(body: Posted, name: string): string {
  const value = body?.[name];
  const last = Array.isArray(value) ? value.at(-1) : value;
  return typeof last === 'string' ? last : '';
}

const deliveries = ['online', 'counter', 'post'] as const;

export function readDelivery(body: Posted): Read<DeliveryChoice, 'delivery'> {
  const values = { delivery: posted(body, fields.delivery), address: posted(body, fields.address).trim() };
  const errors: Record<string, string> = {};
  const delivery = deliveries.find((d) => d === values.delivery);
  if (!delivery) errors[fields.deliveryChoice('online')] = 'Hãy chọn cách nhận kết quả';
  if (delivery === 'post' && values.address === '')
    errors[fields.address] = 'Hãy ghi địa chỉ nhận kết quả qua bưu chính';
  if (values.address.length > 500) errors[fields.address] = 'Địa chỉ dài quá 500 ký tự';
  if (!delivery || Object.keys(errors).length > 0) return { ok: false, form: { values, errors } };
  return { ok: true, input: { delivery, address: delivery === 'post' ? values.address : null } };
}

export function readRating(body: Posted): Read<RatingInput, 'rating'> {
  const values = {
    satisfaction: posted(body, fields.satisfaction),
    score: posted(body, fields.score),
    comment: posted(body, fields.comment).trim(),
  };
  const errors: Record<string, string> = {};
  const satisfaction = satisfactionLevels.find((s) => s === values.satisfaction);
  if (!satisfaction) errors[fields.satisfactionChoice('satisfied')] = 'Hãy chọn mức độ hài lòng';
  const score = values.score === '' ? null : Number(values.score);
  if (score !== null && !(Number.isInteger(score) && score >= 1 && score <= 5))
    errors[fields.scoreChoice(5)] = 'Điểm chỉ từ 1 đến 5';
  if (values.comment.length > 2000) errors[fields.comment] = 'Ý kiến dài quá 2.000 ký tự';
  if (!satisfaction || Object.keys(errors).length > 0) return { ok: false, form: { values, errors } };
  return {
    ok: true,
    input: {
      satisfaction: satisfaction as Satisfaction,
      score: score as RatingScore | null,
      comment: values.comment || null,
    },
  };
}
