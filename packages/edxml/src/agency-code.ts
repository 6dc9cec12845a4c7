/**
 * Mã định danh cơ quan, tổ chức — agency codes of QCVN 102:2016 (Thông tư 10/2016/TT-BTTTT), as used in
 * edXML `OrganId` and written `V1V2V3.Z1Z2.Y1Y2.MX1X2`: 13 characters in four dot-separated groups.
 *
 * Read from the right: `MX1X2` is the level-1 unit (a letter and two digits: G.. ministries and government
 * bodies, H.. provinces), `Y1Y2` a level-2 unit inside it, `Z1Z2` level 3, `V1V2V3` level 4. A group of
 * zeros means the level is not used. Example: `000.06.16.G09` = unit 06 of unit 16 of G09.
 */

export type AgencyCodeLevel = 1 | 2 | 3 | 4;

export interface AgencyCode {
  /** The code as written, e.g. `000.00.01.H38`. */
  code: string;
  level1: string;
  level2: string;
  level3: string;
  level4: string;
  /** The deepest level used. */
  level: AgencyCodeLevel;
}

const SHAPE = /^([0-9]{3})\.([0-9]{2})\.([0-9]{2})\.([A-Z][0-9]{2})$/;

/** Reasons, in Vietnamese, why `code` is not a valid agency code; empty when it is. */
export function agencyCodeProblems(code: string): string[] {
  if (code.length !== 13) return [`Mã định danh phải có đúng 13 ký tự (đang có ${code.length})`];
  const groups = code.split('.');
  if (groups.length !== 4) return ['Mã định danh gồm 4 nhóm ngăn cách bởi dấu chấm, dạng 000.00.00.H00'];
  const problems: string[] = [];
  const [v, z, y, m] = groups as [string, string, string, string];
  if (!/^[0-9]{3}$/.test(v)) problems.push('Nhóm thứ nhất (cấp 4) gồm 3 chữ số');
  if (!/^[0-9]{2}$/.test(z)) problems.push('Nhóm thứ hai (cấp 3) gồm 2 chữ số');
  if (!/^[0-9]{2}$/.test(y)) problems.push('Nhóm thứ ba (cấp 2) gồm 2 chữ số');
  if (!/^[A-Z][0-9]{2}$/.test(m))
    problems.push('Nhóm cuối (cấp 1) gồm một chữ cái in hoa và 2 chữ số, ví dụ H38 hoặc G09');
  // Levels are not always filled top-down in real codes (the national SDK's sample sender is 002.00.20.H13:
  // level 4 set while level 3 is zero), so no order between the groups is imposed.
  return problems;
}

export function isAgencyCode(code: string): boolean {
  return agencyCodeProblems(code).length === 0;
}

export function parseAgencyCode(code: string): AgencyCode {
  const problems = agencyCodeProblems(code);
  const match = SHAPE.exec(code);
  if (problems.length > 0 || !match) throw new Error(problems.join('; ') || 'Mã định danh không hợp lệ');
  const [, level4, level3, level2, level1] = match as unknown as [string, string, string, string, string];
  const level: AgencyCodeLevel = level4 !== '000' ? 4 : level3 !== '00' ? 3 : level2 !== '00' ? 2 : 1;
  return { code, level1, level2, level3, level4, level };
}

/**
 * Whether `child` lies inside the code space of `parent`: the same level-1 unit, every group the parent
 * uses (non-zero) is the same in the child, and the child uses at least one group more.
 */
export function isWithinAgencyCode(child: string, parent: string): boolean {
  const c = parseAgencyCode(child);
  const p = parseAgencyCode(parent);
  if (c.level1 !== p.level1 || c.code === p.code) return false;
  const groups = [
    [p.level2, c.level2],
    [p.level3, c.level3],
    [p.level4, c.level4],
  ] as const;
  return groups.every(([mine, theirs]) => /^0+$/.test(mine) || mine === theirs);
}
