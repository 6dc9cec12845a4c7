import { PlusOutlined } from '@ant-design/icons';
import { Button, type ButtonProps } from 'antd';

/** The primary "add …" button of a page, tab or card. */
export function CreateButton(props: Omit<ButtonProps, 'type' | 'icon'>) {
  return <Button type="primary" icon={<PlusOutlined aria-hidden />} {...props} />;
}
