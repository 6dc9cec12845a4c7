import type { FormField } from '@congso/one-stop/application-form';
import { Checkbox, Input, InputNumber, Radio, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { IsoDatePicker } from '../../calendar/edit/IsoDatePicker.tsx';

interface Props {
  field: FormField;
  value: unknown;
  onChange: (value: unknown) => void;
  disabled?: boolean | undefined;
  id: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const texts = (value: unknown) => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);
/** A few choices read best side by side; more of them go in a list that can be searched. */
const FEW_CHOICES = 4;

/** The input for one field of the form, by its kind; groups are drawn by the form itself. */
export function FieldInput({ field, value, onChange, disabled, id }: Props) {
  const { t } = useTranslation();
  const options = (field.options ?? []).map((option) => ({ value: option, label: option }));
  switch (field.kind) {
    case 'date':
      return <IsoDatePicker id={id} value={text(value) || null} onChange={onChange} disabled={disabled} />;
    case 'choice':
      return options.length <= FEW_CHOICES ? (
        <Radio.Group
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          options={options}
          disabled={disabled}
        />
      ) : (
        <Select
          id={id}
          showSearch
          allowClear
          value={text(value) || undefined}
          onChange={(next) => onChange(next ?? null)}
          options={options}
          disabled={disabled}
        />
      );
    case 'choices':
      return (
        // a group of boxes has no one element a label points at: each box is labelled by its option
        <Checkbox.Group value={texts(value)} onChange={onChange} options={options} disabled={disabled} />
      );
    case 'list':
      return (
        <Select
          id={id}
          mode="tags"
          value={texts(value)}
          onChange={onChange}
          open={false}
          placeholder={t('jsonSchemaForm.listHint')}
          disabled={disabled}
          {...(field.maxItems !== undefined ? { maxCount: field.maxItems } : {})}
        />
      );
    case 'integer':
    case 'number':
      return (
        <InputNumber
          id={id}
          value={typeof value === 'number' ? value : null}
          onChange={(next) => onChange(next ?? null)}
          precision={field.kind === 'integer' ? 0 : undefined}
          min={field.minimum}
          max={field.maximum}
          disabled={disabled}
          style={{ width: '100%', maxWidth: 240 }}
        />
      );
    case 'boolean':
      return (
        <Switch
          id={id}
          checked={value === true}
          onChange={onChange}
          checkedChildren={t('common.yes')}
          unCheckedChildren={t('common.no')}
          disabled={disabled}
        />
      );
    default: {
      const common = {
        id,
        value: text(value),
        disabled,
        maxLength: field.maxLength,
        showCount: field.maxLength !== undefined,
      };
      // long answers (an address, a reason) get room to be read back
      if (field.kind === 'text' && (field.maxLength === undefined || field.maxLength > 300))
        return (
          <Input.TextArea
            {...common}
            autoSize={{ minRows: 1, maxRows: 6 }}
            onChange={(e) => onChange(e.target.value)}
          />
        );
      return (
        <Input
          {...common}
          type={field.kind === 'email' ? 'email' : 'text'}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    }
  }
}
