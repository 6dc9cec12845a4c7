export { paymentPage, receiptUrl } from './fee-page.ts';
export { paymentStatusText } from './labels.ts';
export { paymentNotFoundPage } from './not-found-page.ts';
export { paymentResultPage } from './result-page.ts';
export { sandboxGatewayPage, sandboxRefusalPage } from './sandbox-page.ts';
export type * from './types.ts';
