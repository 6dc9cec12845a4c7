import { Alert, Form, Input, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../shared/FormModal.tsx';
import { useRequired } from '../../shared/useRequired.ts';
import { processingApi } from './api.ts';
import { activeStepOf, type DossierDialogProps } from './dialog.ts';
import { FilePicker, filesOf } from './FilePicker.tsx';
import { HandlerSelect } from './HandlerSelect.tsx';

interface Values {
  note: string;
  files?: UploadFile[];
  result?: UploadFile[];
  assigneeId?: string;
}

/**
 * Chuyển bước tiếp theo, with the opinion and the working files of the step; the last handling step
 * completes the dossier (`complete`), which needs the result document — attached here unless it already is.
 * The files are attached first, then named in the opinion.
 */
export function ForwardModal({
  dossier,
  complete,
  onSaved,
  onClose,
}: DossierDialogProps & { complete: boolean }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const required = useRequired();
  const step = activeStepOf(dossier);
  const next = dossier.steps.find((s) => s.position > (step?.position ?? 0));
  const hasResult = dossier.files.some((f) => f.kind === 'result');
  const submit = async (values: Values) => {
    const fileIds: string[] = [];
    for (const file of filesOf(values.files))
      fileIds.push((await processingApi.uploadWorkingFile(dossier.id, 'working', file)).id);
    for (const file of filesOf(values.result))
      fileIds.push((await processingApi.uploadWorkingFile(dossier.id, 'result', file)).id);
    return processingApi.forward(dossier.id, {
      note: values.note.trim(),
      fileIds,
      ...(values.assigneeId ? { assigneeId: values.assigneeId } : {}),
    });
  };
  return (
    <FormModal
      form={form}
      name="dossier-forward"
      title={complete ? t('dossierProcessing.completeTitle') : t('dossierProcessing.forwardTitle')}
      okText={complete ? t('dossierProcessing.complete') : t('dossierProcessing.forward')}
      width={560}
      intro={
        next ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('dossierProcessing.nextStep', {
              step: next.name,
              unit: next.handlerDepartment?.name ?? next.handlerAgency.name,
            })}
          />
        ) : null
      }
      submit={submit}
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item
        label={t('dossierProcessing.opinion')}
        name="note"
        rules={[required.text(t('dossierProcessing.opinion'))]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} showCount />
      </Form.Item>
      {complete ? (
        <Form.Item
          label={t('dossierProcessing.resultFile')}
          name="result"
          extra={hasResult ? t('dossierProcessing.resultAttached') : t('dossierProcessing.resultUnsigned')}
          rules={hasResult ? [] : [required.choice(t('dossierProcessing.resultFile'))]}
        >
          <FilePicker label={t('dossierProcessing.chooseResult')} multiple={false} />
        </Form.Item>
      ) : null}
      <Form.Item label={t('dossierProcessing.workingFiles')} name="files">
        <FilePicker label={t('dossierProcessing.chooseFiles')} />
      </Form.Item>
      {!complete && next ? (
        <Form.Item
          label={t('dossierProcessing.nextAssignee')}
          name="assigneeId"
          extra={t('dossierProcessing.nextAssigneeHint')}
        >
          <HandlerSelect dossierId={dossier.id} step={next.position} allowClear />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
