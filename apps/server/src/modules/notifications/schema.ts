import { booleanQuery, pageQuery } from '../../platform/http/paging.ts';
import { z } from '../../platform/http/zod-vietnamese.ts';

export const listNotificationsQuery = z.strictObject({
  unread: booleanQuery.describe('true: chỉ thông báo chưa đọc'),
  ...pageQuery,
});

export const notificationParams = z.strictObject({ id: z.uuid() });

export const notification = z
  .object({
    id: z.string(),
    kind: z.string().describe('Loại sự việc, ví dụ task_assigned, task_returned, document_delivered'),
    title: z.string(),
    body: z.string().nullable(),
    link: z.string().describe('Đường dẫn trong ứng dụng cán bộ, ví dụ /documents/<id>'),
    documentId: z.string().nullable(),
    createdAt: z.date(),
    readAt: z.date().nullable(),
  })
  .meta({ id: 'Notification' });

export const notificationPage = z.object({
  items: z.array(notification),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  unread: z.number().int().describe('Số thông báo chưa đọc (cả những trang khác)'),
});

export const unreadCount = z.object({ unread: z.number().int() });

export type ListNotifications = z.infer<typeof listNotificationsQuery>;
