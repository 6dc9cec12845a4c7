import { PrinterOutlined } from '@ant-design/icons';
import { incomingRegisterColumns, outgoingRegisterColumns } from '@congso/nd30';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Button, Card, Empty, Flex, InputNumber, Segmented, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../auth/permissions.ts';
import { RequirePermission } from '../auth/RequirePermission.tsx';
import { formatDate } from '../calendar/dates.ts';
import { FilterSwitch } from '../shared/FilterSwitch.tsx';
import { formatDateTime } from '../shared/format.ts';
import { PageHeader } from '../shared/PageHeader.tsx';
import { QueryError } from '../shared/QueryError.tsx';
import { compact } from '../shared/search-params.ts';
import { registerQuery } from './api.ts';
import { SettingsCard } from './SettingsCard.tsx';
import type { RegistersSearch } from './search.ts';
import type { Direction, RegisterEntry } from './types.ts';
import './documents.css';

const route = getRouteApi('/_app/documents/registers');

/** Vietnam's year now (UTC+7), the register's default. */
const thisYear = () => new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();

/** One cell of the printed register (Nghị định 30, Phụ lục IV) for the column `key`. */
function cell(t: TFunction, entry: RegisterEntry, key: string): string {
  switch (key) {
    case 'arrivedOn':
      return formatDateTime(entry.receivedAt);
    case 'arrivalNumber':
      return String(entry.registerNumber);
    case 'issuer':
      return entry.issuerName ?? '';
    case 'reference':
      return entry.reference ?? '';
    case 'issuedOn':
      return formatDate(t, entry.issuedOn);
    case 'typeAndSubject':
      return `${entry.documentTypeName}: ${entry.subject}`;
    case 'recipient':
    case 'keptBy':
      return entry.handlers ?? '';
    case 'signer':
      return entry.signerName ?? '';
    case 'recipients':
      return entry.recipients ?? '';
    case 'copies':
      return entry.copyCount === null ? '' : String(entry.copyCount);
    case 'note':
      return entry.note ?? '';
    default:
      return ''; // handed over on, signed for: written by hand on the printed register
  }
}

export function RegistersPage() {
  return (
    <RequirePermission anyOf={['documents.register', 'documents.read_all', 'documents.settings.manage']}>
      <Registers />
    </RequirePermission>
  );
}

/** Sổ văn bản: the incoming or outgoing register of a year, to read and to print; numbering settings. */
function Registers() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const permissions = usePermissions();
  const search = route.useSearch();
  const direction: Direction = search.direction ?? 'incoming';
  const year = search.year ?? thisYear();
  const secret = search.secret ?? false;
  const mayRead = permissions.hasAny('documents.register', 'documents.read_all');
  const setSearch = (patch: Partial<RegistersSearch>) =>
    void navigate({ to: '/documents/registers', search: compact({ ...search, ...patch }) });
  const register = useQuery({ ...registerQuery(direction, year, secret), enabled: mayRead });
  const columns = direction === 'incoming' ? incomingRegisterColumns : outgoingRegisterColumns;
  const title = direction === 'incoming' ? t('documents.incomingRegister') : t('documents.outgoingRegister');

  return (
    <>
      <div className="congso-no-print">
        <PageHeader
          title={t('nav.registers')}
          extra={
            mayRead ? (
              <Button icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
                {t('documents.print')}
              </Button>
            ) : null
          }
        />
      </div>
      {permissions.has('documents.settings.manage') ? <SettingsCard /> : null}
      {mayRead ? (
        <Card size="small">
          <Flex gap={12} wrap align="center" className="congso-no-print" style={{ marginBottom: 12 }}>
            <Segmented<Direction>
              aria-label={t('documents.registerKind')}
              value={direction}
              onChange={(next) => setSearch({ direction: next === 'incoming' ? undefined : next })}
              options={[
                { value: 'incoming', label: t('documents.incomingRegister') },
                { value: 'outgoing', label: t('documents.outgoingRegister') },
              ]}
            />
            <Flex gap={8} align="center">
              <label htmlFor="register-year">{t('documents.year')}</label>
              <InputNumber
                id="register-year"
                min={2000}
                max={2999}
                value={year}
                onChange={(next) => {
                  if (typeof next === 'number' && next >= 2000) setSearch({ year: next });
                }}
              />
            </Flex>
            <FilterSwitch
              label={t('documents.secretRegister')}
              checked={secret}
              onChange={(next) => setSearch({ secret: next || undefined })}
            />
          </Flex>
          {register.isError ? (
            <QueryError error={register.error} onRetry={() => void register.refetch()} />
          ) : (
            <div className="congso-register-sheet" style={{ overflowX: 'auto' }}>
              <div className="congso-register-print-title">
                {title} {secret ? `(${t('documents.secretShort')})` : ''} – {year}
                <div>{register.data?.agencyName}</div>
              </div>
              <Typography.Title level={2} style={{ fontSize: 16 }} className="congso-no-print">
                {title} {year}
                {secret ? ` (${t('documents.secretShort')})` : ''}
                {register.data ? ` – ${register.data.agencyName}` : ''}
              </Typography.Title>
              <table aria-label={`${title} ${year}`}>
                <thead>
                  <tr>
                    {columns.map((c) => (
                      <th key={c.key} scope="col">
                        {t(`documents.registerColumn.${c.key}` as 'documents.registerColumn.note', {
                          defaultValue: c.heading,
                        })}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {(register.data?.entries ?? []).map((entry) => (
                    <tr key={entry.registerNumber}>
                      {columns.map((c) => (
                        <td key={c.key}>{cell(t, entry, c.key)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
              {register.data && register.data.entries.length === 0 ? (
                <Empty description={t('documents.registerEmpty')} />
              ) : null}
            </div>
          )}
        </Card>
      ) : null}
    </>
  );
}
