import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';

// pdfmake's own Roboto covers Vietnamese; Times New Roman (Phụ lục I) is not free to ship
const fontDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);
let ready = false;

function ensureFonts() {
  if (ready) return;
  pdfmake.setFonts({
    Roboto: {
      normal: path.join(fontDir, 'Roboto-Regular.ttf'),
      bold: path.join(fontDir, 'Roboto-Medium.ttf'),
      italics: path.join(fontDir, 'Roboto-Italic.ttf'),
      bolditalics: path.join(fontDir, 'Roboto-MediumItalic.ttf'),
    },
  });
  // only the fonts above may be read from disk, and nothing from the network
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir));
  pdfmake.setUrlAccessPolicy(() => false);
  ready = true;
}

/** A pdfmake document definition rendered to PDF bytes, with the platform's fonts and no outside access. */
export function renderPdf(definition: Record<string, unknown>): Promise<Buffer> {
  ensureFonts();
  return pdfmake.createPdf(definition).getBuffer();
}
