export { amountInFigures, amountInWords, numberInWords } from './amount-in-words.ts';
export {
  describeResponse,
  type IpnAnswer,
  ipnAnswers,
  isFinalAnswer,
  RESPONSE_CANCELLED,
  RESPONSE_SUCCESS,
  type ResponseCode,
  responseCodes,
  TRANSACTION_FAILED,
  TRANSACTION_SUCCESS,
  transactionStatuses,
} from './codes.ts';
export { formatGatewayTime, parseGatewayTime } from './dates.ts';
export {
  encodeComponent,
  type GatewayParams,
  isProtocolParam,
  parseQuery,
  queryOf,
  SECURE_HASH,
  SECURE_HASH_TYPE,
  signedData,
} from './query.ts';
export {
  amountOf,
  gatewayAmount,
  MAX_AMOUNT,
  MAX_ORDER_INFO,
  type Merchant,
  type PaymentOrder,
  type PaymentRequest,
  PROTOCOL_VERSION,
  paymentRequestParams,
  paymentUrl,
  plainOrderInfo,
  type ReadRequest,
  type RequestRefusal,
  readPaymentRequest,
  requestRefusals,
} from './request.ts';
export {
  isPaid,
  type PaymentResult,
  paymentResultParams,
  type ReadResult,
  readPaymentResult,
} from './result.ts';
export { hasValidSignature, secureHash, signed, signedQuery } from './signature.ts';
