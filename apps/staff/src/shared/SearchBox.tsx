import { Input } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A search field that reports its text after a short pause in typing, or at once on Enter. The server
 * matches with or without Vietnamese diacritics.
 */
export function SearchBox({
  value,
  onSearch,
  label,
  placeholder,
  width = 320,
}: {
  value: string | undefined;
  onSearch: (q: string | undefined) => void;
  label: string;
  placeholder?: string;
  width?: number | string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(onSearch);
  latest.current = onSearch;

  useEffect(() => setText(value ?? ''), [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const report = (next: string) => {
    clearTimeout(timer.current);
    const q = next.trim();
    if (q !== (value ?? '')) latest.current(q || undefined);
  };

  return (
    <Input.Search
      aria-label={label}
      placeholder={placeholder ?? t('common.searchHint')}
      allowClear
      value={text}
      style={{ width, maxWidth: '100%' }}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => report(next), 400);
      }}
      onSearch={(next) => report(next)}
    />
  );
}
