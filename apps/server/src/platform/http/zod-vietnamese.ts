import { z } from 'zod';
import { vi } from 'zod/locales';

/**
 * Vietnamese validation messages. Zod's own Vietnamese locale covers every case; the common ones are
 * reworded here the way a Vietnamese form would say them.
 */
const fallback = vi().localeError;

z.config({
  localeError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        if (issue.input === undefined) return 'Trường này là bắt buộc';
        if (issue.expected === 'string') return 'Phải là chuỗi ký tự';
        if (issue.expected === 'number' || issue.expected === 'int') return 'Phải là số';
        if (issue.expected === 'boolean') return 'Phải là đúng (true) hoặc sai (false)';
        if (issue.expected === 'object') return 'Phải là một đối tượng JSON';
        if (issue.expected === 'array') return 'Phải là một danh sách';
        break;
      case 'unrecognized_keys':
        return `Trường không được phép: ${issue.keys.join(', ')}`;
      case 'too_small':
        if (issue.origin === 'string')
          return issue.minimum === 1 ? 'Không được để trống' : `Tối thiểu ${issue.minimum} ký tự`;
        if (issue.origin === 'number') return `Phải lớn hơn hoặc bằng ${issue.minimum}`;
        if (issue.origin === 'array') return `Cần ít nhất ${issue.minimum} phần tử`;
        break;
      case 'too_big':
        if (issue.origin === 'string') return `Tối đa ${issue.maximum} ký tự`;
        if (issue.origin === 'number') return `Phải nhỏ hơn hoặc bằng ${issue.maximum}`;
        if (issue.origin === 'array') return `Tối đa ${issue.maximum} phần tử`;
        break;
      case 'invalid_value':
        return `Giá trị phải là một trong: ${issue.values.map(String).join(', ')}`;
      case 'invalid_format':
        if (issue.format === 'email') return 'Địa chỉ email không hợp lệ';
        if (issue.format === 'uuid') return 'Mã định danh (UUID) không hợp lệ';
        if (issue.format === 'url') return 'Địa chỉ web (URL) không hợp lệ';
        break;
    }
    return fallback(issue);
  },
});

export { z };
