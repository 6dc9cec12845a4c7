import { Link } from '@tanstack/react-router';
import { Flex, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format.ts';
import type { DocumentDetail, DocumentLink } from '../types.ts';

function LinkTag({ label, to, colour }: { label: string; to: DocumentLink; colour: string }) {
  return (
    <Tag color={colour}>
      {label}{' '}
      <Link to="/documents/$id" params={{ id: to.id }}>
        {to.reference ?? to.subject}
      </Link>
    </Tag>
  );
}

/** Whether the document has been replaced, replaces another, or was updated by its issuer. */
export const hasChanges = (d: DocumentDetail) =>
  Boolean(d.replaces || d.replacedBy || d.lastUpdate || d.status === 'replaced');

/**
 * What happened to the document after it was issued: "thay thế cho …" and "đã bị thay thế bởi …" with links
 * both ways (on the sender's documents and on the recipients' copies), and "đã cập nhật" with when and why;
 * on a registered copy "đã được cập nhật": the sender's correction is in the history, the register unchanged.
 */
export function ChangeTags({ document: d }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const update = d.lastUpdate;
  return (
    <Flex gap={4} wrap data-testid="document-changes">
      {d.replaces ? <LinkTag label={t('documents.replacesLabel')} to={d.replaces} colour="blue" /> : null}
      {d.replacedBy ? (
        <LinkTag label={t('documents.replacedByLabel')} to={d.replacedBy} colour="orange" />
      ) : d.status === 'replaced' && d.direction === 'incoming' ? (
        <Tag color="orange">{t('documents.replacedNoLink')}</Tag>
      ) : null}
      {update ? (
        <Tooltip
          title={t(update.applied ? 'documents.updatedHint' : 'documents.updateNoticeHint', {
            at: formatDateTime(update.at),
            reason: update.reason ?? t('common.none'),
          })}
        >
          <Tag color={update.applied ? 'cyan' : 'gold'}>
            {update.applied ? t('documents.updatedBadge') : t('documents.updateNoticeBadge')}
          </Tag>
        </Tooltip>
      ) : null}
    </Flex>
  );
}
