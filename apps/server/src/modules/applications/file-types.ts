import path from 'node:path';

/**
 * The kinds of file an applicant may upload, known by what the file starts with (its magic bytes) and not
 * only by its name or the type the browser declares: a program renamed `.pdf` is refused.
 */
interface AcceptedType {
  label: string;
  extensions: string[];
  mediaType: string;
  magic: number[];
}

const accepted: AcceptedType[] = [
  { label: 'PDF', extensions: ['.pdf'], mediaType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { label: 'JPEG', extensions: ['.jpg', '.jpeg'], mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  {
    label: 'PNG',
    extensions: ['.png'],
    mediaType: 'image/png',
    magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  },
  // Word 97–2003: an OLE2 compound file
  {
    label: 'DOC',
    extensions: ['.doc'],
    mediaType: 'application/msword',
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  },
  // Office Open XML: a ZIP package
  {
    label: 'DOCX',
    extensions: ['.docx'],
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
];

/** How many bytes `typeByContent` needs to see. */
export const MAGIC_BYTES = Math.max(...accepted.map((t) => t.magic.length));

export const ACCEPTED_TYPES_TEXT = 'PDF, JPEG, PNG, DOC hoặc DOCX';

/** The accepted type a file's name claims, or undefined when its extension is not one we take. */
export function typeByName(fileName: string): AcceptedType | undefined {
  const extension = path.extname(fileName).toLowerCase();
  return accepted.find((t) => t.extensions.includes(extension));
}

/** Whether the content starts as a file of that type does. */
export function contentMatches(type: AcceptedType, head: Uint8Array): boolean {
  return type.magic.every((byte, i) => head[i] === byte);
}
