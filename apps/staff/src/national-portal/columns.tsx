import { Link } from '@tanstack/react-router';
import type { TableColumnType } from 'antd';
import type { TFunction } from 'i18next';

/** What both tables of the page show: the dossier's code, opening the dossier. */
export const dossierColumn = <Row extends { dossierId: string; dossierCode: string }>(
  t: TFunction,
): TableColumnType<Row> => ({
  title: t('nationalPortal.dossier'),
  key: 'code',
  width: 190,
  render: (_, row) => (
    <Link to="/dossiers/$id" params={{ id: row.dossierId }}>
      {row.dossierCode}
    </Link>
  ),
});

/** A pagination bar only when there is more than one page of 20. */
export const pagedBy20 = (rows: readonly unknown[]) =>
  rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : (false as const);
