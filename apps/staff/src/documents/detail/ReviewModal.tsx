import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../shared/FormModal.tsx';
import { useRequired } from '../../shared/useRequired.ts';
import { AssigneeSelect, toUserId } from '../AssigneeSelect.tsx';
import { documentApi } from '../api.ts';
import type { DocumentDialogProps } from './dialog.ts';

interface Values {
  /** each step: the people who review it in parallel */
  steps?: string[][];
  signerUserId: string;
}

/**
 * Trình duyệt dự thảo: the review steps one after another (the people of a step review in parallel), then
 * the leader who approves it for signing.
 */
export function ReviewModal({ document, onSaved, onClose }: DocumentDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const required = useRequired();
  return (
    <FormModal
      form={form}
      name="review-plan"
      title={t('documents.reviewTitle')}
      okText={t('documents.requestReview')}
      width={640}
      initialValues={{ steps: [[]] }}
      submit={(values) =>
        documentApi.requestReview(document.id, {
          steps: (values.steps ?? []).map((people) => people.map(toUserId)),
          signerUserId: toUserId(values.signerUserId),
        })
      }
      onSaved={onSaved}
      onClose={onClose}
      intro={<p>{t('documents.reviewIntro')}</p>}
    >
      <Form.List name="steps">
        {(steps, { add, remove }) => (
          <>
            {steps.map((step, index) => {
              const label = t('documents.reviewStep', { n: index + 1 });
              return (
                <Flex key={step.key} gap={8} align="start">
                  <Form.Item
                    name={step.name}
                    label={label}
                    rules={[required.choice(label)]}
                    style={{ flex: 1 }}
                  >
                    <AssigneeSelect agencyId={document.agencyId} mode="multiple" />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('documents.removeStep', { n: index + 1 })}
                    onClick={() => remove(step.name)}
                    style={{ marginTop: 30 }}
                  />
                </Flex>
              );
            })}
            <Form.Item>
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add([])} block>
                {t('documents.addStep')}
              </Button>
            </Form.Item>
          </>
        )}
      </Form.List>
      <Form.Item
        label={t('documents.signer')}
        name="signerUserId"
        extra={t('documents.signerHint')}
        rules={[required.choice(t('documents.signer'))]}
      >
        <AssigneeSelect agencyId={document.agencyId} leaders />
      </Form.Item>
    </FormModal>
  );
}
