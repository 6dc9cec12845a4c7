/**
 * The enveloped XML-DSig signature in `edXMLHeader` (xml-crypto). Verification checks the signature against
 * the certificate the package carries; whether that certificate is one you trust is a separate question
 * (pass `trustedCertificates`, or check `certificate` against your CA yourself).
 */
import { type KeyLike, X509Certificate } from 'node:crypto';
import { DOMParser } from '@xmldom/xmldom';
import { SignedXml } from 'xml-crypto';
import { EdxmlError } from './errors.ts';
import { XMLDSIG_NAMESPACE } from './model.ts';
import { type ParseOptions, parseEdxml } from './read.ts';
import { toBuffer } from './xml.ts';

export interface CertificateInfo {
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  /** SHA-256 fingerprint, `AB:CD:…`. */
  fingerprint256: string;
}

export interface SignatureCheck {
  status: 'valid' | 'invalid' | 'absent';
  /** Why the signature is invalid (Vietnamese). */
  reason?: string;
  certificate?: CertificateInfo;
  /** Set when `trustedCertificates` was given: whether the signing certificate is one of them. */
  trusted?: boolean;
}

function info(cert: X509Certificate): CertificateInfo {
  return {
    subject: cert.subject,
    issuer: cert.issuer,
    validFrom: cert.validFrom,
    validTo: cert.validTo,
    fingerprint256: cert.fingerprint256,
  };
}

function pemOf(base64: string): string {
  const body = base64.replace(/\s+/g, '');
  return `-----BEGIN CERTIFICATE-----\n${body.replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;
}

/** The XML text from its first `<` (after a BOM or junk bytes, which `parseEdxml` reports). */
function xmlText(input: Uint8Array | string): string {
  const text = toBuffer(input).toString('utf8');
  const decl = text.indexOf('<?xml');
  return text.slice(decl !== -1 && decl <= 4096 ? decl : Math.max(0, text.indexOf('<')));
}

function parseDom(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: {
      warning: () => {},
      error: (m: string) => errors.push(m),
      fatalError: (m: string) => errors.push(m),
    },
  }).parseFromString(xml, 'text/xml');
  if (errors.length > 0) throw new EdxmlError('XML_SYNTAX', `XML không hợp lệ: ${errors[0]}`);
  return doc as unknown as Document;
}

/**
 * Checks the enveloped signature of a package. The input first goes through `parseEdxml`'s checks (size,
 * no DTD, well-formed), so an `EdxmlError` is thrown for input that would be rejected anyway.
 */
export function verifyEdxmlSignature(
  input: Uint8Array | string,
  options: ParseOptions & { trustedCertificates?: string[] } = {},
): SignatureCheck {
  parseEdxml(input, options);
  const xml = xmlText(input);
  const doc = parseDom(xml);
  const signatures = Array.from(doc.getElementsByTagNameNS(XMLDSIG_NAMESPACE, 'Signature'));
  if (signatures.length === 0) {
    const other = Array.from(doc.getElementsByTagName('*')).some((e) => e.localName === 'Signature');
    return other
      ? {
          status: 'invalid',
          reason: `<Signature> không thuộc không gian tên XML-DSig (${XMLDSIG_NAMESPACE}), không kiểm tra được`,
        }
      : { status: 'absent' };
  }
  if (signatures.length > 1)
    return { status: 'invalid', reason: `Có ${signatures.length} chữ ký, chỉ chấp nhận một` };
  const signature = signatures[0]!;
  const certNode = signature.getElementsByTagNameNS(XMLDSIG_NAMESPACE, 'X509Certificate')[0];
  if (!certNode?.textContent?.trim())
    return { status: 'invalid', reason: 'Chữ ký không kèm chứng thư số (KeyInfo/X509Data/X509Certificate)' };
  let cert: X509Certificate;
  const pem = pemOf(certNode.textContent);
  try {
    cert = new X509Certificate(pem);
  } catch (error) {
    return { status: 'invalid', reason: `Chứng thư số trong chữ ký hỏng: ${(error as Error).message}` };
  }
  const result: SignatureCheck = { status: 'valid', certificate: info(cert) };
  if (options.trustedCertificates)
    result.trusted = options.trustedCertificates.some((t) => {
      try {
        return new X509Certificate(t).fingerprint256 === cert.fingerprint256;
      } catch {
        return false;
      }
    });
  const verifier = new SignedXml({ publicCert: pem, getCertFromKeyInfo: () => null });
  try {
    verifier.loadSignature(signature as unknown as Node);
    if (!verifier.checkSignature(xml))
      return { ...result, status: 'invalid', reason: 'Chữ ký không khớp nội dung' };
  } catch (error) {
    return { ...result, status: 'invalid', reason: `Chữ ký không khớp: ${(error as Error).message}` };
  }
  return result;
}

export interface SignOptions {
  /** Private key (PEM or KeyObject). */
  privateKey: KeyLike;
  /** The signer's certificate, PEM. Put into KeyInfo/X509Data. */
  certificate: string;
  /** Default rsa-sha256 with sha256 digests; `sha1` gives the VPCP sample's rsa-sha1. */
  algorithm?: 'sha256' | 'sha1';
}

/**
 * Signs a package (as written by `writeDocumentPackage`, or any package text): an enveloped signature over
 * the whole document (`Reference URI=""`, enveloped-signature + exclusive c14n), appended to
 * `edXMLHeader` as the standard places it. Returns the signed XML text.
 */
export function signEdxml(input: Uint8Array | string, options: SignOptions): string {
  parseEdxml(input);
  const xml = xmlText(input);
  const sha1 = options.algorithm === 'sha1';
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(options.certificate);
  } catch (error) {
    throw new EdxmlError('SIGNATURE', `Chứng thư số không đọc được: ${(error as Error).message}`);
  }
  const signer = new SignedXml({
    privateKey: options.privateKey,
    publicCert: certificate.toString(),
    signatureAlgorithm: sha1
      ? 'http://www.w3.org/2000/09/xmldsig#rsa-sha1'
      : 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  });
  signer.addReference({
    xpath: '/*',
    transforms: [
      'http://www.w3.org/2000/09/xmldsig#enveloped-signature',
      'http://www.w3.org/2001/10/xml-exc-c14n#',
    ],
    digestAlgorithm: sha1
      ? 'http://www.w3.org/2000/09/xmldsig#sha1'
      : 'http://www.w3.org/2001/04/xmlenc#sha256',
    isEmptyUri: true,
  });
  try {
    signer.computeSignature(xml, {
      location: {
        reference: "/*/*[local-name()='edXMLEnvelope']/*[local-name()='edXMLHeader']",
        action: 'append',
      },
    });
  } catch (error) {
    throw new EdxmlError('SIGNATURE', `Không ký được: ${(error as Error).message}`);
  }
  return signer.getSignedXml();
}
