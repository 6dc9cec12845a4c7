import { Flex, Switch, Typography } from 'antd';

/** A list filter that is on or off: a small switch with its label beside it. */
export function FilterSwitch({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <Flex gap={8} align="center">
      <Switch size="small" checked={checked} aria-label={label} onChange={onChange} />
      <Typography.Text>{label}</Typography.Text>
    </Flex>
  );
}
