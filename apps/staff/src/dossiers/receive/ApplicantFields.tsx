import { Col, Form, Input, Radio, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRequired } from '../../shared/useRequired.ts';
import type { ApplicantKind } from '../types.ts';

/** Who applies: a citizen (12-digit personal id) or a business (tax code), and how to reach them. */
export function ApplicantFields() {
  const { t } = useTranslation();
  const required = useRequired();
  const kind = Form.useWatch<ApplicantKind | undefined>(['applicant', 'kind']);
  const business = kind === 'business';
  const idLabel = business ? t('dossiers.applicant.taxCode') : t('dossiers.applicant.personalId');
  return (
    <Row gutter={16}>
      <Col span={24}>
        <Form.Item name={['applicant', 'kind']} label={t('dossiers.applicant.kind')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'citizen', label: t('dossiers.applicant.citizen') },
              { value: 'business', label: t('dossiers.applicant.business') },
            ]}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={14}>
        <Form.Item
          name={['applicant', 'name']}
          label={business ? t('dossiers.applicant.businessName') : t('dossiers.applicant.name')}
          rules={[required.text(t('dossiers.applicant.name'))]}
        >
          <Input maxLength={300} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={10}>
        <Form.Item
          name={['applicant', 'idNumber']}
          label={idLabel}
          rules={[
            required.text(idLabel),
            {
              pattern: business ? /^[0-9]{10}(-[0-9]{3})?$/ : /^[0-9]{12}$/,
              message: business
                ? t('dossiers.applicant.taxCodeRule')
                : t('dossiers.applicant.personalIdRule'),
            },
          ]}
        >
          <Input maxLength={14} inputMode="numeric" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={['applicant', 'phone']} label={t('dossiers.applicant.phone')}>
          <Input maxLength={20} inputMode="tel" />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item
          name={['applicant', 'email']}
          label={t('dossiers.applicant.email')}
          rules={[{ type: 'email', message: t('dossiers.applicant.emailRule') }]}
        >
          <Input maxLength={200} inputMode="email" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name={['applicant', 'address']} label={t('dossiers.applicant.address')}>
          <Input maxLength={500} />
        </Form.Item>
      </Col>
    </Row>
  );
}
