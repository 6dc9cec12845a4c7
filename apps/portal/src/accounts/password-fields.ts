import { type FormState, textField } from '../forms/form-state.ts';
import type { Raw } from '../html.ts';

/** Choosing a password (registering, resetting): the password with the rule it must meet, then again. */
export function newPasswordFields(form: FormState, labels: { password: string; again: string }): Raw[] {
  return [
    textField({
      name: 'password',
      label: labels.password,
      hint: 'Ít nhất 10 ký tự, gồm ít nhất 3 trong 4 loại: chữ thường, chữ hoa, chữ số, ký tự đặc biệt.',
      type: 'password',
      autocomplete: 'new-password',
      maxlength: 200,
      required: true,
      form,
    }),
    textField({
      name: 'passwordConfirm',
      label: labels.again,
      type: 'password',
      autocomplete: 'new-password',
      maxlength: 200,
      required: true,
      form,
    }),
  ];
}
