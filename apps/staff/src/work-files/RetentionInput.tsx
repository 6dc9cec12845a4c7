import { Checkbox, Flex, type FormRule, InputNumber } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** Required: a number of years or permanent (null); only "nothing chosen" is refused. */
export const retentionRule = (t: TFunction): FormRule => ({
  validator: (_, value) =>
    value === undefined
      ? Promise.reject(new Error(t('common.requiredChoice', { field: t('workFiles.retention') })))
      : Promise.resolve(),
});

/**
 * Thời hạn bảo quản as a form control: a number of years, or permanent (`null`). `undefined` is "not chosen
 * yet", so a required rule still applies.
 */
export function RetentionInput({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: number | null;
  onChange?: (value: number | null | undefined) => void;
}) {
  const { t } = useTranslation();
  const permanent = value === null;
  return (
    <Flex gap={12} align="center" wrap>
      <InputNumber<number>
        id={id}
        min={1}
        max={99}
        precision={0}
        disabled={permanent}
        value={permanent ? undefined : value}
        onChange={(next) => onChange?.(next ?? undefined)}
        suffix={t('workFiles.years')}
        aria-label={t('workFiles.retentionYears')}
        style={{ width: 140 }}
      />
      <Checkbox checked={permanent} onChange={(event) => onChange?.(event.target.checked ? null : undefined)}>
        {t('workFiles.permanent')}
      </Checkbox>
    </Flex>
  );
}
