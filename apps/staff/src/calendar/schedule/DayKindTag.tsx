import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DayMark } from './day-index.ts';

const colors = { holiday: 'red', compensatory: 'orange', swap: 'purple', other: 'geekblue', makeUp: 'green' };

/** "Nghỉ lễ, Tết", "Nghỉ bù", "Nghỉ hoán đổi", "Nghỉ khác" or "Làm bù". */
export function DayKindTag({ mark }: { mark: DayMark }) {
  const { t } = useTranslation();
  const key = mark.type === 'makeUp' ? 'makeUp' : mark.kind;
  return (
    <Tag color={colors[key]} style={{ marginInlineEnd: 0 }}>
      {t(`calendar.kinds.${key}`)}
    </Tag>
  );
}
