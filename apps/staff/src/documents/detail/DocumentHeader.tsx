import { Descriptions, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../calendar/dates.ts';
import { formatDateTime } from '../../shared/format.ts';
import { DueText } from '../DueText.tsx';
import { SecrecyTag, StatusTag, signingLabel, UrgencyTag } from '../labels.tsx';
import type { DocumentDetail } from '../types.ts';
import { ChangeTags, hasChanges } from './ChangeTags.tsx';

/** The name of the leader who approved the draft for signing, from their sign task. */
const signerOf = (d: DocumentDetail) =>
  d.tasks.find((task) => task.kind === 'sign' && task.assignee?.id === d.signedBy)?.assignee?.name;

/** What the document is: reference, type, subject, issuer, dates, marks and status. */
export function DocumentHeader({ document: d }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const incoming = d.direction === 'incoming';
  const none = t('common.none');
  const items = [
    {
      key: 'status',
      label: t('common.status'),
      children: (
        <span data-testid="document-status">
          <StatusTag status={d.status} />
        </span>
      ),
    },
    ...(hasChanges(d)
      ? [{ key: 'changes', label: t('documents.changes'), children: <ChangeTags document={d} />, span: 2 }]
      : []),
    {
      key: 'marks',
      label: t('documents.marks'),
      children: (
        <Flex gap={4} wrap>
          <Tag>{d.documentTypeName}</Tag>
          <UrgencyTag urgency={d.urgency} />
          <SecrecyTag secrecy={d.secrecy} />
          <Tag>{d.medium === 'paper' ? t('documents.paper') : t('documents.electronic')}</Tag>
        </Flex>
      ),
    },
    { key: 'reference', label: t('documents.reference'), children: d.reference ?? none },
    {
      key: 'register',
      label: incoming ? t('documents.arrivalNumber') : t('documents.registerNumber'),
      children: d.registerNumber ? `${d.registerNumber}/${d.registerYear}` : none,
    },
    { key: 'issuer', label: t('documents.issuer'), children: d.issuerName ?? d.agencyName },
    { key: 'issuedOn', label: t('documents.issuedOn'), children: formatDate(t, d.issuedOn) || none },
    ...(incoming
      ? [
          { key: 'receivedAt', label: t('documents.receivedAt'), children: formatDateTime(d.receivedAt) },
          {
            key: 'due',
            label: t('documents.due'),
            children: (
              <DueText
                dueAt={d.dueAt}
                open={!['done', 'recalled', 'replaced', 'rejected'].includes(d.status)}
              />
            ),
          },
        ]
      : []),
    {
      key: 'signer',
      label: t('documents.signerName'),
      children: d.signerName
        ? [
            d.signingCapacity && d.signingCapacity !== 'direct' ? signingLabel(t, d.signingCapacity) : null,
            d.signerName,
            d.signerPosition,
          ]
            .filter(Boolean)
            .join(' – ')
        : none,
    },
    ...(d.signedAt
      ? [
          {
            key: 'signed',
            label: t('documents.signedLabel'),
            children: t('documents.signedBy', {
              name: signerOf(d) ?? t('common.none'),
              at: formatDateTime(d.signedAt),
            }),
            span: 2,
          },
        ]
      : []),
    ...(d.department
      ? [{ key: 'department', label: t('documents.draftingUnit'), children: d.department.name }]
      : []),
    ...(d.pageCount ? [{ key: 'pages', label: t('documents.pageCount'), children: d.pageCount }] : []),
    ...(d.copyCount ? [{ key: 'copies', label: t('documents.copyCount'), children: d.copyCount }] : []),
    ...(d.recipientsText
      ? [{ key: 'recipientsText', label: t('documents.recipientsText'), children: d.recipientsText, span: 2 }]
      : []),
    ...(d.summary ? [{ key: 'summary', label: t('documents.summary'), children: d.summary, span: 2 }] : []),
    ...(d.note ? [{ key: 'note', label: t('documents.note'), children: d.note, span: 2 }] : []),
  ];
  return <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} items={items} />;
}
