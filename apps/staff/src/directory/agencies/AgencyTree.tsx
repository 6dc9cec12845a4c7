import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Spin, Tree, type TreeDataNode, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../shared/QueryError.tsx';
import { agencyTreeQuery } from './queries.ts';
import type { AgencyTreeNode } from './types.ts';

function toTreeData(nodes: AgencyTreeNode[], inactiveLabel: string): TreeDataNode[] {
  return nodes.map((n) => ({
    key: n.id,
    title: (
      <span>
        {n.name}{' '}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {n.abbreviation}
          {n.isActive ? '' : ` · ${inactiveLabel}`}
        </Typography.Text>
      </span>
    ),
    children: toTreeData(n.children, inactiveLabel),
  }));
}

/** The organisation tree; picking a node shows the units directly under it. */
export function AgencyTree({
  selected,
  onSelect,
  includeInactive,
}: {
  selected: string | undefined;
  onSelect: (id: string | undefined) => void;
  includeInactive: boolean;
}) {
  const { t } = useTranslation();
  const tree = useQuery(agencyTreeQuery(includeInactive));
  const treeData = useMemo(() => toTreeData(tree.data ?? [], t('common.inactive')), [tree.data, t]);
  const rootKeys = useMemo(() => (tree.data ?? []).map((n) => n.id), [tree.data]);

  if (tree.isError) return <QueryError error={tree.error} onRetry={() => void tree.refetch()} />;
  if (tree.isLoading) return <Spin />;
  if (treeData.length === 0) return <Empty />;
  return (
    <>
      <Button
        type={selected ? 'link' : 'text'}
        size="small"
        onClick={() => onSelect(undefined)}
        aria-pressed={!selected}
        style={{ paddingInline: 4, marginBottom: 4 }}
      >
        {t('agencies.treeAll')}
      </Button>
      <div className="congso-tree">
        <Tree
          blockNode
          showLine
          treeData={treeData}
          defaultExpandedKeys={rootKeys}
          selectedKeys={selected ? [selected] : []}
          onSelect={(keys) => onSelect(keys[0] === undefined ? undefined : String(keys[0]))}
          aria-label={t('agencies.tree')}
        />
      </div>
    </>
  );
}
