import { html, type Raw } from '../html.ts';
import type { OnlineService } from './types.ts';

/** How the catalogue's codes read on the public pages. */

export const onlineServiceLabels: Record<OnlineService, string> = {
  full: 'Dịch vụ công trực tuyến toàn trình',
  partial: 'Dịch vụ công trực tuyến một phần',
  none: 'Không cung cấp trực tuyến',
};

/** The short names of the filter's choices, and their values in the address (`truc-tuyen=toan-trinh`). */
export const onlineServiceChoices: { value: string; service: OnlineService; label: string }[] = [
  { value: 'toan-trinh', service: 'full', label: 'Toàn trình' },
  { value: 'mot-phan', service: 'partial', label: 'Một phần' },
  { value: 'khong', service: 'none', label: 'Không trực tuyến' },
];

export const channelLabels: Record<'counter' | 'online' | 'post', string> = {
  counter: 'Trực tiếp',
  online: 'Trực tuyến',
  post: 'Dịch vụ bưu chính',
};

const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** "2,5 ngày làm việc". */
export function workingDays(days: number): string {
  return `${decimal.format(days)} ngày làm việc`;
}

/** "70.000 đồng", "Miễn phí". */
export function amountText(amount: number): string {
  return amount === 0 ? 'Miễn phí' : `${decimal.format(amount)} đồng`;
}

/** "35 KB", "1,2 MB". */
export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${decimal.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${decimal.format(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}

/** The badges of a procedure: its online service, and "Nộp trực tuyến" when one can apply online now. */
export function procedureBadges(onlineService: OnlineService, appliesOnline: boolean): Raw {
  return html`<span class="badge badge-${onlineService}">${onlineServiceLabels[onlineService]}</span>${
    appliesOnline ? html` <span class="badge badge-apply">Nộp trực tuyến</span>` : ''
  }`;
}

/** Text as published, its line breaks kept (the stylesheet's `.published`); a dash when there is none. */
export function published(text: string): Raw {
  return text.trim()
    ? html`<div class="published">${text.trim()}</div>`
    : html`<p class="muted">Không có.</p>`;
}
