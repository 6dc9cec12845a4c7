import { documentTypes, secrecyLevels, signingCapacities, urgencies } from '@congso/nd30';
import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n/index.ts';
import type { DocumentStatus, TaskKind, TaskStatus } from './types.ts';

/** The translation of `group.value`, or `fallback` (else the value) for a value the app does not know. */
function known(t: TFunction, group: string, value: string, fallback?: string | null): string {
  const key = `${group}.${value}`;
  return i18n.exists(key) ? (t as unknown as (k: string) => string)(key) : (fallback ?? value);
}

export const statusLabel = (t: TFunction, status: DocumentStatus) => known(t, 'documents.status', status);
export const taskKindLabel = (t: TFunction, kind: TaskKind) => known(t, 'documents.taskKind', kind);
export const taskStatusLabel = (t: TFunction, status: TaskStatus) => known(t, 'documents.taskStatus', status);
export const eventLabel = (t: TFunction, kind: string) => known(t, 'documents.event', kind);
export const urgencyLabel = (t: TFunction, urgency: string) => known(t, 'documents.urgency', urgency);
export const secrecyLabel = (t: TFunction, secrecy: string) => known(t, 'documents.secrecy', secrecy);
export const signingLabel = (t: TFunction, capacity: string) => known(t, 'documents.signing', capacity);
/** A delivery status: the app's words for the code, else what the server called it. */
export const deliveryLabel = (t: TFunction, status: string, serverName: string) =>
  known(t, 'documents.delivery', status, serverName);

/** Whether the urgency calls for handling at once (khẩn and above). */
export const isUrgent = (urgency: string) => (urgencies.find((u) => u.value === urgency)?.priority ?? 0) > 0;

/** The code tables of Nghị định 30 as select options; document type names stay Vietnamese (legal terms). */
export function useCodeOptions() {
  const { t } = useTranslation();
  return {
    documentTypes: documentTypes.map((d) => ({ value: d.code, label: d.name })),
    urgencies: urgencies.map((u) => ({ value: u.value, label: urgencyLabel(t, u.value) })),
    secrecyLevels: secrecyLevels.map((s) => ({ value: s.value, label: secrecyLabel(t, s.value) })),
    signingCapacities: signingCapacities.map((c) => ({ value: c.value, label: signingLabel(t, c.value) })),
  };
}

const statusColours: Record<DocumentStatus, string> = {
  draft: 'default',
  in_review: 'purple',
  approved: 'green',
  cancelled: 'default',
  received: 'gold',
  registered: 'blue',
  submitted: 'purple',
  in_progress: 'processing',
  done: 'success',
  rejected: 'error',
  issued: 'cyan',
  recalled: 'default',
  replaced: 'default',
};

export function StatusTag({ status }: { status: DocumentStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColours[status]}>{statusLabel(t, status)}</Tag>;
}

/** Khẩn, thượng khẩn, hỏa tốc in red; nothing for an ordinary document. */
export function UrgencyTag({ urgency }: { urgency: string }) {
  const { t } = useTranslation();
  if (!isUrgent(urgency)) return null;
  return <Tag color="red">{urgencyLabel(t, urgency)}</Tag>;
}

/** Mật, tối mật, tuyệt mật; nothing for a document that is not secret. */
export function SecrecyTag({ secrecy }: { secrecy: string }) {
  const { t } = useTranslation();
  if (secrecy === 'none') return null;
  return <Tag color="volcano">{secrecyLabel(t, secrecy)}</Tag>;
}

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  const colour =
    status === 'done' ? 'success' : status === 'open' || status === 'in_progress' ? 'processing' : 'default';
  return <Tag color={colour}>{taskStatusLabel(t, status)}</Tag>;
}
