import { CheckCircleOutlined, StopOutlined } from '@ant-design/icons';
import { ConfirmButton } from './ConfirmButton.tsx';

interface Choice {
  /** the button's text, also the confirmation's OK */
  label: string;
  confirm: string;
}

/** Disables what is active (a red button, after asking) or enables it again. */
export function ActiveToggleButton({
  active,
  disable,
  enable,
  onChange,
}: {
  active: boolean;
  disable: Choice;
  enable: Choice;
  onChange: (active: boolean) => Promise<unknown>;
}) {
  return active ? (
    <ConfirmButton
      danger
      confirm={disable.confirm}
      okText={disable.label}
      icon={<StopOutlined aria-hidden />}
      onConfirm={() => onChange(false)}
    >
      {disable.label}
    </ConfirmButton>
  ) : (
    <ConfirmButton
      confirm={enable.confirm}
      okText={enable.label}
      icon={<CheckCircleOutlined aria-hidden />}
      onConfirm={() => onChange(true)}
    >
      {enable.label}
    </ConfirmButton>
  );
}
