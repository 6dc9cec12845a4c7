import { Card, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';

/** One figure of a statistics page as a card: its name, its value, and a line under it. */
export function StatisticCard({ title, value, hint }: { title: string; value: ReactNode; hint?: ReactNode }) {
  return (
    <Card size="small" className="congso-statistic-card">
      <Statistic title={title} value={value as string} />
      {hint ? <Typography.Text type="secondary">{hint}</Typography.Text> : null}
    </Card>
  );
}
