/**
 * The application form (tờ khai) of a procedure, written as a JSON Schema by the province's administrators
 * and filled in by the applicant at the counter or on the portal. Every renderer (the staff app, the
 * portal) draws the same small subset of JSON Schema, so a schema is read here once into form fields and
 * refused, with a Vietnamese message at the offending place, when it steps outside that subset:
 *
 * - at the top an object with `title`, `properties` and `required`;
 * - properties of type `string` (`format` date or email, `enum`, `minLength`, `maxLength`, `pattern`),
 *   `integer` / `number` (`minimum`, `maximum`), `boolean`, `array` of strings (with or without `enum`;
 *   `minItems`, `maxItems`, `uniqueItems`), and `object` one level deep at most (a group of fields);
 * - every property has a `title`: it is the label the applicant reads and the name messages use.
 * - optionally `x-order` on an object: the order of its fields (stored forms carry it, see `withFieldOrder`).
 *
 * Whether a schema is valid JSON Schema at all, and whether data fills it, is checked on the server (ajv).
 * This file depends on nothing, so that the staff app can check a schema while it is being typed.
 */

export type FormFieldKind =
  | 'text'
  | 'date'
  | 'email'
  | 'choice'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'choices'
  | 'list'
  | 'group';

/** One field of the form (not to be confused with `field`, the lĩnh vực of a procedure). */
export interface FormField {
  key: string;
  /** Where its value sits in the data, as a JSON pointer (`/diaChi/tinh`). */
  pointer: string;
  title: string;
  description?: string;
  required: boolean;
  kind: FormFieldKind;
  /** The allowed values of a `choice` or of the items of `choices`. */
  options?: string[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  /** The fields of a `group`. */
  fields?: FormField[];
}

export interface ApplicationForm {
  title: string;
  description?: string;
  fields: FormField[];
}

/** A place where a schema leaves the subset: a JSON pointer into the schema, and why, in Vietnamese. */
export interface FormSchemaProblem {
  pointer: string;
  message: string;
}

export type ReadForm = { form: ApplicationForm } | { problems: FormSchemaProblem[] };

/** The JSON Schema versions whose meaning is the same for every keyword of the subset. */
export const supportedSchemaDialects = [
  'http://json-schema.org/draft-07/schema',
  'https://json-schema.org/draft/2019-09/schema',
  'https://json-schema.org/draft/2020-12/schema',
];

export const MAX_FORM_FIELDS = 100;
const KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
/** The order of an object's fields (see `fieldOrder`). */
export const FIELD_ORDER_KEYWORD = 'x-order';
const ORDER = FIELD_ORDER_KEYWORD;
const ANNOTATIONS = ['title', 'description', '$comment'];
const KEYWORDS: Record<string, string[]> = {
  string: ['format', 'enum', 'minLength', 'maxLength', 'pattern'],
  integer: ['minimum', 'maximum'],
  number: ['minimum', 'maximum'],
  boolean: [],
  array: ['items', 'minItems', 'maxItems', 'uniqueItems'],
  object: ['properties', 'required', 'additionalProperties', 'x-order'],
};
const ITEM_KEYWORDS = ['type', 'enum', 'minLength', 'maxLength', 'pattern', ...ANNOTATIONS];
const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi ký tự',
  integer: 'số nguyên',
  number: 'số',
  boolean: 'có/không',
  array: 'danh sách',
  object: 'nhóm trường',
};

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `/properties/a~1b`: keys escaped as RFC 6901 asks. */
const at = (pointer: string, key: string | number) =>
  `${pointer}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

/** Reads a schema into the form it describes, or says every place where it leaves the supported subset. */
export function readApplicationForm(schema: unknown): ReadForm {
  const problems: FormSchemaProblem[] = [];
  const add = (pointer: string, message: string) => problems.push({ pointer, message });
  if (!isNode(schema)) {
    add('', 'Biểu mẫu phải là một đối tượng JSON Schema');
    return { problems };
  }
  if ('$schema' in schema && !isDialect(schema.$schema))
    add('/$schema', 'Chỉ hỗ trợ JSON Schema draft-07, 2019-09 hoặc 2020-12');
  if (schema.type !== 'object')
    add('/type', 'Ở cấp cao nhất, biểu mẫu phải là một đối tượng ("type": "object")');
  const fields = readObject(schema, '', '', add, ['$schema', '$id', 'type']);
  const title = readTitle(schema, '', add, 'Biểu mẫu cần có tiêu đề (title)');
  const about = readDescription(schema, '', add);
  if (problems.length > 0) return { problems };
  return { form: { title, ...about, fields } };
}

function isDialect(value: unknown): boolean {
  return typeof value === 'string' && supportedSchemaDialects.includes(value.replace(/#$/, ''));
}

function readDescription(node: Node, pointer: string, add: Add): { description?: string } {
  if (!('description' in node)) return {};
  if (typeof node.description !== 'string') {
    add(at(pointer, 'description'), 'Mô tả (description) phải là chuỗi ký tự');
    return {};
  }
  return node.description.trim() === '' ? {} : { description: node.description.trim() };
}

function readTitle(node: Node, pointer: string, add: Add, missing: string): string {
  if (typeof node.title === 'string' && node.title.trim() !== '') {
    if (node.title.length > 300) add(at(pointer, 'title'), 'Tiêu đề không được dài quá 300 ký tự');
    return node.title.trim();
  }
  add(at(pointer, 'title'), missing);
  return '';
}

type Add = (pointer: string, message: string) => void;

/**
 * The fields of an object: the form itself (`data` is '') or a group (`data` is where the group's value
 * sits in the data, `/diaChi`).
 */
function readObject(node: Node, pointer: string, data: string, add: Add, extra: string[] = []): FormField[] {
  refuseUnknown(node, pointer, [...ANNOTATIONS, ...KEYWORDS.object!, ...extra], add);
  if ('additionalProperties' in node && node.additionalProperties !== false)
    add(
      at(pointer, 'additionalProperties'),
      'Chỉ chấp nhận "additionalProperties": false (tờ khai không nhận trường ngoài biểu mẫu)',
    );
  const properties = node.properties;
  if (!isNode(properties) || Object.keys(properties).length === 0) {
    add(at(pointer, 'properties'), 'Biểu mẫu chưa có trường nào (properties)');
    return [];
  }
  const keys = fieldOrder(node, properties, pointer, add);
  if (keys.length > MAX_FORM_FIELDS)
    add(at(pointer, 'properties'), `Một biểu mẫu có tối đa ${MAX_FORM_FIELDS} trường`);
  const required = readRequired(node, pointer, keys, add);
  return keys.map((key) =>
    readProperty(key, properties[key], at(at(pointer, 'properties'), key), data, required.has(key), add),
  );
}

/**
 * The keys of an object's fields in the order they are shown: those `x-order` lists, in its order, then
 * the others as written. JSON objects have no order of their own and PostgreSQL's jsonb sorts their keys,
 * so the order written is kept in `x-order` when a form is stored (`withFieldOrder`).
 */
function fieldOrder(node: Node, properties: Node, pointer: string, add: Add = () => {}): string[] {
  const keys = Object.keys(properties);
  if (!(ORDER in node)) return keys;
  const where = at(pointer, ORDER);
  const order = node[ORDER];
  if (!Array.isArray(order) || order.some((key) => typeof key !== 'string')) {
    add(where, `"${ORDER}" phải là danh sách tên trường theo thứ tự hiển thị`);
    return keys;
  }
  if (new Set(order).size !== order.length) add(where, `Thứ tự trường ("${ORDER}") có tên bị lặp`);
  order.forEach((key, i) => {
    if (!keys.includes(key)) add(at(where, i), `Trường "${key}" trong "${ORDER}" không có trong properties`);
  });
  const listed = [...new Set(order as string[])].filter((key) => keys.includes(key));
  return [...listed, ...keys.filter((key) => !listed.includes(key))];
}

/** Applies `change` to the form and to each of its groups (the objects that have `properties`). */
function eachObject(schema: Node, change: (node: Node, properties: Node) => Node): Node {
  const visit = (node: Node): Node => {
    if (!isNode(node.properties)) return node;
    const properties = Object.fromEntries(
      Object.entries(node.properties).map(([key, child]) => [
        key,
        isNode(child) && child.type === 'object' ? visit(child) : child,
      ]),
    );
    return change(node, properties);
  };
  return visit(schema);
}

/**
 * The schema to store: every object says the order of its fields in `x-order` (the order written, or the
 * one its `x-order` already gave), so that the order survives storage that sorts keys.
 */
export function withFieldOrder(schema: Record<string, unknown>): Record<string, unknown> {
  return eachObject(schema, (node, properties) => ({
    ...node,
    properties,
    [ORDER]: fieldOrder(node, properties, ''),
  }));
}

/** The schema to show or edit: the fields written in their order, without `x-order`. */
export function inFieldOrder(schema: Record<string, unknown>): Record<string, unknown> {
  return eachObject(schema, (node, properties) => {
    const { [ORDER]: _order, ...rest } = node;
    const keys = fieldOrder(node, properties, '');
    return { ...rest, properties: Object.fromEntries(keys.map((key) => [key, properties[key]])) };
  });
}

function readRequired(node: Node, pointer: string, keys: string[], add: Add): Set<string> {
  if (!('required' in node)) return new Set();
  const where = at(pointer, 'required');
  const list = node.required;
  if (!Array.isArray(list) || list.some((name) => typeof name !== 'string')) {
    add(where, '"required" phải là danh sách tên trường');
    return new Set();
  }
  if (new Set(list).size !== list.length) add(where, 'Danh sách trường bắt buộc có tên bị lặp');
  list.forEach((name, i) => {
    if (!keys.includes(name)) add(at(where, i), `Trường bắt buộc "${name}" không có trong properties`);
  });
  return new Set(list as string[]);
}

function refuseUnknown(node: Node, pointer: string, allowed: string[], add: Add) {
  for (const keyword of Object.keys(node))
    if (!allowed.includes(keyword))
      add(at(pointer, keyword), `Từ khóa "${keyword}" không được hỗ trợ ở vị trí này của biểu mẫu`);
}

function readProperty(
  key: string,
  node: unknown,
  pointer: string,
  data: string,
  required: boolean,
  add: Add,
): FormField {
  const field: FormField = { key, pointer: at(data, key), title: key, required, kind: 'text' };
  if (!KEY.test(key))
    add(pointer, 'Tên trường chỉ gồm chữ cái không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ cái');
  if (!isNode(node)) {
    add(pointer, 'Mỗi trường phải được mô tả bằng một đối tượng JSON Schema');
    return field;
  }
  field.title = readTitle(node, pointer, add, `Trường "${key}" cần có tiêu đề (title) để người nộp đọc`);
  Object.assign(field, readDescription(node, pointer, add));
  const type = node.type;
  if (typeof type !== 'string' || !(type in KEYWORDS)) {
    add(
      at(pointer, 'type'),
      Array.isArray(type)
        ? 'Mỗi trường chỉ có một kiểu (type)'
        : 'Kiểu (type) của trường phải là string, integer, number, boolean, array hoặc object',
    );
    return field;
  }
  if (type === 'object') {
    if (data !== '') {
      add(at(pointer, 'type'), 'Chỉ hỗ trợ một cấp nhóm trường lồng nhau');
      return field;
    }
    field.kind = 'group';
    field.fields = readObject(node, pointer, field.pointer, add, ['type']);
    return field;
  }
  refuseUnknown(node, pointer, ['type', ...ANNOTATIONS, ...KEYWORDS[type]!], add);
  if (type === 'string') readString(node, pointer, field, add);
  else if (type === 'integer' || type === 'number') readNumber(node, pointer, field, type, add);
  else if (type === 'boolean') field.kind = 'boolean';
  else readArray(node, pointer, field, add);
  return field;
}

function readString(node: Node, pointer: string, field: FormField, add: Add) {
  field.kind = 'text';
  if ('format' in node) {
    if (node.format === 'date' || node.format === 'email') field.kind = node.format;
    else
      add(
        at(pointer, 'format'),
        `Định dạng "${String(node.format)}" không được hỗ trợ; chỉ dùng được date (ngày) và email`,
      );
  }
  readTextRules(node, pointer, field, add);
  if ('enum' in node) {
    const options = readOptions(node.enum, at(pointer, 'enum'), add);
    if (options) {
      field.kind = 'choice';
      field.options = options;
    }
  }
}

/** minLength, maxLength and pattern, on a string field or on the items of a list. */
function readTextRules(node: Node, pointer: string, field: FormField, add: Add) {
  const min = readCount(node, 'minLength', pointer, add);
  const max = readCount(node, 'maxLength', pointer, add);
  if (min !== undefined) field.minLength = min;
  if (max !== undefined) field.maxLength = max;
  if (min !== undefined && max !== undefined && min > max)
    add(at(pointer, 'minLength'), 'Độ dài tối thiểu lớn hơn độ dài tối đa');
  if ('pattern' in node) {
    if (typeof node.pattern === 'string' && isRegExp(node.pattern)) field.pattern = node.pattern;
    else add(at(pointer, 'pattern'), 'Mẫu kiểm tra (pattern) không phải biểu thức chính quy hợp lệ');
  }
}

function isRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

function readCount(node: Node, keyword: string, pointer: string, add: Add): number | undefined {
  if (!(keyword in node)) return undefined;
  const value = node[keyword];
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  add(at(pointer, keyword), `"${keyword}" phải là số nguyên không âm`);
  return undefined;
}

function readOptions(value: unknown, pointer: string, add: Add): string[] | undefined {
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    value.some((option) => typeof option !== 'string' || option.trim() === '')
  ) {
    add(pointer, 'Danh sách giá trị (enum) phải gồm ít nhất một chuỗi ký tự khác rỗng');
    return undefined;
  }
  if (value.length > 200) add(pointer, 'Danh sách giá trị (enum) có tối đa 200 giá trị');
  if (new Set(value).size !== value.length) add(pointer, 'Danh sách giá trị (enum) có giá trị bị lặp');
  return value as string[];
}

function readNumber(node: Node, pointer: string, field: FormField, type: 'integer' | 'number', add: Add) {
  field.kind = type;
  for (const keyword of ['minimum', 'maximum'] as const) {
    if (!(keyword in node)) continue;
    const value = node[keyword];
    if (typeof value === 'number' && Number.isFinite(value)) field[keyword] = value;
    else add(at(pointer, keyword), `"${keyword}" phải là một số`);
  }
  if (field.minimum !== undefined && field.maximum !== undefined && field.minimum > field.maximum)
    add(at(pointer, 'minimum'), 'Giá trị nhỏ nhất lớn hơn giá trị lớn nhất');
}

function readArray(node: Node, pointer: string, field: FormField, add: Add) {
  field.kind = 'list';
  const min = readCount(node, 'minItems', pointer, add);
  const max = readCount(node, 'maxItems', pointer, add);
  if (min !== undefined) field.minItems = min;
  if (max !== undefined) field.maxItems = max;
  if (min !== undefined && max !== undefined && min > max)
    add(at(pointer, 'minItems'), 'Số mục tối thiểu lớn hơn số mục tối đa');
  if ('uniqueItems' in node) {
    if (typeof node.uniqueItems === 'boolean') field.uniqueItems = node.uniqueItems;
    else add(at(pointer, 'uniqueItems'), '"uniqueItems" phải là true hoặc false');
  }
  const items = node.items;
  const where = at(pointer, 'items');
  if (!isNode(items) || items.type !== 'string') {
    add(where, `Danh sách chỉ gồm các ${TYPE_NAMES.string} ("items": { "type": "string" })`);
    return;
  }
  refuseUnknown(items, where, ITEM_KEYWORDS, add);
  readTextRules(items, where, field, add);
  if ('enum' in items) {
    const options = readOptions(items.enum, at(where, 'enum'), add);
    if (options) {
      field.kind = 'choices';
      field.options = options;
    }
  }
}

/** Every field of the form, groups followed by their own fields, in the order of the schema. */
export function allFormFields(form: ApplicationForm): FormField[] {
  return form.fields.flatMap((field) => [field, ...(field.fields ?? [])]);
}

/**
 * The field a data pointer falls in (`/diaChi/tinh`, `/ngheNghiep/2` for the third item of a list) and the
 * item's index when it points inside a list.
 */
export function fieldAt(
  form: ApplicationForm,
  pointer: string,
): { field: FormField; item?: number } | undefined {
  const parts = pointer.split('/').slice(1);
  let fields = form.fields;
  let found: FormField | undefined;
  for (const [i, part] of parts.entries()) {
    const next = fields.find((f) => f.key === part);
    if (!next) {
      const inList = found?.kind === 'list' || found?.kind === 'choices';
      return found && inList && /^\d+$/.test(part) && i === parts.length - 1
        ? { field: found, item: Number(part) }
        : undefined;
    }
    found = next;
    fields = next.fields ?? [];
  }
  return found ? { field: found } : undefined;
}
