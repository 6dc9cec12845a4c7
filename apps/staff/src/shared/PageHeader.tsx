import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** Page title (the page's only h1), an optional line under it, and the page's main buttons. */
export function PageHeader({
  title,
  subtitle,
  extra,
  breadcrumb,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  extra?: ReactNode;
  breadcrumb?: ReactNode;
}) {
  return (
    <div style={{ marginBottom: 16 }}>
      {breadcrumb}
      <Flex justify="space-between" align="center" wrap gap={12}>
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0, lineHeight: 1.35 }}>
            {title}
          </Typography.Title>
          {subtitle ? (
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
              {subtitle}
            </Typography.Text>
          ) : null}
        </div>
        {extra ? (
          <Flex gap={8} wrap>
            {extra}
          </Flex>
        ) : null}
      </Flex>
    </div>
  );
}
