import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format.ts';
import type { DossierRating } from '../types.ts';

const colours: Record<DossierRating['satisfaction'], string> = {
  satisfied: 'green',
  normal: 'default',
  unsatisfied: 'red',
};

/**
 * The applicant's satisfaction rating (QĐ 766/QĐ-TTg), once they gave it on the portal: the level, the optional
 * score and comment, and when. Nothing while there is none.
 */
export function ApplicantRating({ rating }: { rating: DossierRating | null | undefined }) {
  const { t } = useTranslation();
  if (!rating) return null;
  return (
    <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }} data-testid="dossier-rating">
      <Typography.Text strong>{t('dossiers.rating.title')}:</Typography.Text>
      <Tag color={colours[rating.satisfaction]}>{t(`dossiers.rating.level.${rating.satisfaction}`)}</Tag>
      {rating.score !== null ? (
        <Typography.Text>{t('dossiers.rating.score', { score: rating.score })}</Typography.Text>
      ) : null}
      {rating.comment ? <Typography.Text italic>“{rating.comment}”</Typography.Text> : null}
      <Typography.Text type="secondary">
        {t('dossiers.rating.ratedAt', { at: formatDateTime(rating.ratedAt) })}
      </Typography.Text>
    </Flex>
  );
}
