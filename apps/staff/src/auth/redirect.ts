/** Where to go after login: only paths inside the app, never another site or the login page itself. */
export function safeRedirect(target: unknown): string {
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//')) return '/';
  if (target.startsWith('/login') || target.startsWith('/change-password')) return '/';
  return target;
}
