/**
 * The demo province: Lào Cai as re-organised on 1 July 2025 (Lào Cai and Yên Bái merged; 99 communes and
 * wards from the official list). Provincial agencies follow the 2025 structure of a province's People's
 * Committee. Agency codes are illustrative: H38 and the numbering below are not confirmed from the
 * official register of QCVN 102 codes.
 */

export const DEMO_PROVINCE_CODE = '15';
export const DEMO_LEVEL1 = 'H38';
export const DEMO_PASSWORD = 'CongSo@2026';

export interface DemoDepartment {
  name: string;
  abbreviation: string;
}

export interface DemoAgency {
  key: string;
  name: string;
  abbreviation: string;
  departments: DemoDepartment[];
  address?: string;
  phone?: string;
  email?: string;
  website?: string;
}

const secretariat = { name: 'Văn phòng', abbreviation: 'VP' };
const inspection = { name: 'Thanh tra', abbreviation: 'TTr' };

export const provinceRoot: DemoAgency = {
  key: 'ubnd',
  name: 'Ủy ban nhân dân tỉnh Lào Cai',
  abbreviation: 'UBND',
  address: 'Đường Điện Biên, phường Yên Bái, tỉnh Lào Cai',
  phone: '0216 3852 110',
  email: 'ubnd@laocai.gov.vn',
  website: 'https://laocai.gov.vn',
  // drafting units of the People's Committee's correspondence (…/UBND-VX), staffed by its Office
  departments: [
    { name: 'Phòng Tổng hợp', abbreviation: 'TH' },
    { name: 'Phòng Kinh tế', abbreviation: 'KT' },
    { name: 'Phòng Văn xã', abbreviation: 'VX' },
    { name: 'Phòng Nội chính', abbreviation: 'NC' },
    { name: 'Phòng Hành chính - Tổ chức', abbreviation: 'HCTC' },
  ],
};

export const provincialAgencies: DemoAgency[] = [
  {
    key: 'vpubnd',
    name: 'Văn phòng Ủy ban nhân dân tỉnh',
    abbreviation: 'VPUBND',
    departments: [
      { name: 'Phòng Hành chính - Tổ chức', abbreviation: 'HCTC' },
      { name: 'Phòng Quản trị - Tài vụ', abbreviation: 'QTTV' },
      { name: 'Trung tâm Thông tin', abbreviation: 'TTTT' },
    ],
  },
  {
    key: 'snv',
    name: 'Sở Nội vụ',
    abbreviation: 'SNV',
    departments: [
      secretariat,
      inspection,
      { name: 'Phòng Tổ chức, biên chế và tổ chức phi chính phủ', abbreviation: 'TCBC' },
      { name: 'Phòng Công chức, viên chức', abbreviation: 'CCVC' },
      { name: 'Phòng Xây dựng chính quyền và công tác thanh niên', abbreviation: 'XDCQ' },
    ],
  },
  {
    key: 'stc',
    name: 'Sở Tài chính',
    abbreviation: 'STC',
    departments: [
      secretariat,
      inspection,
      { name: 'Phòng Quản lý ngân sách', abbreviation: 'QLNS' },
      { name: 'Phòng Quản lý giá và công sản', abbreviation: 'QLGCS' },
      { name: 'Phòng Tổng hợp, quy hoạch', abbreviation: 'THQH' },
    ],
  },
  {
    key: 'stp',
    name: 'Sở Tư pháp',
    abbreviation: 'STP',
    departments: [
      secretariat,
      { name: 'Phòng Xây dựng và kiểm tra văn bản', abbreviation: 'XDKTVB' },
      { name: 'Phòng Hành chính tư pháp', abbreviation: 'HCTP' },
    ],
  },
  {
    key: 'sct',
    name: 'Sở Công Thương',
    abbreviation: 'SCT',
    departments: [
      secretariat,
      { name: 'Phòng Quản lý thương mại', abbreviation: 'QLTM' },
      { name: 'Phòng Quản lý năng lượng', abbreviation: 'QLNL' },
    ],
  },
  {
    key: 'sxd',
    name: 'Sở Xây dựng',
    abbreviation: 'SXD',
    departments: [
      secretariat,
      { name: 'Phòng Quản lý hoạt động xây dựng', abbreviation: 'QLHĐXD' },
      { name: 'Phòng Quản lý giao thông', abbreviation: 'QLGT' },
    ],
  },
  {
    key: 'snnmt',
    name: 'Sở Nông nghiệp và Môi trường',
    abbreviation: 'SNNMT',
    departments: [
      secretariat,
      { name: 'Phòng Quản lý đất đai', abbreviation: 'QLĐĐ' },
      { name: 'Phòng Trồng trọt và bảo vệ thực vật', abbreviation: 'TTBVTV' },
      { name: 'Phòng Môi trường', abbreviation: 'MT' },
    ],
  },
  {
    key: 'skhcn',
    name: 'Sở Khoa học và Công nghệ',
    abbreviation: 'SKHCN',
    departments: [
      secretariat,
      { name: 'Phòng Chuyển đổi số', abbreviation: 'CĐS' },
      { name: 'Phòng Quản lý khoa học', abbreviation: 'QLKH' },
      { name: 'Trung tâm Công nghệ thông tin và Truyền thông', abbreviation: 'TTCNTT' },
    ],
  },
  {
    key: 'sgddt',
    name: 'Sở Giáo dục và Đào tạo',
    abbreviation: 'SGDĐT',
    departments: [
      secretariat,
      { name: 'Phòng Giáo dục phổ thông', abbreviation: 'GDPT' },
      { name: 'Phòng Tổ chức cán bộ', abbreviation: 'TCCB' },
    ],
  },
  {
    key: 'syt',
    name: 'Sở Y tế',
    abbreviation: 'SYT',
    departments: [
      secretariat,
      { name: 'Phòng Nghiệp vụ Y', abbreviation: 'NVY' },
      { name: 'Phòng Nghiệp vụ Dược', abbreviation: 'NVD' },
    ],
  },
  {
    key: 'svhttdl',
    name: 'Sở Văn hóa, Thể thao và Du lịch',
    abbreviation: 'SVHTTDL',
    departments: [
      secretariat,
      { name: 'Phòng Quản lý văn hóa', abbreviation: 'QLVH' },
      { name: 'Phòng Quản lý du lịch', abbreviation: 'QLDL' },
    ],
  },
  {
    key: 'sdttg',
    name: 'Sở Dân tộc và Tôn giáo',
    abbreviation: 'SDTTG',
    departments: [
      secretariat,
      { name: 'Phòng Chính sách dân tộc', abbreviation: 'CSDT' },
      { name: 'Phòng Quản lý tôn giáo', abbreviation: 'QLTG' },
    ],
  },
  {
    key: 'sngv',
    name: 'Sở Ngoại vụ',
    abbreviation: 'SNgV',
    departments: [secretariat, { name: 'Phòng Quản lý biên giới', abbreviation: 'QLBG' }],
  },
  {
    key: 'ttt',
    name: 'Thanh tra tỉnh',
    abbreviation: 'TTr',
    departments: [
      secretariat,
      { name: 'Phòng Tiếp công dân và xử lý đơn', abbreviation: 'TCD' },
      { name: 'Phòng Phòng, chống tham nhũng', abbreviation: 'PCTN' },
    ],
  },
  {
    key: 'bqlkkt',
    name: 'Ban Quản lý Khu kinh tế tỉnh',
    abbreviation: 'BQLKKT',
    departments: [secretariat, { name: 'Phòng Quản lý đầu tư và doanh nghiệp', abbreviation: 'ĐTDN' }],
  },
  {
    key: 'ttpvhcc',
    name: 'Trung tâm Phục vụ hành chính công tỉnh',
    abbreviation: 'TTPVHCC',
    departments: [
      { name: 'Bộ phận Tiếp nhận và trả kết quả', abbreviation: 'TNTKQ' },
      { name: 'Phòng Hành chính - Tổng hợp', abbreviation: 'HCTH' },
    ],
  },
  {
    key: 'bqlda',
    name: 'Ban Quản lý dự án đầu tư xây dựng tỉnh',
    abbreviation: 'BQLDA',
    departments: [
      { name: 'Phòng Kế hoạch - Tổng hợp', abbreviation: 'KHTH' },
      { name: 'Phòng Kỹ thuật', abbreviation: 'KT' },
    ],
  },
  {
    key: 'bptth',
    name: 'Báo và Phát thanh, Truyền hình Lào Cai',
    abbreviation: 'BPTTH',
    departments: [
      { name: 'Ban Thư ký tòa soạn', abbreviation: 'TKTS' },
      { name: 'Ban Thời sự', abbreviation: 'TS' },
    ],
  },
  {
    key: 'qdtpt',
    name: 'Quỹ Đầu tư phát triển tỉnh',
    abbreviation: 'QĐTPT',
    departments: [{ name: 'Phòng Nghiệp vụ', abbreviation: 'NV' }],
  },
];

/** Departments of a commune-level People's Committee after 2025. */
export function communeDepartments(isWard: boolean): DemoDepartment[] {
  return [
    { name: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', abbreviation: 'VP' },
    isWard
      ? { name: 'Phòng Kinh tế, Hạ tầng và Đô thị', abbreviation: 'KTHTĐT' }
      : { name: 'Phòng Kinh tế', abbreviation: 'KT' },
    { name: 'Phòng Văn hóa - Xã hội', abbreviation: 'VHXH' },
    { name: 'Trung tâm Phục vụ hành chính công', abbreviation: 'TTPVHCC' },
  ];
}

export type DemoRole =
  | 'system_admin'
  | 'agency_admin'
  | 'clerk'
  | 'leader'
  | 'specialist'
  | 'one_stop_officer';

export interface DemoAccount {
  username: string;
  role: DemoRole;
  /** agency key, or the admin-unit code of a commune */
  agency: string;
  position: string;
  includeSubtree?: boolean;
  /** the department (index in the agency's list) of a non-leader; the first one by default */
  department?: number;
  clearance?: 'none' | 'confidential' | 'secret' | 'top_secret';
}

export const demoAccounts: DemoAccount[] = [
  { username: 'admin', role: 'system_admin', agency: 'skhcn', position: 'Quản trị hệ thống' },
  {
    username: 'quantri.ubnd',
    role: 'agency_admin',
    agency: 'ubnd',
    position: 'Chuyên viên quản trị hệ thống',
  },
  { username: 'vanthu.ubnd', role: 'clerk', agency: 'ubnd', position: 'Văn thư', clearance: 'secret' },
  {
    username: 'lanhdao.ubnd',
    role: 'leader',
    agency: 'ubnd',
    position: 'Phó Chủ tịch',
    clearance: 'top_secret',
  },
  { username: 'chuyenvien.ubnd', role: 'specialist', agency: 'ubnd', position: 'Chuyên viên' },
  {
    username: 'quantri.snv',
    role: 'agency_admin',
    agency: 'snv',
    position: 'Chuyên viên quản trị hệ thống',
    includeSubtree: true,
  },
  { username: 'vanthu.snv', role: 'clerk', agency: 'snv', position: 'Văn thư', clearance: 'confidential' },
  { username: 'lanhdao.snv', role: 'leader', agency: 'snv', position: 'Giám đốc', clearance: 'secret' },
  { username: 'chuyenvien.snv', role: 'specialist', agency: 'snv', position: 'Chuyên viên' },
  {
    username: 'quantri.stc',
    role: 'agency_admin',
    agency: 'stc',
    position: 'Chuyên viên quản trị hệ thống',
    includeSubtree: true,
  },
  { username: 'vanthu.stc', role: 'clerk', agency: 'stc', position: 'Văn thư', clearance: 'confidential' },
  { username: 'lanhdao.stc', role: 'leader', agency: 'stc', position: 'Giám đốc', clearance: 'secret' },
  { username: 'chuyenvien.stc', role: 'specialist', agency: 'stc', position: 'Chuyên viên chính' },
  {
    username: 'motcua.ttpvhcc',
    role: 'one_stop_officer',
    agency: 'ttpvhcc',
    position: 'Chuyên viên tiếp nhận và trả kết quả',
  },
  { username: 'lanhdao.stp', role: 'leader', agency: 'stp', position: 'Giám đốc', clearance: 'secret' },
  {
    username: 'chuyenvien.stp',
    role: 'specialist',
    agency: 'stp',
    position: 'Chuyên viên',
    department: 2,
  },
  {
    username: 'quantri.camduong',
    role: 'agency_admin',
    agency: '02671',
    position: 'Công chức Văn phòng - Thống kê',
  },
  { username: 'vanthu.camduong', role: 'clerk', agency: '02671', position: 'Văn thư' },
  {
    username: 'lanhdao.camduong',
    role: 'leader',
    agency: '02671',
    position: 'Chủ tịch Ủy ban nhân dân',
    clearance: 'confidential',
  },
  {
    username: 'chuyenvien.camduong',
    role: 'specialist',
    agency: '02671',
    position: 'Công chức Văn hóa - Xã hội',
  },
];

/** Positions given to the other officials of each agency, leadership first. */
export const agencyPositions = [
  'Giám đốc',
  'Phó Giám đốc',
  'Chánh Văn phòng',
  'Trưởng phòng',
  'Chuyên viên chính',
  'Chuyên viên',
];
export const communePositions = [
  'Chủ tịch Ủy ban nhân dân',
  'Phó Chủ tịch Ủy ban nhân dân',
  'Chánh Văn phòng',
  'Công chức',
];
