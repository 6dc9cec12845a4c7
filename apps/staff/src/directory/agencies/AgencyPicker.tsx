import { useQuery } from '@tanstack/react-query';
import { TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { foldText } from '../../shared/format.ts';
import { agencyTreeQuery } from './queries.ts';
import type { AgencyTreeNode } from './types.ts';

interface Option {
  value: string;
  title: string;
  search: string;
  children: Option[];
}

function toOptions(nodes: AgencyTreeNode[]): Option[] {
  return nodes.map((n) => ({
    value: n.id,
    title: n.name,
    search: foldText(`${n.name} ${n.abbreviation} ${n.code ?? ''}`),
    children: toOptions(n.children),
  }));
}

type Props = Omit<TreeSelectProps<string>, 'treeData' | 'onChange'> & {
  value?: string | null | undefined;
  onChange?: (value: string | undefined) => void;
};

/** Pick an agency from the organisation tree; typing filters by name, abbreviation or code, diacritics optional. */
export function AgencyPicker({ value, onChange, placeholder, ...rest }: Props) {
  const { t } = useTranslation();
  const tree = useQuery(agencyTreeQuery());
  const treeData = useMemo(() => toOptions(tree.data ?? []), [tree.data]);
  const rootIds = useMemo(() => (tree.data ?? []).map((n) => n.id), [tree.data]);
  return (
    <TreeSelect<string>
      showSearch={{
        filterTreeNode: (input, node) => (node as unknown as Option).search.includes(foldText(input)),
      }}
      allowClear
      loading={tree.isLoading}
      treeData={treeData}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? undefined)}
      placeholder={placeholder ?? t('common.selectAgency')}
      treeDefaultExpandedKeys={rootIds}
      style={{ width: '100%' }}
      {...rest}
    />
  );
}
