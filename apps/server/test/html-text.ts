/**
 * The text a person sees on a server-rendered page, for tests that assert on what a user would notice:
 * inline tags vanish, the others become spaces, entities are decoded, white space is collapsed. Head,
 * scripts and styles are left out.
 */
export function visibleText(html: string): string {
  return html
    .replace(/<(head|script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/?(?:a|abbr|b|code|em|i|span|strong)\b[^>]*>/gi, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(
      /&(amp|lt|gt|quot|#39);/g,
      (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!,
    )
    .replace(/\s+/g, ' ')
    .trim();
}
