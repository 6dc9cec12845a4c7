import { type PortalStatusCodes, portalStatusCodes } from '@congso/one-stop';
import type { Config } from '../../platform/config/config.ts';

/** Where and how the sync talks to the National Public Service Portal, read once from the configuration. */
export interface NationalPortalSettings {
  /** Where the records go: the adapter's address and the service path. */
  serviceUrl: string;
  /** The login giving a session, when the adapter asks for one. */
  login: { url: string; username: string; password: string } | null;
  /** The province's unit code (mã định danh), sent as `madonvi`. */
  agencyCode: string;
  timeoutMs: number;
  statusCodes: PortalStatusCodes;
  /** MaLinhVuc by the procedure's field, where configured. */
  fieldCodes: Readonly<Record<string, string>>;
}

/** The adapter's address and a path after it, as the portal's clients join them (no slash lost or doubled). */
const joined = (base: string, path: string) =>
  path === '' ? base : `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;

/**
 * The sync's settings, or null when no address is configured: the sync is off, and the lines it would send
 * are skipped. Throws (at start) when the configured status codes name a status we do not have.
 */
export function nationalPortalSettings(config: Config): NationalPortalSettings | null {
  if (!config.NATIONAL_PORTAL_URL) return null;
  return {
    serviceUrl: joined(config.NATIONAL_PORTAL_URL, config.NATIONAL_PORTAL_SERVICE_PATH),
    login:
      config.NATIONAL_PORTAL_AUTH_PATH !== undefined
        ? {
            url: joined(config.NATIONAL_PORTAL_URL, config.NATIONAL_PORTAL_AUTH_PATH),
            username: config.NATIONAL_PORTAL_USERNAME ?? '',
            password: config.NATIONAL_PORTAL_PASSWORD ?? '',
          }
        : null,
    agencyCode: config.NATIONAL_PORTAL_AGENCY_CODE ?? '',
    timeoutMs: config.NATIONAL_PORTAL_TIMEOUT_MS,
    statusCodes: portalStatusCodes(config.NATIONAL_PORTAL_STATUS_CODES ?? {}),
    fieldCodes: config.NATIONAL_PORTAL_FIELD_CODES ?? {},
  };
}
