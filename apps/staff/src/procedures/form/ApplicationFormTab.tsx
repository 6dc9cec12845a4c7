import { useQuery } from '@tanstack/react-query';
import { Empty, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JsonSchemaForm } from '../../shared/json-schema-form/JsonSchemaForm.tsx';
import type { FormValue } from '../../shared/json-schema-form/values.ts';
import { QueryError } from '../../shared/QueryError.tsx';
import { formApi, formKeys } from './api.ts';
import { FormSchemaEditor } from './FormSchemaEditor.tsx';

/**
 * The application form (tờ khai điện tử) of a procedure: edited as JSON Schema by the keepers of the
 * province's catalogue, shown as the applicant will fill it in to everyone else.
 */
export function ApplicationFormTab({ procedureId }: { procedureId: string }) {
  const { t } = useTranslation();
  const form = useQuery({ queryKey: formKeys.of(procedureId), queryFn: () => formApi.get(procedureId) });
  const [sample, setSample] = useState<FormValue>({});
  if (form.isPending) return <Spin />;
  if (form.isError) return <QueryError error={form.error} onRetry={() => void form.refetch()} />;
  if (form.data.can.manage) return <FormSchemaEditor data={form.data} />;
  if (!form.data.schema) return <Empty description={t('applicationForm.none')} />;
  return <JsonSchemaForm schema={form.data.schema} value={sample} onChange={setSample} showTitle />;
}
