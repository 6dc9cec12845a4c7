import { fieldDescribedBy, fieldError } from '../forms/field-parts.ts';
import { html, type Raw } from '../html.ts';
import { myDossierFields } from './fields.ts';
import type { DeliveryValues, FormState, MyDossierDetail, ResultDelivery } from './types.ts';

const {
  delivery: DELIVERY_FIELD,
  address: ADDRESS_FIELD,
  deliveryChoice: deliveryChoiceId,
} = myDossierFields;

const choices = (agencyName: string): { value: ResultDelivery; label: string }[] => [
  { value: 'online', label: 'Trực tuyến: tải kết quả điện tử tại trang này' },
  { value: 'counter', label: `Tại bộ phận tiếp nhận và trả kết quả của ${agencyName}` },
  { value: 'post', label: 'Qua dịch vụ bưu chính công ích, đến địa chỉ bạn ghi dưới đây' },
];

/**
 * How the applicant receives the result, changeable until the result is handed back: online, at the counter
 * or by post (with the address).
 */
export function deliverySection(d: MyDossierDetail, state: FormState<DeliveryValues> | undefined): Raw {
  const current = choices(d.agencyName).find((c) => c.value === d.resultDelivery)!;
  if (!d.mayChangeDelivery)
    return html`<section aria-labelledby="nhan-ket-qua">
  <h2 id="nhan-ket-qua">Cách nhận kết quả</h2>
  <p>${current.label}${d.resultDelivery === 'post' && d.postalAddress ? html`: ${d.postalAddress}` : ''}.</p>
</section>`;
  const errors = state?.errors ?? {};
  const chosen = state?.values.delivery ?? d.resultDelivery;
  const address = state?.values.address ?? d.postalAddress ?? '';
  const choiceError = errors[deliveryChoiceId('online')];
  return html`<section aria-labelledby="nhan-ket-qua">
  <h2 id="nhan-ket-qua">Cách nhận kết quả</h2>
  <form method="post" action="/ho-so-cua-toi/${d.id}/cach-nhan-ket-qua" novalidate>
    <fieldset>
      <legend>Bạn muốn nhận kết quả bằng cách nào? Có thể đổi cho đến khi nhận kết quả.</legend>
      ${fieldError(deliveryChoiceId('online'), choiceError)}
      ${choices(d.agencyName).map(
        (c) => html`<div class="choice">
        <input type="radio" id="${deliveryChoiceId(c.value)}" name="${DELIVERY_FIELD}" value="${c.value}"${chosen === c.value ? html` checked` : ''}${fieldDescribedBy(deliveryChoiceId('online'), choiceError)}>
        <label for="${deliveryChoiceId(c.value)}">${c.label}</label>
      </div>`,
      )}
    </fieldset>
    <div class="field">
      <label for="${ADDRESS_FIELD}">Địa chỉ nhận kết quả qua bưu chính</label>
      <p class="hint" id="${ADDRESS_FIELD}-goi-y">Chỉ cần khi nhận qua bưu chính: số nhà, đường, xã/phường, tỉnh/thành phố.</p>
      ${fieldError(ADDRESS_FIELD, errors[ADDRESS_FIELD])}
      <textarea id="${ADDRESS_FIELD}" name="${ADDRESS_FIELD}" rows="2" maxlength="500" autocomplete="street-address"${fieldDescribedBy(ADDRESS_FIELD, errors[ADDRESS_FIELD], `${ADDRESS_FIELD}-goi-y`)}>${address}</textarea>
    </div>
    <button type="submit">Lưu cách nhận kết quả</button>
  </form>
</section>`;
}
