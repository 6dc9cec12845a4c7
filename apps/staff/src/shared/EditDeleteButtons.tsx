import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from './ConfirmButton.tsx';

/** A table row's edit and delete icons; deleting asks first. */
export function EditDeleteButtons({
  editLabel,
  deleteLabel,
  deleteConfirm,
  onEdit,
  onDelete,
}: {
  editLabel: string;
  deleteLabel: string;
  deleteConfirm: string;
  onEdit: () => void;
  onDelete: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  return (
    <Flex gap={4}>
      <Button type="text" icon={<EditOutlined aria-hidden />} aria-label={editLabel} onClick={onEdit} />
      <ConfirmButton
        type="text"
        danger
        icon={<DeleteOutlined aria-hidden />}
        aria-label={deleteLabel}
        confirm={deleteConfirm}
        okText={t('common.delete')}
        onConfirm={onDelete}
      />
    </Flex>
  );
}
