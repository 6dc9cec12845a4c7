import { type QueryKey, type UseQueryOptions, useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useEffect, useState } from 'react';
import type { Page } from '../api/types.ts';

interface Option {
  value: string;
  label: string;
}

/**
 * A select whose options the server finds for what the user types (after a short pause); typed text
 * is trimmed, '' before any typing. `pinned` shows the value already chosen before any search finds it.
 */
export function RemoteSearchSelect<T>({
  query,
  toOption,
  pinned,
  loadingText,
  value,
  onChange,
  ...rest
}: Omit<SelectProps<string>, 'options' | 'onChange' | 'value' | 'showSearch'> & {
  query: (q: string) => UseQueryOptions<Page<T>, Error, Page<T>, QueryKey>;
  toOption: (item: T) => Option;
  pinned?: Option | null | undefined;
  /** shown in the open list while a search runs */
  loadingText?: string | undefined;
  value?: string | null | undefined;
  onChange?: (value: string | undefined, item: T | undefined) => void;
}) {
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const found = useQuery(query(q));
  const items = found.data?.items ?? [];
  const options = items.map(toOption);
  if (pinned && !options.some((o) => o.value === pinned.value)) options.unshift(pinned);
  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={value ?? undefined}
      onChange={(next) =>
        onChange?.(
          next,
          items.find((item) => toOption(item).value === next),
        )
      }
      loading={found.isFetching}
      options={options}
      {...(loadingText ? { notFoundContent: found.isFetching ? loadingText : undefined } : {})}
      style={{ width: '100%' }}
      {...rest}
    />
  );
}
