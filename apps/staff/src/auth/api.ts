import { api } from '../api/client.ts';
import type { AuthConfig, ChangePasswordInput, LoginInput, Profile, TotpSetup } from './types.ts';

export const authApi = {
  config: () => api.get<AuthConfig>('/api/auth/config'),
  login: (input: LoginInput) => api.post<Profile>('/api/auth/login', input, { quiet: true }),
  logout: () => api.post<void>('/api/auth/logout', undefined, { quiet: true }),
  me: (quiet = false) => api.get<Profile>('/api/me', { quiet }),
  changePassword: (input: ChangePasswordInput) => api.post<void>('/api/me/password', input),
  totpSetup: () => api.post<TotpSetup>('/api/me/totp/setup'),
  totpEnable: (code: string) => api.post<void>('/api/me/totp/enable', { code }),
  totpDisable: (password: string) => api.post<void>('/api/me/totp/disable', { password }),
};
