import { CopyOutlined, DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { App, Button, Card, Flex, InputNumber, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../shared/ConfirmButton.tsx';
import { CreateButton } from '../shared/CreateButton.tsx';
import { EditDeleteButtons } from '../shared/EditDeleteButtons.tsx';
import { PageHeader } from '../shared/PageHeader.tsx';
import { QueryError } from '../shared/QueryError.tsx';
import { SecondLine } from '../shared/SecondLine.tsx';
import { useActionMutation } from '../shared/useActionMutation.ts';
import { filePlanQuery, planExportUrl, workFileApi, workFileKeys } from './api.ts';
import { WorkFileStatusTag } from './labels.tsx';
import { OpenWorkFileModal } from './OpenWorkFileModal.tsx';
import { PlanEntryModal } from './PlanEntryModal.tsx';
import { thisYear } from './search.ts';
import type { PlanEntry, WorkFileDetail } from './types.ts';

const route = getRouteApi('/_app/work-files/plan');

/** A row of the plan as printed: a section heading spanning the table, or an entry. */
type Row = { kind: 'heading'; id: string; heading: string } | ({ kind: 'entry' } & PlanEntry);

function rowsOf(entries: PlanEntry[]): Row[] {
  const rows: Row[] = [];
  let heading: string | null = null;
  for (const entry of entries) {
    if (entry.heading && entry.heading !== heading)
      rows.push({ kind: 'heading', id: `heading:${entry.id}`, heading: entry.heading });
    heading = entry.heading ?? heading;
    rows.push({ kind: 'entry', ...entry });
  }
  return rows;
}

/**
 * Danh mục hồ sơ: the files the agency plans to keep in a year, section by section. Its keepers add,
 * correct and remove entries and start a year from the one before; everyone opens files from it.
 */
export function FilePlanPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const year = route.useSearch().year ?? thisYear();
  const plan = useQuery(filePlanQuery(year));
  const [editing, setEditing] = useState<{ entry?: PlanEntry } | null>(null);
  const [opening, setOpening] = useState<PlanEntry | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: workFileKeys.all });
  const remove = useActionMutation({
    mutationFn: (entry: PlanEntry) => workFileApi.deleteEntry(entry.id),
    onSuccess: refresh,
    success: t('common.deleted'),
  });
  const copy = useActionMutation({
    mutationFn: () => workFileApi.copyPlan(year - 1, year),
    onSuccess: refresh,
    success: (result) =>
      t('workFiles.copied', { count: result.copied, skipped: result.skipped.length, from: year - 1 }),
  });

  const data = plan.data;
  const manage = data?.can.manage ?? false;
  const span = (row: Row, first = false) => (row.kind === 'heading' ? { colSpan: first ? 5 : 0 } : {});
  const columns: TableColumnsType<Row> = [
    {
      title: t('workFiles.code'),
      key: 'code',
      width: 130,
      onCell: (row) => span(row, true),
      render: (_, row) => (row.kind === 'heading' ? <strong>{row.heading}</strong> : row.code),
    },
    {
      title: t('workFiles.title'),
      key: 'title',
      onCell: (row) => span(row),
      render: (_, row) => (row.kind === 'entry' ? row.title : null),
    },
    {
      title: t('workFiles.retention'),
      key: 'retention',
      width: 120,
      onCell: (row) => span(row),
      render: (_, row) => (row.kind === 'entry' ? row.retentionText : null),
    },
    {
      title: t('workFiles.owner'),
      key: 'owner',
      width: 200,
      onCell: (row) => span(row),
      render: (_, row) =>
        row.kind === 'entry' ? (
          <>
            {row.owner.name}
            {row.department ? <SecondLine>{row.department.name}</SecondLine> : null}
          </>
        ) : null,
    },
    {
      title: t('workFiles.workFile'),
      key: 'file',
      width: 250,
      onCell: (row) => span(row),
      render: (_, row) => {
        if (row.kind !== 'entry') return null;
        return (
          <Flex gap={8} align="center" wrap>
            {row.workFile ? (
              <Link to="/work-files/$id" params={{ id: row.workFile.id }}>
                <WorkFileStatusTag status={row.workFile.status} />
              </Link>
            ) : data?.can.open ? (
              <Button size="small" onClick={() => setOpening(row)}>
                {t('workFiles.open')}
              </Button>
            ) : null}
            {manage ? (
              <EditDeleteButtons
                editLabel={`${t('common.edit')} ${row.code}`}
                deleteLabel={`${t('common.delete')} ${row.code}`}
                onEdit={() => setEditing({ entry: row })}
                onDelete={() => remove.mutateAsync(row)}
                deleteConfirm={t('workFiles.deleteEntryConfirm')}
              />
            ) : null}
          </Flex>
        );
      },
    },
  ];

  const opened = (file: WorkFileDetail) => {
    setOpening(null);
    refresh();
    void message.success(t('workFiles.opened', { code: file.code }));
    void navigate({ to: '/work-files/$id', params: { id: file.id } });
  };

  return (
    <>
      <PageHeader
        title={t('nav.filePlan')}
        subtitle={data ? t('workFiles.planSubtitle', { agency: data.agency.name, year }) : undefined}
        extra={
          <>
            {manage ? (
              <CreateButton onClick={() => setEditing({})}>{t('workFiles.addEntry')}</CreateButton>
            ) : null}
            {manage ? (
              <ConfirmButton
                icon={<CopyOutlined aria-hidden />}
                confirm={t('workFiles.copyConfirm', { from: year - 1, to: year })}
                okText={t('workFiles.copy')}
                onConfirm={() => copy.mutateAsync()}
              >
                {t('workFiles.copyFrom', { year: year - 1 })}
              </ConfirmButton>
            ) : null}
            <Button icon={<DownloadOutlined aria-hidden />} href={planExportUrl(year)}>
              {t('workFiles.exportPlan')}
            </Button>
          </>
        }
      />
      <Card size="small">
        <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
          <label htmlFor="plan-year">{t('workFiles.year')}</label>
          <InputNumber<number>
            id="plan-year"
            min={2000}
            max={2999}
            value={year}
            onChange={(next) => {
              if (typeof next === 'number' && next >= 2000)
                void navigate({ to: '/work-files/plan', search: { year: next } });
            }}
          />
        </Flex>
        {plan.isError ? (
          <QueryError error={plan.error} onRetry={() => void plan.refetch()} />
        ) : (
          <Table<Row>
            rowKey="id"
            size="middle"
            loading={plan.isFetching}
            columns={columns}
            dataSource={rowsOf(data?.entries ?? [])}
            pagination={false}
            scroll={{ x: 860 }}
            locale={{ emptyText: t('workFiles.planEmpty', { year }) }}
          />
        )}
      </Card>
      {editing && data ? (
        <PlanEntryModal
          plan={data}
          entry={editing.entry}
          onSaved={() => {
            setEditing(null);
            refresh();
            void message.success(t('common.saved'));
          }}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {opening ? (
        <OpenWorkFileModal entry={opening} onSaved={opened} onClose={() => setOpening(null)} />
      ) : null}
    </>
  );
}
