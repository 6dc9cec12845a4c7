import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { departmentListQuery } from '../directory/departments/api.ts';
import { foldText } from '../shared/format.ts';
import { peopleQuery } from './api.ts';
import type { Assignee } from './types.ts';

/** A choice of this select: `user:<id>` for a person (by account), `department:<id>` for a department. */
export type AssigneeValue = `user:${string}` | `department:${string}`;

export function toAssignee(value: string): Assignee {
  const [kind, id = ''] = value.split(':');
  return kind === 'department' ? { departmentId: id } : { userId: id };
}

export const toUserId = (value: string) => toAssignee(value).userId ?? '';

interface Option {
  value: string;
  label: string;
  search: string;
}

const MAX = 100;

/**
 * People of an agency who have an account (and, when `departments`, its departments), to pick one or
 * several; `leaders` lists only the agency's leaders.
 */
export function AssigneeSelect({
  agencyId,
  departments = false,
  leaders = false,
  ...rest
}: Omit<SelectProps<string | string[]>, 'options' | 'showSearch'> & {
  agencyId: string;
  departments?: boolean;
  leaders?: boolean;
}) {
  const { t } = useTranslation();
  const people = useQuery(peopleQuery(agencyId));
  const units = useQuery({
    ...departmentListQuery(agencyId, { pageSize: MAX }),
    enabled: departments,
  });

  const options = useMemo(() => {
    const choices: Option[] = (people.data ?? [])
      .filter((p) => !leaders || p.roles.includes('leader'))
      .map((p) => {
        const label = p.position ? `${p.displayName} – ${p.position}` : p.displayName;
        return { value: `user:${p.userId}`, label, search: foldText(`${label} ${p.department?.name ?? ''}`) };
      });
    if (!departments) return choices;
    const units_: Option[] = (units.data?.items ?? [])
      .filter((d) => d.isActive)
      .map((d) => ({
        value: `department:${d.id}`,
        label: d.name,
        search: foldText(`${d.name} ${d.abbreviation}`),
      }));
    return [
      { label: t('documents.departments'), title: 'departments', options: units_ },
      { label: t('documents.people'), title: 'people', options: choices },
    ];
  }, [departments, leaders, people.data, t, units.data]);

  return (
    <Select<string | string[]>
      showSearch={{
        filterOption: (input, option) =>
          Boolean((option as Option | undefined)?.search?.includes(foldText(input))),
      }}
      allowClear
      loading={people.isLoading || units.isLoading}
      options={options}
      style={{ width: '100%' }}
      {...rest}
    />
  );
}
