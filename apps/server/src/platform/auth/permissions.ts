/**
 * The permission catalogue and the built-in roles, declared as data. A role grants permissions; an
 * assignment gives a role to a user at an agency (optionally with its whole sub-tree). Custom roles made by
 * administrators pick from the same catalogue. Modules add their permissions here as they arrive.
 */

export const permissionCatalogue = {
  'directory.agencies.manage': { vi: 'Quản lý cơ quan, đơn vị trực thuộc', en: 'Manage agencies below' },
  'directory.departments.manage': { vi: 'Quản lý phòng, ban', en: 'Manage departments' },
  'directory.officials.manage': { vi: 'Quản lý cán bộ, công chức', en: 'Manage officials' },
  'directory.clearance.manage': {
    vi: 'Xác định mức được tiếp cận văn bản mật của cán bộ',
    en: 'Set which secrecy level an official may read',
  },
  'directory.users.read': { vi: 'Xem tài khoản người dùng', en: 'View user accounts' },
  'directory.users.manage': {
    vi: 'Quản lý tài khoản và phân quyền',
    en: 'Manage user accounts and role assignments',
  },
  'directory.roles.manage': { vi: 'Định nghĩa vai trò', en: 'Define roles' },
  'audit.read': { vi: 'Xem nhật ký hệ thống', en: 'Read the audit log' },
  'calendar.schedules.manage': {
    vi: 'Sửa lịch nghỉ lễ, Tết chính thức hằng năm (toàn tỉnh)',
    en: 'Edit the official yearly schedule of days off (province-wide)',
  },
  'calendar.hours.manage': { vi: 'Đặt giờ làm việc của cơ quan', en: "Set an agency's working hours" },
  'documents.register': {
    vi: 'Đăng ký văn bản đến, cấp số và phát hành văn bản đi (văn thư)',
    en: 'Register incoming documents, number and issue outgoing ones (clerk)',
    delegable: true,
  },
  'documents.draft': {
    vi: 'Soạn thảo văn bản đi, trình xem xét',
    en: 'Draft outgoing documents and send them for review',
    delegable: true,
  },
  'documents.read_all': {
    vi: 'Xem mọi văn bản của cơ quan (trong phạm vi độ mật được phép)',
    en: "Read every document of the agency (within one's clearance)",
    delegable: true,
  },
  'documents.direct': {
    vi: 'Cho ý kiến chỉ đạo, phân công xử lý văn bản',
    en: 'Give directives and assign documents for handling',
    delegable: true,
  },
  'documents.settings.manage': {
    vi: 'Đặt cách cấp số văn bản đi của cơ quan',
    en: "Set the agency's outgoing numbering",
  },
  'documents.statistics.read': {
    vi: 'Xem, xuất thống kê văn bản đi, đến của cơ quan (chỉ số liệu tổng hợp)',
    en: "View and export the agency's document statistics (aggregates only)",
    delegable: true,
  },
  'work_files.plan.manage': {
    vi: 'Lập danh mục hồ sơ của cơ quan, quản lý mọi hồ sơ công việc, mở lại hồ sơ đã kết thúc',
    en: "Keep the agency's file plan, manage all its work files, reopen closed ones",
    delegable: true,
  },
  'procedures.manage': {
    vi: 'Quản lý danh mục thủ tục hành chính, quy trình nội bộ và biểu mẫu điện tử',
    en: 'Manage the procedure catalogue, internal processing steps and application forms',
  },
  'dossiers.receive': {
    vi: 'Tiếp nhận hồ sơ, yêu cầu bổ sung, từ chối, trả kết quả (bộ phận một cửa)',
    en: 'Receive dossiers, request supplements, refuse, return results (one-stop counter)',
    delegable: true,
  },
  'dossiers.handle': {
    vi: 'Thụ lý, thẩm định hồ sơ thủ tục hành chính được chuyển đến',
    en: 'Handle and appraise dossiers passed to one',
    delegable: true,
  },
  'dossiers.approve': {
    vi: 'Phê duyệt kết quả giải quyết hồ sơ thủ tục hành chính',
    en: 'Approve the outcome of dossiers',
    delegable: true,
  },
  'dossiers.read_all': {
    vi: 'Xem mọi hồ sơ thủ tục hành chính của cơ quan',
    en: 'Read every dossier of the agency',
    delegable: true,
  },
  'dossiers.statistics.read': {
    vi: 'Xem, xuất thống kê và chỉ số chất lượng giải quyết thủ tục hành chính',
    en: 'View and export dossier statistics and service-quality indicators',
    delegable: true,
  },
} as const;

export type Permission = keyof typeof permissionCatalogue;

/**
 * Work permissions (`delegable`) may be handed out by whoever manages the accounts of an agency — making
 * someone its clerk or a leader is the agency administrator's job. Administrative permissions may only be
 * handed out by someone who holds them (nobody gives more power over the platform than they have).
 */
export function isDelegable(permission: string): boolean {
  const entry = permissionCatalogue[permission as Permission] as { delegable?: boolean } | undefined;
  return entry?.delegable === true;
}
export const allPermissions = Object.keys(permissionCatalogue) as Permission[];

export interface RoleDefinition {
  key: string;
  nameVi: string;
  nameEn: string;
  description: string;
  permissions: Permission[];
  isGlobal: boolean;
}

export const builtinRoles: RoleDefinition[] = [
  {
    key: 'system_admin',
    nameVi: 'Quản trị hệ thống',
    nameEn: 'System administrator',
    description: 'Toàn quyền trên mọi cơ quan của nền tảng',
    permissions: allPermissions,
    isGlobal: true,
  },
  {
    key: 'agency_admin',
    nameVi: 'Quản trị cơ quan',
    nameEn: 'Agency administrator',
    description: 'Quản lý phòng ban, cán bộ, tài khoản và phân quyền trong phạm vi cơ quan được giao',
    permissions: [
      'directory.agencies.manage',
      'directory.departments.manage',
      'directory.officials.manage',
      'directory.users.read',
      'directory.users.manage',
      'audit.read',
      'calendar.hours.manage',
      'documents.settings.manage',
      'work_files.plan.manage',
      'documents.statistics.read',
      'dossiers.statistics.read',
      'procedures.manage',
    ],
    isGlobal: false,
  },
  {
    key: 'clerk',
    nameVi: 'Văn thư',
    nameEn: 'Clerk',
    description: 'Đăng ký văn bản đến, văn bản đi, cấp số',
    permissions: ['documents.register', 'documents.read_all', 'documents.draft', 'work_files.plan.manage'],
    isGlobal: false,
  },
  {
    key: 'leader',
    nameVi: 'Lãnh đạo',
    nameEn: 'Leader',
    description: 'Chỉ đạo, phân công, phê duyệt, ký',
    permissions: [
      'directory.users.read',
      'documents.read_all',
      'documents.direct',
      'documents.draft',
      'documents.statistics.read',
      'dossiers.approve',
      'dossiers.read_all',
      'dossiers.statistics.read',
    ],
    isGlobal: false,
  },
  {
    key: 'specialist',
    nameVi: 'Chuyên viên',
    nameEn: 'Specialist',
    description: 'Xử lý văn bản, hồ sơ được giao',
    permissions: ['documents.draft', 'dossiers.handle'],
    isGlobal: false,
  },
  {
    key: 'one_stop_officer',
    nameVi: 'Cán bộ một cửa',
    nameEn: 'One-stop officer',
    description: 'Tiếp nhận hồ sơ thủ tục hành chính, hướng dẫn bổ sung, trả kết quả',
    permissions: ['dossiers.receive', 'dossiers.read_all'],
    isGlobal: false,
  },
];

export const SYSTEM_ADMIN = 'system_admin';
