import {
  type ApplicationForm,
  allFormFields,
  FIELD_ORDER_KEYWORD,
  type FormSchemaProblem,
  fieldAt,
  readApplicationForm,
} from '@congso/one-stop';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';

/**
 * The application form (tờ khai) of a procedure: checking a schema before it is saved, and checking what an
 * applicant filled in against it. The subset the renderers draw is read by `@congso/one-stop`
 * (`readApplicationForm`); ajv says whether the schema is JSON Schema at all and validates the data, and
 * its errors are told again in Vietnamese with the titles of the fields.
 */

// coerceTypes 'array': the portal posts HTML forms, whose numbers, yes/no and single choices come as text
const ajv = new Ajv({ allErrors: true, coerceTypes: 'array', logger: false });
formats.default(ajv, ['date', 'email']);

/** A problem with the data: a JSON pointer into it and what is wrong, in Vietnamese. */
export interface FormDataProblem {
  pointer: string;
  message: string;
}

export type FormDataCheck =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; problems: FormDataProblem[] };

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The schema as ajv compiles it: without `$schema` (the subset means the same in every supported version,
 * and ajv knows only draft-07 by default), `$id` (ids would collide between procedures) and our `x-order`
 * (strict ajv refuses keywords it does not know), and closed
 * (`additionalProperties: false`): a field the form does not have is refused, not silently stored.
 */
function compilable(schema: Node): Node {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  const close = ({ [FIELD_ORDER_KEYWORD]: _order, ...node }: Node): Node => {
    const properties = isNode(node.properties) ? node.properties : {};
    return {
      ...node,
      additionalProperties: false,
      properties: Object.fromEntries(
        Object.entries(properties).map(([key, child]) => [
          key,
          isNode(child) && child.type === 'object' ? close(child) : child,
        ]),
      ),
    };
  };
  return close(rest);
}

// compiled validators by schema text; the oldest go first, and ajv forgets them too
const compiled = new Map<string, { schema: Node; validate: ValidateFunction }>();
const MAX_COMPILED = 200;

function validatorFor(schema: Node): ValidateFunction {
  const key = JSON.stringify(schema);
  const hit = compiled.get(key);
  if (hit) return hit.validate;
  const closed = compilable(schema);
  const validate = ajv.compile(closed);
  compiled.set(key, { schema: closed, validate });
  if (compiled.size > MAX_COMPILED) {
    const [oldest, entry] = compiled.entries().next().value!;
    compiled.delete(oldest);
    ajv.removeSchema(entry.schema);
  }
  return validate;
}

/**
 * Every reason not to save the schema as a procedure's form: outside the subset (with the place in the
 * schema), or not valid JSON Schema. None: it can be saved and rendered.
 */
export function formSchemaProblems(schema: unknown): FormSchemaProblem[] {
  const read = readApplicationForm(schema);
  if ('problems' in read) return read.problems;
  const node = schema as Node;
  if (!ajv.validateSchema(compilable(node)))
    return (ajv.errors ?? []).map((e) => ({
      pointer: e.instancePath,
      message: `Không đúng quy tắc của JSON Schema (${e.message ?? e.keyword})`,
    }));
  try {
    validatorFor(node);
  } catch (error) {
    return [{ pointer: '', message: `Không dùng được biểu mẫu này: ${(error as Error).message}` }];
  }
  return [];
}

/** Text left empty counts as not filled in: trimmed, and empty values, lists and groups dropped. */
function cleaned(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (Array.isArray(value)) {
    const items = value.map(cleaned).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (isNode(value)) {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, cleaned(item)] as const)
      .filter(([, item]) => item !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

const numberText = (value: unknown) => new Intl.NumberFormat('vi-VN').format(Number(value));
const escapeKey = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

const TYPE_TEXT: Record<string, string> = {
  string: 'phải là chuỗi ký tự',
  integer: 'phải là số nguyên',
  number: 'phải là số',
  boolean: 'phải là Có hoặc Không',
  array: 'phải là danh sách',
  object: 'phải là một nhóm thông tin',
};

/** What is wrong, after "Trường 'X' ". */
function complaint(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return TYPE_TEXT[String(p.type)] ?? 'có kiểu không đúng';
    case 'format':
      return p.format === 'date' ? 'phải là ngày hợp lệ' : 'phải là địa chỉ thư điện tử hợp lệ';
    case 'enum':
      return `phải là một trong các giá trị: ${(p.allowedValues as unknown[]).join(', ')}`;
    case 'maxLength':
      return `không được dài quá ${numberText(p.limit)} ký tự`;
    case 'minLength':
      return `phải có ít nhất ${numberText(p.limit)} ký tự`;
    case 'pattern':
      return 'không đúng định dạng';
    case 'minimum':
      return `không được nhỏ hơn ${numberText(p.limit)}`;
    case 'maximum':
      return `không được lớn hơn ${numberText(p.limit)}`;
    case 'minItems':
      return `phải có ít nhất ${numberText(p.limit)} mục`;
    case 'maxItems':
      return `không được quá ${numberText(p.limit)} mục`;
    case 'uniqueItems':
      return 'có mục bị trùng';
    default:
      return 'không hợp lệ';
  }
}

function problemOf(form: ApplicationForm, error: ErrorObject): FormDataProblem {
  const p = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') {
    const key = String(p.additionalProperty);
    return {
      pointer: `${error.instancePath}/${escapeKey(key)}`,
      message: `Trường '${key}' không có trong tờ khai`,
    };
  }
  const pointer =
    error.keyword === 'required'
      ? `${error.instancePath}/${escapeKey(String(p.missingProperty))}`
      : error.instancePath;
  const at = fieldAt(form, pointer);
  const name = at
    ? `'${at.field.title}'${at.item === undefined ? '' : ` (mục ${at.item + 1})`}`
    : `'${pointer}'`;
  const what = error.keyword === 'required' ? 'là bắt buộc' : complaint(error);
  return { pointer, message: `Trường ${name} ${what}` };
}

/**
 * Checks what an applicant filled in against the procedure's form. `ok` answers the data as it is to be
 * kept (text trimmed, empty answers dropped, numbers and yes/no read from text); otherwise one problem per
 * place, in the order of the form, each naming the field by its title ("Trường 'Họ và tên' là bắt buộc").
 * The schema must be one that was accepted on save (`formSchemaProblems`); anything else is a bug.
 */
export function checkFormData(schema: unknown, data: unknown): FormDataCheck {
  const read = readApplicationForm(schema);
  if ('problems' in read) throw new Error('checkFormData: the schema is not a supported application form');
  if (!isNode(data))
    return { ok: false, problems: [{ pointer: '', message: 'Tờ khai phải là một đối tượng JSON' }] };
  const value = (cleaned(data) ?? {}) as Record<string, unknown>;
  const validate = validatorFor(schema as Node);
  if (validate(value)) return { ok: true, data: value };

  const order = allFormFields(read.form).map((f) => f.pointer);
  // a field's own place, else the list it is an item of; fields the form does not have come last
  const rank = (pointer: string) => {
    const exact = order.indexOf(pointer);
    const i = exact !== -1 ? exact : order.findIndex((p) => pointer.startsWith(`${p}/`));
    return i === -1 ? order.length : i;
  };
  const problems = new Map<string, FormDataProblem>();
  for (const error of validate.errors ?? []) {
    const problem = problemOf(read.form, error);
    if (!problems.has(problem.pointer)) problems.set(problem.pointer, problem);
  }
  return { ok: false, problems: [...problems.values()].sort((a, b) => rank(a.pointer) - rank(b.pointer)) };
}
