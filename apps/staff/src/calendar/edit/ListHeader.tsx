import { Col, Grid, Row, Typography } from 'antd';

/** A column's width on tablets (md) and laptops (lg), out of 24. */
export interface ColSpan {
  md: number;
  lg: number;
}

/** Column titles over a list of editable rows, on screens wide enough to lay the row out in columns. */
export function ListHeader({ columns }: { columns: { title: string; span: ColSpan }[] }) {
  const screens = Grid.useBreakpoint();
  if (!screens.md) return null;
  return (
    <Row gutter={8} aria-hidden style={{ marginBottom: 4 }}>
      {columns.map((c) => (
        <Col key={c.title} md={c.span.md} lg={c.span.lg}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.title}
          </Typography.Text>
        </Col>
      ))}
    </Row>
  );
}
