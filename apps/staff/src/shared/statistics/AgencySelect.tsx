import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { foldText } from '../format.ts';
import type { StatisticsAgency } from './types.ts';

interface Option {
  value: string;
  title: string;
  search: string;
  children: Option[];
}

/** The agencies as a tree: each under its parent when the parent is in the list too, else at the top. */
function treeOf(agencies: StatisticsAgency[], inactive: string): Option[] {
  const nodes = new Map<string, Option>(
    agencies.map((a) => [
      a.id,
      {
        value: a.id,
        title: a.isActive ? a.name : `${a.name} (${inactive})`,
        search: foldText(a.name),
        children: [],
      },
    ]),
  );
  const roots: Option[] = [];
  for (const a of agencies) {
    const node = nodes.get(a.id)!;
    const parent = a.parentId ? nodes.get(a.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** Which agency's statistics: among those the user may read (a province office: the whole province). */
export function AgencySelect({
  agencies,
  value,
  onChange,
}: {
  agencies: StatisticsAgency[];
  value: string | undefined;
  onChange: (agencyId: string) => void;
}) {
  const { t } = useTranslation();
  const treeData = useMemo(() => treeOf(agencies, t('statistics.inactive')), [agencies, t]);
  return (
    <TreeSelect<string>
      aria-label={t('statistics.agency')}
      showSearch={{
        filterTreeNode: (input, node) => (node as unknown as Option).search.includes(foldText(input)),
      }}
      treeData={treeData}
      value={value}
      onChange={(next) => next && onChange(next)}
      treeDefaultExpandedKeys={treeData.map((n) => n.value)}
      style={{ width: 360, maxWidth: '100%' }}
    />
  );
}
