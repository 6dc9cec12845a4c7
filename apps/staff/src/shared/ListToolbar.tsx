import { Flex } from 'antd';
import { CreateButton } from './CreateButton.tsx';
import { SearchBox } from './SearchBox.tsx';

/** Above a list inside a tab: the search field and, for those who may add to the list, the add button. */
export function ListToolbar({
  q,
  onSearch,
  searchLabel,
  searchPlaceholder,
  createLabel,
  onCreate,
}: {
  q: string | undefined;
  onSearch: (q: string | undefined) => void;
  searchLabel: string;
  searchPlaceholder: string;
  createLabel: string;
  /** absent: no add button */
  onCreate?: (() => void) | undefined;
}) {
  return (
    <Flex justify="space-between" gap={12} wrap style={{ marginBottom: 12 }}>
      <SearchBox value={q} label={searchLabel} placeholder={searchPlaceholder} onSearch={onSearch} />
      {onCreate ? <CreateButton onClick={onCreate}>{createLabel}</CreateButton> : null}
    </Flex>
  );
}
