import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Input, Row, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, problemText } from '../../api/problem.ts';
import { ConfirmButton } from '../../shared/ConfirmButton.tsx';
import { JsonSchemaForm } from '../../shared/json-schema-form/JsonSchemaForm.tsx';
import type { FormValue, PointedProblem } from '../../shared/json-schema-form/values.ts';
import { formApi, formKeys } from './api.ts';
import { readSchemaText, schemaText, starterSchema } from './schema-text.ts';
import type { ApplicationFormView } from './types.ts';

/** Problems at places in the schema, `/properties/hoTen/format: …`. */
function ProblemList({ problems }: { problems: readonly PointedProblem[] }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {problems.map((p) => (
        <li key={`${p.pointer}:${p.detail}`}>
          {p.pointer ? <Typography.Text code>{p.pointer}</Typography.Text> : null} {p.detail}
        </li>
      ))}
    </ul>
  );
}

/**
 * The application form of a procedure as JSON Schema text, checked while it is typed (JSON, then the subset
 * the renderers draw) and previewed beside it as the applicant will see it. Saving sends it to the server,
 * which checks it again (against JSON Schema too) and answers problems at their place in the schema.
 */
export function FormSchemaEditor({ data }: { data: ApplicationFormView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [text, setText] = useState(() => schemaText(data.schema));
  const [serverProblems, setServerProblems] = useState<PointedProblem[]>([]);
  const [sample, setSample] = useState<FormValue>({});
  const read = useMemo(() => readSchemaText(text), [text]);

  const save = useMutation({
    mutationFn: (schema: Record<string, unknown> | null) => formApi.save(data.procedure.id, schema),
    onSuccess: (saved) => {
      setServerProblems([]);
      setText(schemaText(saved.schema));
      queryClient.setQueryData(formKeys.of(data.procedure.id), saved);
      void message.success(saved.schema ? t('applicationForm.saved') : t('applicationForm.removed'));
    },
    onError: (error) => {
      if (isApiError(error) && error.problem.errors?.length)
        setServerProblems(
          error.problem.errors.map((e) => ({
            pointer: e.pointer.replace(/^\/body\/schema/, ''),
            detail: e.detail,
          })),
        );
      else void message.error(problemText(error, t('common.unexpectedError')));
    },
  });

  const typed =
    read.state === 'unparsable'
      ? t('applicationForm.unparsable', {
          where: read.line ? t('applicationForm.lineColumn', { line: read.line, column: read.column }) : '',
          message: read.message,
        })
      : null;

  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} xl={12}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Input.TextArea
            aria-label={t('applicationForm.schema')}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setServerProblems([]);
            }}
            spellCheck={false}
            autoSize={{ minRows: 16, maxRows: 40 }}
            style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 13 }}
            placeholder={t('applicationForm.placeholder')}
          />
          {typed ? <Alert type="error" showIcon title={typed} /> : null}
          {read.state === 'outside' ? (
            <Alert
              type="error"
              showIcon
              title={t('applicationForm.outside')}
              description={
                <ProblemList
                  problems={read.problems.map((p) => ({ pointer: p.pointer, detail: p.message }))}
                />
              }
            />
          ) : null}
          {serverProblems.length > 0 ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={t('applicationForm.notSaved')}
              description={<ProblemList problems={serverProblems} />}
            />
          ) : null}
          {read.state === 'ready' ? (
            <Alert type="success" showIcon title={t('applicationForm.ready')} />
          ) : null}
          <Space wrap>
            <Button
              type="primary"
              loading={save.isPending}
              disabled={read.state !== 'ready' && read.state !== 'empty'}
              onClick={() => save.mutate(read.state === 'ready' ? read.schema : null)}
            >
              {read.state === 'empty' && data.schema ? t('applicationForm.saveNone') : t('common.save')}
            </Button>
            <Button
              disabled={read.state === 'unparsable' || read.state === 'empty'}
              onClick={() => setText(schemaText(JSON.parse(text)))}
            >
              {t('applicationForm.format')}
            </Button>
            {read.state === 'empty' ? (
              <Button onClick={() => setText(schemaText(starterSchema))}>
                {t('applicationForm.starter')}
              </Button>
            ) : null}
            {data.schema ? (
              <ConfirmButton
                danger
                confirm={t('applicationForm.removeConfirm')}
                okText={t('common.delete')}
                onConfirm={() => save.mutateAsync(null).catch(() => undefined)}
              >
                {t('applicationForm.remove')}
              </ConfirmButton>
            ) : null}
          </Space>
        </Space>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('applicationForm.preview')}>
          {read.state === 'ready' ? (
            <JsonSchemaForm schema={read.schema} value={sample} onChange={setSample} showTitle />
          ) : (
            <Typography.Text type="secondary">{t('applicationForm.previewWaiting')}</Typography.Text>
          )}
        </Card>
      </Col>
    </Row>
  );
}
