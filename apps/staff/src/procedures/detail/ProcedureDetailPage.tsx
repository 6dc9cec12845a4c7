import { EditOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { App, Button, Card, Flex, Skeleton, Tabs, type TabsProps, Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryError } from '../../shared/QueryError.tsx';
import { procedureDetailQuery, procedureKeys } from '../api.ts';
import { ApplicationFormTab } from '../form/ApplicationFormTab.tsx';
import { OnlineServiceTag } from '../labels.tsx';
import { ProcedureFormModal } from '../ProcedureFormModal.tsx';
import { ProcessingStepsTab } from '../steps/ProcessingStepsTab.tsx';
import type { ProcedureDetail } from '../types.ts';
import { ChannelsTab } from './ChannelsTab.tsx';
import { DocumentsTab } from './DocumentsTab.tsx';
import { ProcedureInfo, Published } from './ProcedureInfo.tsx';
import { ResultsTab } from './ResultsTab.tsx';

const route = getRouteApi('/_app/procedures/$id');

/**
 * The tabs of a procedure's page, in order. A part of a procedure kept elsewhere (its processing steps at
 * each receiving agency, its application form) is one more entry here.
 */
function procedureTabs(t: TFunction, procedure: ProcedureDetail): NonNullable<TabsProps['items']> {
  return [
    { key: 'info', label: t('procedures.tabs.info'), children: <ProcedureInfo procedure={procedure} /> },
    {
      key: 'channels',
      label: t('procedures.tabs.channels'),
      children: <ChannelsTab procedure={procedure} />,
    },
    {
      key: 'documents',
      label: t('procedures.tabs.documents'),
      children: <DocumentsTab procedure={procedure} />,
    },
    { key: 'results', label: t('procedures.tabs.results'), children: <ResultsTab procedure={procedure} /> },
    {
      key: 'sequence',
      label: t('procedures.tabs.sequence'),
      children: <Published text={procedure.sequenceText} empty={t('procedures.noSequence')} />,
    },
    {
      key: 'steps',
      label: t('procedureSteps.tab'),
      children: <ProcessingStepsTab procedureId={procedure.id} />,
    },
    {
      key: 'form',
      label: t('applicationForm.tab'),
      children: <ApplicationFormTab procedureId={procedure.id} />,
    },
  ];
}

/** One procedure of the catalogue, every part of it; its keepers edit it here. */
export function ProcedureDetailPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const { tab } = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const detail = useQuery(procedureDetailQuery(id));

  if (detail.isError) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data) return <Skeleton active />;
  const procedure = detail.data;
  const tabs = procedureTabs(t, procedure);
  const activeKey = tabs.some((item) => item.key === tab) ? tab : 'info';
  const setTab = (next: string) =>
    void navigate({
      to: '/procedures/$id',
      params: { id },
      search: next === 'info' ? {} : { tab: next },
      replace: true,
    });

  return (
    <>
      <PageHeader
        crumbs={[{ title: <Link to="/procedures">{t('nav.procedures')}</Link> }, { title: procedure.code }]}
        title={procedure.name}
        subtitle={
          <Flex gap={6} wrap component="span">
            <Tag color="blue">{procedure.code}</Tag>
            {procedure.field ? <Tag>{procedure.field}</Tag> : null}
            <OnlineServiceTag value={procedure.onlineService} />
            {procedure.active ? null : <Tag color="orange">{t('procedures.inactive')}</Tag>}
          </Flex>
        }
        extra={
          procedure.can.manage ? (
            <Button type="primary" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
              {t('procedures.edit')}
            </Button>
          ) : null
        }
      />
      <Card size="small">
        <Tabs activeKey={activeKey} onChange={setTab} items={tabs} destroyOnHidden />
      </Card>
      {editing ? (
        <ProcedureFormModal
          mode={{ kind: 'edit', procedure }}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            void message.success(t('common.saved'));
            void queryClient.invalidateQueries({ queryKey: procedureKeys.all });
          }}
        />
      ) : null}
    </>
  );
}
