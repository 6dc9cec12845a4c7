import { describe, expect, it } from 'vitest';
import { readSchemaText, schemaText, starterSchema } from './schema-text.ts';

describe('the text of the form schema editor', () => {
  it('says where the JSON breaks', () => {
    expect(readSchemaText('{\n  "type": "object",\n  "title": }')).toMatchObject({ state: 'unparsable' });
    expect(readSchemaText('{\n  "type": "object"\n  "title": "T"}')).toMatchObject({
      state: 'unparsable',
      line: 3,
      column: 3,
    });
    expect(readSchemaText('  ')).toEqual({ state: 'empty' });
  });

  it('checks the subset the renderers draw, as the server does', () => {
    const read = readSchemaText(
      '{"type":"object","title":"T","properties":{"a":{"type":"string","title":"A","format":"uri"}}}',
    );
    expect(read).toMatchObject({
      state: 'outside',
      problems: [
        {
          pointer: '/properties/a/format',
          message: 'Định dạng "uri" không được hỗ trợ; chỉ dùng được date (ngày) và email',
        },
      ],
    });
  });

  it('starts from a form that is ready to use', () => {
    expect(readSchemaText(schemaText(starterSchema))).toEqual({ state: 'ready', schema: starterSchema });
    expect(schemaText(null)).toBe('');
  });
});
