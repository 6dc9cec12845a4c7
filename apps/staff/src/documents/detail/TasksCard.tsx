import { DownOutlined } from '@ant-design/icons';
import { Button, Card, Dropdown, Flex, type MenuProps, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../shared/ConfirmButton.tsx';
import { SecondLine } from '../../shared/SecondLine.tsx';
import { DueText } from '../DueText.tsx';
import { TaskStatusTag, taskKindLabel } from '../labels.tsx';
import type { DocumentTask } from '../types.ts';

export type TaskAction =
  | 'opinion'
  | 'forward'
  | 'return'
  | 'extension'
  | 'complete'
  | 'delegate'
  | 'approve'
  | 'sendBack';

/** The tasks of a draft's review: approved or sent back, not handled. */
const reviewKinds: DocumentTask['kind'][] = ['review', 'sign', 'revise'];

/** Phân công xử lý: each task, who holds it, by when, and what the user may do with it. */
export function TasksCard({
  tasks,
  onAction,
  onDecideExtension,
}: {
  tasks: DocumentTask[];
  onAction: (task: DocumentTask, action: TaskAction) => void;
  onDecideExtension: (task: DocumentTask, approve: boolean) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  /**
   * What the server would accept for a task of this kind (a directive task is answered by the directive, a
   * review step by approving or sending back, a revision by editing and sending the draft again).
   */
  const handles = (task: DocumentTask) => !reviewKinds.includes(task.kind);
  const mayComplete = (task: DocumentTask) => task.can.act && task.kind !== 'direct' && handles(task);
  const mayReview = (task: DocumentTask) => task.can.act && (task.kind === 'review' || task.kind === 'sign');
  const actionsOf = (task: DocumentTask) => {
    const items: NonNullable<MenuProps['items']> = [];
    if (!handles(task)) return items;
    if (task.can.delegate) items.push({ key: 'delegate', label: t('documents.delegate') });
    if (task.can.act) {
      items.push(
        { key: 'opinion', label: t('documents.opinion') },
        { key: 'forward', label: t('documents.forward') },
      );
      if (task.kind === 'lead' || task.kind === 'collaborator')
        items.push({ key: 'extension', label: t('documents.requestExtension') });
      if (task.kind !== 'informed')
        items.push({ key: 'return', label: t('documents.returnTask'), danger: true });
    }
    return items;
  };
  return (
    <Card size="small" title={t('documents.tasks')}>
      <Table<DocumentTask>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={tasks}
        scroll={{ x: 720 }}
        locale={{ emptyText: t('documents.noTasks') }}
        columns={[
          {
            title: t('documents.taskKindLabel'),
            dataIndex: 'kind',
            width: 130,
            render: (_, task) => (
              <>
                <Tag>{taskKindLabel(t, task.kind)}</Tag>
                {task.step ? (
                  <SecondLine>
                    {t('documents.stepOfRound', { step: task.step, round: task.round })}
                  </SecondLine>
                ) : null}
              </>
            ),
          },
          {
            title: t('documents.assignee'),
            key: 'assignee',
            render: (_, task) => (
              <>
                {task.assignee?.name ?? task.department?.name ?? t('common.none')}
                {task.assignee && task.department ? (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {task.department.name}
                  </Typography.Text>
                ) : null}
                {task.instruction ? (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {task.instruction}
                  </Typography.Text>
                ) : null}
                {task.result ? (
                  <Typography.Text style={{ display: 'block', fontSize: 12 }}>
                    {t('documents.result')}: {task.result}
                  </Typography.Text>
                ) : null}
              </>
            ),
          },
          {
            title: t('documents.due'),
            dataIndex: 'dueAt',
            width: 150,
            render: (_, task) =>
              task.dueAt ? (
                <DueText dueAt={task.dueAt} open={task.status === 'open' || task.status === 'in_progress'} />
              ) : (
                t('common.none')
              ),
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            width: 110,
            render: (_, task) => <TaskStatusTag status={task.status} />,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 200,
            render: (_, task) => {
              const more = actionsOf(task);
              return (
                <Flex gap={4} wrap>
                  {mayReview(task) ? (
                    <>
                      <Button size="small" type="primary" onClick={() => onAction(task, 'approve')}>
                        {task.kind === 'sign' ? t('documents.approveSign') : t('documents.approve')}
                      </Button>
                      <Button size="small" danger onClick={() => onAction(task, 'sendBack')}>
                        {t('documents.sendBack')}
                      </Button>
                    </>
                  ) : null}
                  {mayComplete(task) ? (
                    <Button size="small" type="primary" onClick={() => onAction(task, 'complete')}>
                      {t('documents.complete')}
                    </Button>
                  ) : null}
                  {more.length > 0 ? (
                    <Dropdown
                      trigger={['click']}
                      menu={{ items: more, onClick: ({ key }) => onAction(task, key as TaskAction) }}
                    >
                      <Button size="small" aria-label={t('documents.moreTaskActions')}>
                        {t('documents.moreActions')} <DownOutlined aria-hidden />
                      </Button>
                    </Dropdown>
                  ) : null}
                  {task.can.decideExtension ? (
                    <>
                      <ConfirmButton
                        size="small"
                        confirm={t('documents.approveExtensionConfirm')}
                        okText={t('documents.approveExtension')}
                        onConfirm={() => onDecideExtension(task, true)}
                      >
                        {t('documents.approveExtension')}
                      </ConfirmButton>
                      <ConfirmButton
                        size="small"
                        danger
                        confirm={t('documents.refuseExtensionConfirm')}
                        okText={t('documents.refuseExtension')}
                        onConfirm={() => onDecideExtension(task, false)}
                      >
                        {t('documents.refuseExtension')}
                      </ConfirmButton>
                    </>
                  ) : null}
                </Flex>
              );
            },
          },
        ]}
      />
    </Card>
  );
}
