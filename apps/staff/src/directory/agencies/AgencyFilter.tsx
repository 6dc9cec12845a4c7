import { AgencyPicker } from './AgencyPicker.tsx';

/** A list filter by agency, beside the list's search field. */
export function AgencyFilter({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | undefined;
  onChange: (agencyId: string | undefined) => void;
}) {
  return (
    <AgencyPicker
      aria-label={label}
      placeholder={label}
      value={value}
      onChange={onChange}
      style={{ width: 340, maxWidth: '100%' }}
    />
  );
}
