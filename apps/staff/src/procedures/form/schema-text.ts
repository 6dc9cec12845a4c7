import { type FormSchemaProblem, readApplicationForm } from '@congso/one-stop/application-form';

/** What the editor knows of the text typed so far. */
export type SchemaText =
  | { state: 'empty' }
  | { state: 'unparsable'; message: string; line?: number; column?: number }
  | { state: 'outside'; schema: unknown; problems: FormSchemaProblem[] }
  | { state: 'ready'; schema: Record<string, unknown> };

/** Line and column (from 1) of a character offset in the text. */
function lineAndColumn(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/**
 * Reads the text of the schema editor: JSON first (with where it breaks), then the subset the renderers
 * draw, the same check the server makes before saving (it also checks the schema against JSON Schema).
 */
export function readSchemaText(text: string): SchemaText {
  if (text.trim() === '') return { state: 'empty' };
  let schema: unknown;
  try {
    schema = JSON.parse(text);
  } catch (error) {
    // where it breaks, when the browser says: "… at position 42" (Chrome, Node), "… at line 3 column 13" (Firefox)
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    const at = position
      ? lineAndColumn(text, Number(position[1]))
      : lineColumn
        ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
        : {};
    return { state: 'unparsable', message, ...at };
  }
  const read = readApplicationForm(schema);
  if ('problems' in read) return { state: 'outside', schema, problems: read.problems };
  return { state: 'ready', schema: schema as Record<string, unknown> };
}

/** The text an editor starts from: the schema as saved, laid out two spaces deep. */
export const schemaText = (schema: unknown) => (schema === null ? '' : JSON.stringify(schema, null, 2));

/** A small form to start from, with a field of most kinds, for an administrator writing their first one. */
export const starterSchema = {
  type: 'object',
  title: 'Tờ khai',
  required: ['hoTen', 'ngaySinh'],
  properties: {
    hoTen: { type: 'string', title: 'Họ, chữ đệm, tên', maxLength: 100 },
    ngaySinh: { type: 'string', title: 'Ngày, tháng, năm sinh', format: 'date' },
    gioiTinh: { type: 'string', title: 'Giới tính', enum: ['Nam', 'Nữ'] },
    soDinhDanh: { type: 'string', title: 'Số định danh cá nhân', pattern: '^[0-9]{12}$' },
    email: { type: 'string', title: 'Thư điện tử', format: 'email' },
    noiCuTru: {
      type: 'object',
      title: 'Nơi cư trú',
      properties: {
        tinh: { type: 'string', title: 'Tỉnh, thành phố' },
        xa: { type: 'string', title: 'Xã, phường, đặc khu' },
        diaChi: { type: 'string', title: 'Số nhà, đường, thôn, tổ dân phố' },
      },
    },
  },
};
