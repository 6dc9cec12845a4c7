import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n/index.ts';
import type {
  Channel,
  CopyKind,
  DossierStatus,
  FileKind,
  ResultDelivery,
  SlipForm,
  StepRole,
  Timeliness,
} from './types.ts';

/** The translation of `dossiers.<group>.<value>`, or the value itself for one the app does not know. */
function known(t: TFunction, group: string, value: string): string {
  const key = `dossiers.${group}.${value}`;
  return i18n.exists(key) ? (t as unknown as (k: string) => string)(key) : value;
}

export const statusLabel = (t: TFunction, status: DossierStatus) => known(t, 'status', status);
/** An action (the buttons) or anything else the history records (opinions, files added). */
export const eventLabel = (t: TFunction, kind: string) => known(t, 'event', kind);
export const channelLabel = (t: TFunction, channel: Channel) => known(t, 'channel', channel);
export const copyKindLabel = (t: TFunction, kind: CopyKind) => known(t, 'copyKind', kind);
export const fileKindLabel = (t: TFunction, kind: FileKind) => known(t, 'fileKind', kind);
export const stepRoleLabel = (t: TFunction, role: StepRole) => known(t, 'stepRole', role);
export const deliveryLabel = (t: TFunction, delivery: ResultDelivery) => known(t, 'delivery', delivery);
export const slipLabel = (t: TFunction, form: SlipForm) => known(t, 'slip', form);
/** Working days the way the language writes numbers (`0,5 ngày làm việc`). */
export const daysText = (t: TFunction, days: number) =>
  t('dossiers.days', { days: days.toLocaleString(i18n.language === 'en' ? 'en' : 'vi-VN') });

const statusColours: Record<DossierStatus, string> = {
  waiting: 'gold',
  supplement_requested: 'orange',
  processing: 'processing',
  fee_pending: 'purple',
  result_ready: 'cyan',
  returned: 'success',
  refused: 'error',
  withdrawn: 'default',
};

export function StatusTag({ status }: { status: DossierStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColours[status]}>{statusLabel(t, status)}</Tag>;
}

const timelinessColours: Record<Timeliness, string> = { early: 'green', on_time: 'blue', overdue: 'red' };

/** Trước hạn / đúng hạn / quá hạn; nothing for a dossier still in time. */
export function TimelinessTag({ timeliness }: { timeliness: Timeliness | null }) {
  const { t } = useTranslation();
  if (!timeliness) return null;
  return <Tag color={timelinessColours[timeliness]}>{known(t, 'timeliness', timeliness)}</Tag>;
}
