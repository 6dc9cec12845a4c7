import { html, type Raw } from '../html.ts';

/** Signing in at an external identity provider (national eID, VNeID), when the platform is set up for one. */
export interface IdentityProviderLink {
  /** The button's text, e.g. "Đăng nhập bằng tài khoản định danh điện tử". */
  label: string;
  /** Where the link starts the sign-in (`/dang-nhap/oidc?tiep=…`). */
  href: string;
}

/** A plain link styled as a button: the sign-in at the provider is a series of redirects, no script. */
export function identityProviderLink(provider: IdentityProviderLink | null, heading: string): Raw {
  if (!provider) return html``;
  return html`<section class="identity-provider" aria-labelledby="dinh-danh-tieu-de">
  <h2 id="dinh-danh-tieu-de">${heading}</h2>
  <p><a class="button" href="${provider.href}">${provider.label}</a></p>
</section>`;
}
