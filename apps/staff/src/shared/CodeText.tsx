import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** A code or key in a table cell, in monospace and on one line. */
export function CodeText({ children }: { children: ReactNode }) {
  return (
    <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
      {children}
    </Typography.Text>
  );
}
