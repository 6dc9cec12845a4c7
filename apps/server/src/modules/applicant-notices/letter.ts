import { html, type Raw } from '@congso/portal';

/**
 * A notice to an applicant, written once as structured parts and rendered both as plain text and as simple
 * HTML (one column, no images, no styles a mail client would strip), so the two never say different things.
 */
export interface Letter {
  subject: string;
  /** `Kính gửi ông/bà Nguyễn Thị Hòa,` */
  greeting: string;
  blocks: Block[];
  /** Where to follow the dossier (my dossiers, or the public lookup). */
  link: { label: string; url: string };
  /** Who writes: the receiving agency. */
  signature: string;
}

export type Block =
  | { paragraph: string }
  | { list: string[] }
  /** Label and value lines: `Mã hồ sơ: …`. */
  | { facts: [label: string, value: string][] };

export interface Email {
  subject: string;
  text: string;
  html: string;
}

const AUTOMATIC = 'Thư này được gửi tự động từ Cổng dịch vụ công; xin vui lòng không trả lời thư này.';

function blockText(block: Block): string {
  if ('paragraph' in block) return block.paragraph;
  if ('list' in block) return block.list.map((item) => `- ${item}`).join('\n');
  return block.facts.map(([label, value]) => `${label}: ${value}`).join('\n');
}

function blockHtml(block: Block): Raw {
  if ('paragraph' in block) return html`<p>${block.paragraph}</p>`;
  if ('list' in block) return html`<ul>${block.list.map((item) => html`<li>${item}</li>`)}</ul>`;
  return html`<table role="presentation">${block.facts.map(
    ([label, value]) => html`<tr><th align="left" scope="row">${label}:</th><td>${value}</td></tr>`,
  )}</table>`;
}

export function renderLetter(letter: Letter): Email {
  const text = [
    letter.greeting,
    ...letter.blocks.map(blockText),
    `${letter.link.label}: ${letter.link.url}`,
    letter.signature,
    `--\n${AUTOMATIC}`,
  ].join('\n\n');
  const body = html`<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>${letter.subject}</title></head>
<body>
<p>${letter.greeting}</p>
${letter.blocks.map(blockHtml)}
<p><a href="${letter.link.url}">${letter.link.label}</a></p>
<p>${letter.signature}</p>
<hr>
<p><small>${AUTOMATIC}</small></p>
</body>
</html>
`;
  return { subject: letter.subject, text: `${text}\n`, html: body.__html };
}

/** The same notice as one SMS: what happened and where to read the rest. */
export function renderSms(letter: Letter): string {
  return `${letter.subject}. Chi tiết: ${letter.link.url}`;
}
