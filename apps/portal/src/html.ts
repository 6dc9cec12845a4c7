/** Server-side HTML with escaping by default: interpolated values are text unless wrapped in `raw`. */
export interface Raw {
  readonly __html: string;
}

export const raw = (html: string): Raw => ({ __html: html });

const SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
  // most texts have nothing to escape: testing first is several times faster than replacing (a page escapes
  // a thousand values or more)
  if (!SPECIAL.test(text)) return text;
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

type Value = string | number | boolean | null | undefined | Raw | Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'object') return value.__html;
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Raw {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return raw(out);
}
