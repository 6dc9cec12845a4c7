import type { SelectProps } from 'antd';
import { AssigneeSelect, toUserId } from '../documents/AssigneeSelect.tsx';

/** An official of the agency with an account, chosen by user id (the người lập hồ sơ of a file or entry). */
export function OwnerSelect({
  agencyId,
  value,
  onChange,
  ...rest
}: Omit<SelectProps<string | string[]>, 'value' | 'onChange' | 'mode'> & {
  agencyId: string;
  value?: string | undefined;
  onChange?: (value: string | undefined) => void;
}) {
  return (
    <AssigneeSelect
      agencyId={agencyId}
      value={value ? `user:${value}` : undefined}
      onChange={(next) => onChange?.(typeof next === 'string' ? toUserId(next) : undefined)}
      {...rest}
    />
  );
}
