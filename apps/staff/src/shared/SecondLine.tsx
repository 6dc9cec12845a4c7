import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** A smaller grey line under a table cell's main text (a position, a key); nothing when empty. */
export function SecondLine({ children }: { children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
      {children}
    </Typography.Text>
  );
}
