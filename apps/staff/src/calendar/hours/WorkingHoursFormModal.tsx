import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../shared/FormModal.tsx';
import { calendarApi } from '../api.ts';
import { mondayFirst, weekdayName } from '../dates.ts';
import type { AgencyWorkingHours, WorkingHours } from '../types.ts';

/** Named as the request body, so the server's pointers (`/body/hours/sessions/0/end`) find their field. */
interface Values {
  hours: WorkingHours;
}

const MAX_SESSIONS = 6;
const CLOCK = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/**
 * The agency's own working hours: the sessions of a day (morning, afternoon, …) and the working weekdays.
 * Whether a session ends after it starts is the server's to say, in Vietnamese, under the field.
 */
export function WorkingHoursFormModal({
  agencyId,
  current,
  onClose,
  onSaved,
}: {
  agencyId: string;
  current: AgencyWorkingHours;
  onClose: () => void;
  onSaved: (hours: AgencyWorkingHours) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = (values: Values) =>
    calendarApi.setWorkingHours(agencyId, {
      sessions: values.hours.sessions.map((s) => ({ start: s.start.trim(), end: s.end.trim() })),
      weekdays: [...values.hours.weekdays].sort((a, b) => a - b),
    });
  const clockRule = { pattern: CLOCK, message: t('calendar.hours.clockFormat') };
  const initial = current.own ?? current.effective;

  return (
    <FormModal
      form={form}
      name="working-hours"
      title={t('calendar.hours.editTitle')}
      width={560}
      intro={
        current.source === 'own' ? null : (
          <Typography.Paragraph type="secondary">
            {t('calendar.hours.editInheritedHint')}
          </Typography.Paragraph>
        )
      }
      initialValues={{ hours: { sessions: initial.sessions, weekdays: initial.weekdays } }}
      submit={save}
      onSaved={onSaved}
      onClose={onClose}
    >
      <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
        {t('calendar.hours.sessions')}
      </Typography.Text>
      <Form.List name={['hours', 'sessions']}>
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => {
              const n = index + 1;
              return (
                <Flex key={field.key} gap={8} align="flex-start" wrap>
                  <Typography.Text style={{ width: 64, paddingTop: 5 }}>
                    {t('calendar.hours.sessionN', { n })}
                  </Typography.Text>
                  <Form.Item
                    name={[field.name, 'start']}
                    rules={[{ required: true, message: t('calendar.hours.clockFormat') }, clockRule]}
                    style={{ marginBottom: 12 }}
                  >
                    <Input
                      aria-label={t('calendar.hours.startOf', { n })}
                      placeholder="07:30"
                      maxLength={5}
                      style={{ width: 96 }}
                    />
                  </Form.Item>
                  <span style={{ paddingTop: 5 }} aria-hidden>
                    –
                  </span>
                  <Form.Item
                    name={[field.name, 'end']}
                    rules={[{ required: true, message: t('calendar.hours.clockFormat') }, clockRule]}
                    style={{ marginBottom: 12, maxWidth: 260 }}
                  >
                    <Input
                      aria-label={t('calendar.hours.endOf', { n })}
                      placeholder="11:30"
                      maxLength={5}
                      style={{ width: 96 }}
                    />
                  </Form.Item>
                  {fields.length > 1 ? (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={t('calendar.hours.removeSession', { n })}
                      onClick={() => remove(field.name)}
                    />
                  ) : null}
                </Flex>
              );
            })}
            <Form.ErrorList errors={errors} />
            {fields.length < MAX_SESSIONS ? (
              <Button
                type="dashed"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ start: '', end: '' })}
                style={{ marginBottom: 16 }}
              >
                {t('calendar.hours.addSession')}
              </Button>
            ) : null}
          </>
        )}
      </Form.List>
      <Form.Item
        label={t('calendar.hours.weekdays')}
        name={['hours', 'weekdays']}
        rules={[{ required: true, type: 'array', min: 1, message: t('calendar.hours.weekdaysRequired') }]}
      >
        <Checkbox.Group options={mondayFirst.map((d) => ({ value: d, label: weekdayName(t, d) }))} />
      </Form.Item>
    </FormModal>
  );
}
