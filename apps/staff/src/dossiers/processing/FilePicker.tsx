import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload, type UploadFile } from 'antd';
import { WORKING_FILE_TYPES } from './api.ts';

/**
 * Files chosen in a form, sent only when the form is: the value is antd's file list, whose
 * `originFileObj` is the browser's File.
 */
export function FilePicker({
  value,
  onChange,
  label,
  multiple = true,
}: {
  value?: UploadFile[];
  onChange?: (files: UploadFile[]) => void;
  label: string;
  multiple?: boolean;
}) {
  return (
    <Upload
      fileList={value ?? []}
      multiple={multiple}
      maxCount={multiple ? 20 : 1}
      accept={WORKING_FILE_TYPES}
      beforeUpload={() => false}
      onChange={({ fileList }) => onChange?.(fileList)}
    >
      <Button icon={<UploadOutlined aria-hidden />}>{label}</Button>
    </Upload>
  );
}

/** The browser files of a picked list. */
export const filesOf = (list: UploadFile[] | undefined): File[] =>
  (list ?? []).flatMap((f) => (f.originFileObj ? [f.originFileObj as File] : []));
