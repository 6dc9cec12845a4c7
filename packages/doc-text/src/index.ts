export { DocTextError, type DocTextErrorCode } from './errors.ts';
export {
  DOCX,
  type ExtractedText,
  type ExtractOptions,
  extractText,
  PDF,
  supportedMediaTypes,
} from './extract.ts';
export { tidy } from './text.ts';
