// `congso edxml …`: read, check and write edXML packages (QCVN 102:2016) with @congso/edxml. No database.
import { readFileSync, writeFileSync } from 'node:fs';
import {
  attachmentFile,
  BUSSINESS_DOC_TYPE_LABELS,
  type DocumentPackage,
  EdxmlError,
  type EdxmlPackage,
  type EdxmlWarning,
  isStatusCode,
  PRIORITY_LABELS,
  packageFromJson,
  packageToJson,
  parseDocumentPackage,
  parseEdxml,
  STATUS_CODE_LABELS,
  StatusCode,
  type StatusPackage,
  statusFor,
  validateEdxml,
  writeEdxml,
} from '@congso/edxml';
import type { Command } from 'commander';

function readInput(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new Error(`Không đọc được tệp ${file}: ${(error as Error).message}`);
  }
}

/** A rejected package: the codec's reason, prefixed with the file. */
function parseFile(file: string) {
  try {
    return parseEdxml(readInput(file));
  } catch (error) {
    if (error instanceof EdxmlError)
      throw new Error(`${file}: gói tin bị từ chối / rejected: ${error.message}`);
    throw error;
  }
}

function output(text: string, out: string | undefined): void {
  if (!out) {
    process.stdout.write(text);
    return;
  }
  try {
    writeFileSync(out, text);
  } catch (error) {
    throw new Error(`Không ghi được tệp ${out}: ${(error as Error).message}`);
  }
  console.error(`Đã ghi / written: ${out} (${Buffer.byteLength(text)} byte)`);
}

function warningLines(warnings: EdxmlWarning[]): string[] {
  return warnings.map((w) => `  ! ${w.path}: ${w.message}`);
}

function orgText(org: { organId?: string; organName?: string }): string {
  return [org.organId ?? '(không có mã)', org.organName].filter(Boolean).join(' ');
}

function documentSummary(pkg: DocumentPackage): string[] {
  const h = pkg.header;
  const lines = [
    'Gói tin văn bản / document package',
    `Cơ quan gửi:   ${orgText(h.from)}`,
    `Cơ quan nhận:  ${h.to.map(orgText).join('; ') || '(không có)'}`,
  ];
  const code = [h.code?.codeNumber, h.code?.codeNotation].filter(Boolean).join('/');
  if (code) lines.push(`Số, ký hiệu:   ${code}`);
  if (h.promulgationInfo?.promulgationDate)
    lines.push(
      `Ngày ban hành: ${h.promulgationInfo.promulgationDate}${h.promulgationInfo.place ? `, ${h.promulgationInfo.place}` : ''}`,
    );
  if (h.documentType?.typeName) lines.push(`Loại văn bản:  ${h.documentType.typeName}`);
  if (h.subject) lines.push(`Trích yếu:     ${h.subject}`);
  if (h.documentId) lines.push(`Mã văn bản:    ${h.documentId}`);
  if (h.otherInfo?.priority !== undefined)
    lines.push(`Độ khẩn:       ${PRIORITY_LABELS[h.otherInfo.priority]}`);
  if (h.dueDate) lines.push(`Hạn xử lý:     ${h.dueDate}`);
  const b = pkg.traceHeaderList?.bussiness;
  if (b?.bussinessDocType !== undefined)
    lines.push(
      `Nghiệp vụ:     ${BUSSINESS_DOC_TYPE_LABELS[b.bussinessDocType]}${b.documentId ? ` (${b.documentId})` : ''}`,
    );
  lines.push(`Tệp đính kèm:  ${pkg.attachments.length}`);
  for (const a of pkg.attachments) {
    let detail = `${a.data.length} byte`;
    try {
      const file = attachmentFile(a);
      if (file.zipped) detail += `, nén zip → ${file.data.length} byte`;
    } catch (error) {
      detail += `, không mở được: ${(error as Error).message}`;
    }
    lines.push(`  - ${a.attachmentName ?? a.contentId ?? '(không tên)'} (${detail})`);
  }
  return lines;
}

function statusSummary(pkg: StatusPackage): string[] {
  return [
    'Gói tin trạng thái / status package',
    `Cơ quan gửi:   ${orgText(pkg.from)}`,
    `Trạng thái:    ${pkg.statusCode} ${STATUS_CODE_LABELS[pkg.statusCode]}`,
    ...(pkg.description ? [`Diễn giải:     ${pkg.description}`] : []),
    ...(pkg.timestamp ? [`Thời điểm:     ${pkg.timestamp}`] : []),
    ...(pkg.responseFor?.documentId ? [`Văn bản:       ${pkg.responseFor.documentId}`] : []),
  ];
}

function summary(pkg: EdxmlPackage): string[] {
  return pkg.kind === 'status' ? statusSummary(pkg) : documentSummary(pkg);
}

export function registerEdxmlCommands(program: Command): void {
  const edxml = program
    .command('edxml')
    .description(
      'Gói tin edXML (QCVN 102:2016): đọc, kiểm tra, tạo / edXML packages: parse, validate, build',
    );

  edxml
    .command('parse')
    .description('Đọc một gói tin và tóm tắt / parse a package and summarise it')
    .argument('<file>', 'tệp gói tin .edxml')
    .option('--json', 'in mô hình dạng JSON / print the model as JSON')
    .action((file: string, options: { json?: boolean }) => {
      const result = parseFile(file);
      if (options.json) {
        console.log(JSON.stringify(packageToJson(result.package), null, 2));
        for (const line of warningLines(result.warnings)) console.error(line);
        return;
      }
      const lines = summary(result.package);
      lines.push(`Chữ ký số:     ${result.signature === 'present' ? 'có' : 'không có'}`);
      if (result.warnings.length > 0)
        lines.push(`Cảnh báo / warnings (${result.warnings.length}):`, ...warningLines(result.warnings));
      console.log(lines.join('\n'));
    });

  edxml
    .command('validate')
    .description('Kiểm tra gói tin theo chuẩn; mã thoát khác 0 khi không hợp lệ / exit 0 when valid')
    .argument('<file>', 'tệp gói tin .edxml')
    .action((file: string) => {
      const result = validateEdxml(readInput(file));
      if (result.valid) {
        console.log(`Hợp lệ / valid: ${file}`);
        for (const line of warningLines(result.warnings)) console.log(line);
        return;
      }
      console.error(`Không hợp lệ / invalid: ${file}`);
      for (const error of result.errors) console.error(`  - ${error}`);
      for (const line of warningLines(result.warnings)) console.error(line);
      process.exitCode = 1;
    });

  edxml
    .command('build')
    .description('Tạo gói tin từ mô hình JSON (như parse --json in ra) / write a package from a JSON model')
    .requiredOption('--json <file>', 'tệp JSON mô hình gói tin văn bản hoặc trạng thái')
    .option('--out <file>', 'ghi ra tệp thay vì stdout')
    .action((options: { json: string; out?: string }) => {
      let value: unknown;
      try {
        value = JSON.parse(readInput(options.json).toString('utf8'));
      } catch (error) {
        if (error instanceof SyntaxError)
          throw new Error(`Tệp ${options.json} không phải JSON hợp lệ: ${error.message}`);
        throw error;
      }
      try {
        output(writeEdxml(packageFromJson(value)), options.out);
      } catch (error) {
        if (error instanceof EdxmlError)
          throw new Error(`Mô hình không hợp lệ / invalid model: ${error.message}`);
        throw error;
      }
    });

  edxml
    .command('status')
    .description(
      'Tạo gói tin trạng thái trả lời một gói tin văn bản / the status package answering a document',
    )
    .requiredOption('--for <file>', 'gói tin văn bản được trả lời')
    .requiredOption('--code <code>', `mã trạng thái: ${Object.values(StatusCode).join(', ')}`)
    .option('--description <text>', 'diễn giải (mặc định: tên trạng thái)')
    .option('--from-organ-id <code>', 'mã định danh cơ quan trả lời (mặc định: cơ quan nhận đầu tiên)')
    .option('--from-name <name>', 'tên cơ quan trả lời')
    .option('--staff <name>', 'cán bộ xử lý')
    .option('--department <name>', 'phòng, ban của cán bộ')
    .option('--timestamp <time>', 'thời điểm YYYY-MM-DDTHH:mm:ss (mặc định: bây giờ, giờ Việt Nam)')
    .option('--out <file>', 'ghi ra tệp thay vì stdout')
    .action(
      (options: {
        for: string;
        code: string;
        description?: string;
        fromOrganId?: string;
        fromName?: string;
        staff?: string;
        department?: string;
        timestamp?: string;
        out?: string;
      }) => {
        if (!isStatusCode(options.code))
          throw new Error(
            `--code: '${options.code}' không phải mã trạng thái; dùng một trong ${Object.values(StatusCode)
              .map((code) => `${code} (${STATUS_CODE_LABELS[code]})`)
              .join(', ')}`,
          );
        let document: DocumentPackage;
        try {
          document = parseDocumentPackage(readInput(options.for)).package;
        } catch (error) {
          if (error instanceof EdxmlError) throw new Error(`${options.for}: ${error.message}`);
          throw error;
        }
        const from =
          options.fromOrganId || options.fromName
            ? {
                ...(options.fromOrganId ? { organId: options.fromOrganId } : {}),
                ...(options.fromName ? { organName: options.fromName } : {}),
              }
            : undefined;
        const staffInfo =
          options.staff || options.department
            ? {
                ...(options.department ? { department: options.department } : {}),
                ...(options.staff ? { staff: options.staff } : {}),
              }
            : undefined;
        try {
          const status = statusFor(document, {
            statusCode: options.code,
            ...(from ? { from } : {}),
            ...(options.description ? { description: options.description } : {}),
            ...(options.timestamp ? { timestamp: options.timestamp } : {}),
            ...(staffInfo ? { staffInfo } : {}),
          });
          output(writeEdxml(status), options.out);
        } catch (error) {
          if (error instanceof EdxmlError) throw new Error(error.message);
          throw error;
        }
      },
    );
}
