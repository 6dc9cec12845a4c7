import type { DossierStatus } from '../lifecycle.ts';

/**
 * The dossier status codes of the National Public Service Portal (`TrangThaiHoSo` of DongBoHoSoMC, `TrangThai`
 * of CapNhatTienDoHoSoMC), mapped from our statuses as data.
 *
 * [UNCONFIRMED] The official code list was not found (domain brief §3.4, §8 point 6); OpenCPS keeps the mapping
 * in a table its administrators fill. The defaults below are the list provincial one-stop systems use with
 * the portal as far as it could be read: a provincial system sends 1 for a dossier submitted online, 2 once
 * the counter accepts it and 10 when the result is handed back; the codes between follow the same list
 * (3 not accepted, 4 in progress, 5 supplement requested, 6 financial obligation, 7 withdrawn at the
 * applicant's request, 8 processing stopped, 9 processing finished). Every code can be replaced by
 * configuration without a release (`NATIONAL_PORTAL_STATUS_CODES` on the server).
 */

/**
 * What a record reports: our status, or `received`, the moment the dossier is received (it is then
 * `processing`, but the portal distinguishes "received" from "in progress").
 */
export type PortalStatusKey = DossierStatus | 'received';

export const portalStatusKeys: readonly PortalStatusKey[] = [
  'waiting',
  'received',
  'refused',
  'processing',
  'supplement_requested',
  'fee_pending',
  'withdrawn',
  'result_ready',
  'returned',
];

export type PortalStatusCodes = Record<PortalStatusKey, string>;

export const defaultPortalStatusCodes: PortalStatusCodes = {
  /** Mới đăng ký: submitted online, not accepted yet. */
  waiting: '1',
  /** Được tiếp nhận. */
  received: '2',
  /** Không được tiếp nhận (Mẫu 03). */
  refused: '3',
  /** Đang xử lý. */
  processing: '4',
  /** Yêu cầu bổ sung giấy tờ (Mẫu 02). */
  supplement_requested: '5',
  /** Yêu cầu thực hiện nghĩa vụ tài chính. */
  fee_pending: '6',
  /** Công dân yêu cầu rút hồ sơ. */
  withdrawn: '7',
  /** Đã xử lý xong: the result is ready. */
  result_ready: '9',
  /** Đã trả kết quả. */
  returned: '10',
};

/** The codes in force: the defaults with the configured ones over them (unknown keys are refused). */
export function portalStatusCodes(overrides: Partial<Record<string, string>> = {}): PortalStatusCodes {
  const unknown = Object.keys(overrides).filter((key) => !portalStatusKeys.includes(key as PortalStatusKey));
  if (unknown.length > 0)
    throw new Error(
      `Trạng thái không có trong bảng ánh xạ sang Cổng DVCQG: ${unknown.join(', ')} (dùng: ${portalStatusKeys.join(', ')})`,
    );
  const codes = { ...defaultPortalStatusCodes };
  for (const [key, code] of Object.entries(overrides)) {
    if (code === undefined || !/^[0-9A-Za-z_-]{1,10}$/.test(code))
      throw new Error(`Mã trạng thái Cổng DVCQG của "${key}" không hợp lệ: "${code ?? ''}"`);
    codes[key as PortalStatusKey] = code;
  }
  return codes;
}
