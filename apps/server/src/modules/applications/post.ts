import type { ApplicationForm } from '@congso/one-stop';
import { applicationNames } from '@congso/portal';
import type { FormWithUploads } from './form-with-uploads.ts';
import type { ApplicationRow, DraftChanges } from './repository.ts';

const DELIVERIES = ['online', 'counter', 'post'] as const;

/**
 * The draft as the page sent it: the form's answers read by its own fields (`formDataFrom`), the applicant's
 * details and the delivery choice trimmed to what the table keeps. A form that cannot be drawn keeps the
 * answers it had.
 */
export function draftChangesFrom(
  post: FormWithUploads,
  form: ApplicationForm | null,
  before: Pick<ApplicationRow, 'formData' | 'resultDelivery'>,
): DraftChanges {
  const one = (name: string, max: number) => (post.values(name).at(-1) ?? '').trim().slice(0, max);
  const delivery = post.values(applicationNames.DELIVERY).at(-1);
  return {
    formData: form ? applicationNames.formDataFrom(form, post.values) : before.formData,
    applicantName: one(applicationNames.applicantName('name'), 300),
    applicantIdNumber: one(applicationNames.applicantName('idNumber'), 20),
    applicantPhone: one(applicationNames.applicantName('phone'), 20),
    applicantEmail: one(applicationNames.applicantName('email'), 200),
    applicantAddress: one(applicationNames.applicantName('address'), 500),
    resultDelivery: DELIVERIES.find((d) => d === delivery) ?? before.resultDelivery,
    postalAddress: one(applicationNames.POSTAL_ADDRESS, 500),
  };
}

/** The button pressed. */
export const actionOf = (post: FormWithUploads): 'save' | 'submit' =>
  post.values(applicationNames.ACTION).at(-1) === 'submit' ? 'submit' : 'save';
