/**
 * The forms of TT 01/2018/TT-VPCP as PDF, from plain view-models (`view.ts`). Each form has a renderer
 * (PDF bytes) and the pdfmake definition it renders, kept apart so what the definition carries (the QR
 * code's text, the paper) can be checked without reading a PDF back.
 */
export { apologyDefinition, renderApology } from './apology.ts';
export { controlSheetDefinition, renderControlSheet, timelinessLabels } from './control-sheet.ts';
export type { FormDefinition } from './layout.ts';
export { receiptDefinition, renderReceipt } from './receipt.ts';
export { refusalDefinition, renderRefusal } from './refusal.ts';
export { renderSupplementRequest, supplementRequestDefinition } from './supplement-request.ts';
export { renderTrackingRegister, trackingRegisterDefinition } from './tracking-register.ts';
export type * from './view.ts';
