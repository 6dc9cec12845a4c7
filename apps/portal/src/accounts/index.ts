export { type CodeMessageInput, codeEmail, codeSms } from './code-message.ts';
export { type CodePageView, forgotPasswordPage, resetPasswordPage, verifyPage } from './code-pages.ts';
export type { IdentityProviderLink } from './identity-provider.ts';
export { type ProfileView, profilePage } from './profile-page.ts';
export { registerPage } from './register-page.ts';
export { type SignInView, signInPage } from './sign-in-page.ts';
