import { Breadcrumb, type BreadcrumbProps, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** Page title (the page's only h1), an optional line under it, the page's main buttons, and the trail above. */
export function PageHeader({
  title,
  subtitle,
  extra,
  crumbs,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  extra?: ReactNode;
  /** the way back: the pages above this one, then this one */
  crumbs?: BreadcrumbProps['items'];
}) {
  return (
    <div style={{ marginBottom: 16 }}>
      {crumbs ? <Breadcrumb style={{ marginBottom: 8 }} items={crumbs} /> : null}
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
