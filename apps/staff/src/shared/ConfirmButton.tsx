import { Button, type ButtonProps, Popconfirm } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A button that asks first; a `danger` button's confirmation is red too. */
export function ConfirmButton({
  confirm,
  okText,
  onConfirm,
  danger,
  ...button
}: Omit<ButtonProps, 'onClick'> & {
  /** the question */
  confirm: ReactNode;
  okText: string;
  onConfirm: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  return (
    <Popconfirm
      title={confirm}
      okText={okText}
      cancelText={t('common.cancel')}
      {...(danger ? { okButtonProps: { danger: true } } : {})}
      onConfirm={onConfirm}
    >
      <Button danger={danger} {...button} />
    </Popconfirm>
  );
}
