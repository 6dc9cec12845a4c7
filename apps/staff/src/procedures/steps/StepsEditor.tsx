import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { stepRoles } from '@congso/one-stop/processing-steps';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, problemText } from '../../api/problem.ts';
import { AgencyPicker } from '../../directory/agencies/AgencyPicker.tsx';
import { DepartmentSelect } from '../../directory/officials/DepartmentSelect.tsx';
import { ConfirmButton } from '../../shared/ConfirmButton.tsx';
import { stepsApi, stepsKeys } from './api.ts';
import { RunningTotal } from './RunningTotal.tsx';
import {
  blankRow,
  moveRow,
  problemsByRow,
  rowsOf,
  type StepPart,
  type StepRow,
  startingRows,
  toInput,
} from './step-rows.ts';
import type { ProcessingSteps } from './types.ts';
import { useRoleNames } from './useRoleNames.ts';

/** A cell's input with the server's words about it underneath. */
function Cell({ errors, children }: { errors: string[] | undefined; children: ReactNode }) {
  return (
    <>
      {children}
      {errors?.map((error) => (
        <Typography.Text key={error} type="danger" style={{ display: 'block', fontSize: 12 }}>
          {error}
        </Typography.Text>
      ))}
    </>
  );
}

/**
 * The processing steps of a procedure at one receiving agency, edited as a whole: add, remove, reorder,
 * the running total against the legal time, and saving the list in one go. The server checks the rules;
 * its problems are shown on the rows and cells they point at.
 */
export function StepsEditor({ data }: { data: ProcessingSteps }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const roleNames = useRoleNames();
  const { procedure, agency } = data;
  const offered = data.steps.length > 0;
  const [rows, setRows] = useState<StepRow[]>(() =>
    offered ? rowsOf(data.steps) : startingRows(agency.id, procedure.processingDays, roleNames),
  );
  const [problems, setProblems] = useState<ReturnType<typeof problemsByRow>>({ rows: new Map(), list: [] });

  const refresh = () => queryClient.invalidateQueries({ queryKey: stepsKeys.all(procedure.id) });
  const save = useMutation({
    mutationFn: () => stepsApi.save(procedure.id, agency.id, toInput(rows)),
    onSuccess: (saved) => {
      setProblems({ rows: new Map(), list: [] });
      setRows(rowsOf(saved.steps));
      void refresh();
      void message.success(t('procedureSteps.saved'));
    },
    onError: (error) => {
      if (isApiError(error) && error.problem.errors?.length) setProblems(problemsByRow(error.problem.errors));
      else void message.error(problemText(error, t('common.unexpectedError')));
    },
  });
  const stop = () =>
    stepsApi.stop(procedure.id, agency.id).then(
      () => {
        void refresh();
        void message.success(t('procedureSteps.stopped'));
      },
      (error: unknown) => void message.error(problemText(error, t('common.unexpectedError'))),
    );

  const change = (index: number, values: Partial<StepRow>) =>
    setRows((current) => current.map((r, i) => (i === index ? { ...r, ...values } : r)));
  const errorsAt = (index: number, part: StepPart) => problems.rows.get(index)?.[part];

  const columns: TableColumnsType<StepRow> = [
    { title: '#', key: 'position', width: 44, render: (_, __, i) => i + 1 },
    {
      title: t('procedureSteps.name'),
      key: 'name',
      render: (_, row, i) => (
        <Cell errors={errorsAt(i, 'name')}>
          <Input
            aria-label={t('procedureSteps.name')}
            value={row.name}
            maxLength={300}
            onChange={(e) => change(i, { name: e.target.value })}
          />
        </Cell>
      ),
    },
    {
      title: t('procedureSteps.role'),
      key: 'role',
      width: 170,
      render: (_, row, i) => (
        <Cell errors={errorsAt(i, 'role')}>
          <Select
            aria-label={t('procedureSteps.role')}
            value={row.role}
            onChange={(role) => change(i, { role })}
            options={stepRoles.map((role) => ({ value: role, label: roleNames[role] }))}
            style={{ width: '100%' }}
          />
        </Cell>
      ),
    },
    {
      title: t('procedureSteps.handlerAgency'),
      key: 'handlerAgencyId',
      width: 260,
      render: (_, row, i) => (
        <Cell errors={errorsAt(i, 'handlerAgencyId')}>
          <AgencyPicker
            aria-label={t('procedureSteps.handlerAgency')}
            value={row.handlerAgencyId}
            // another agency has other departments
            onChange={(handlerAgencyId) => change(i, { handlerAgencyId, handlerDepartmentId: null })}
            allowClear={false}
          />
        </Cell>
      ),
    },
    {
      title: t('procedureSteps.handlerDepartment'),
      key: 'handlerDepartmentId',
      width: 220,
      render: (_, row, i) => (
        <Cell errors={errorsAt(i, 'handlerDepartmentId')}>
          <DepartmentSelect
            aria-label={t('procedureSteps.handlerDepartment')}
            agencyId={row.handlerAgencyId}
            value={row.handlerDepartmentId}
            onChange={(handlerDepartmentId) => change(i, { handlerDepartmentId })}
            placeholder={t('procedureSteps.anyDepartment')}
          />
        </Cell>
      ),
    },
    {
      title: t('procedureSteps.days'),
      key: 'days',
      width: 120,
      render: (_, row, i) => (
        <Cell errors={errorsAt(i, 'days')}>
          <InputNumber
            aria-label={t('procedureSteps.days')}
            value={row.days}
            min={0}
            max={1000}
            step={0.5}
            decimalSeparator=","
            onChange={(days) => change(i, { days })}
            style={{ width: '100%' }}
          />
        </Cell>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_, row, i) => (
        <Space size={0}>
          <Button
            type="text"
            icon={<ArrowUpOutlined />}
            aria-label={t('procedureSteps.moveUp', { name: row.name })}
            disabled={i === 0}
            onClick={() => setRows((current) => moveRow(current, i, -1))}
          />
          <Button
            type="text"
            icon={<ArrowDownOutlined />}
            aria-label={t('procedureSteps.moveDown', { name: row.name })}
            disabled={i === rows.length - 1}
            onClick={() => setRows((current) => moveRow(current, i, 1))}
          />
          <Button
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('procedureSteps.remove', { name: row.name })}
            onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
          />
        </Space>
      ),
    },
  ];

  return (
    <>
      {problems.list.length > 0 ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('procedureSteps.notSaved')}
          description={problems.list.join('; ')}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Table<StepRow>
        rowKey="key"
        size="small"
        dataSource={rows}
        columns={columns}
        pagination={false}
        scroll={{ x: 1000 }}
        footer={() => (
          <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
            <Button
              icon={<PlusOutlined />}
              onClick={() =>
                setRows((current) => [
                  ...current.slice(0, -1),
                  blankRow(agency.id, roleNames.handle),
                  ...current.slice(-1),
                ])
              }
            >
              {t('procedureSteps.add')}
            </Button>
            <RunningTotal rows={rows} legalDays={procedure.processingDays} />
          </Space>
        )}
      />
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" loading={save.isPending} onClick={() => save.mutate()}>
          {t('common.save')}
        </Button>
        {offered ? (
          <ConfirmButton
            danger
            confirm={t('procedureSteps.stopConfirm', { agency: agency.name })}
            okText={t('procedureSteps.stop')}
            onConfirm={stop}
          >
            {t('procedureSteps.stop')}
          </ConfirmButton>
        ) : null}
      </Space>
    </>
  );
}
