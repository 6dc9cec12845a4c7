import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EdxmlError,
  parseDocumentPackage,
  parseEdxml,
  signEdxml,
  verifyEdxmlSignature,
  writeDocumentPackage,
} from '../src/index.ts';
import { fixture } from './fixtures.ts';

let dir: string;
let key: string;
let cert: string;
let otherCert: string;

/** A self-signed key and certificate made with openssl for this run. */
function makeCertificate(name: string, subject: string): { key: string; cert: string } {
  const keyFile = path.join(dir, `${name}.key`);
  const certFile = path.join(dir, `${name}.crt`);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '30',
      '-subj',
      subject,
    ],
    { stdio: 'pipe' },
  );
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'edxml-sign-'));
  ({ key, cert } = makeCertificate('signer', '/C=VN/O=UBND tinh Thu nghiem/CN=Van thu So Noi vu'));
  otherCert = makeCertificate('other', '/CN=Someone else').cert;
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const unsigned = () =>
  writeDocumentPackage(
    parseDocumentPackage(fixture('API-Gateway-iOffice/xml_2025_10_9e272474-gateway.edxml')).package,
  );

describe('XML-DSig', () => {
  it('signs a package and verifies it, naming the certificate subject', () => {
    const signed = signEdxml(unsigned(), { privateKey: key, certificate: cert });
    expect(signed).toMatch(
      /<\/edXML:TraceHeaderList>\s*<Signature xmlns="http:\/\/www\.w3\.org\/2000\/09\/xmldsig#">/,
    );
    const parsed = parseEdxml(signed);
    expect(parsed.signature).toBe('present');
    expect(parsed.warnings).toEqual([]); // a signature in the XML-DSig namespace: nothing to report
    const check = verifyEdxmlSignature(signed, { trustedCertificates: [cert] });
    expect(check.status).toBe('valid');
    expect(check.certificate?.subject).toBe('C=VN\nO=UBND tinh Thu nghiem\nCN=Van thu So Noi vu');
    expect(check.trusted).toBe(true);
    expect(verifyEdxmlSignature(signed, { trustedCertificates: [otherCert] }).trusted).toBe(false);
    // the model is unchanged by signing
    expect(parsed.package).toEqual(parseEdxml(unsigned()).package);
  });

  it('signs with rsa-sha1 as the VPCP sample does', () => {
    const signed = signEdxml(unsigned(), { privateKey: key, certificate: cert, algorithm: 'sha1' });
    expect(signed).toContain('http://www.w3.org/2000/09/xmldsig#rsa-sha1');
    expect(verifyEdxmlSignature(signed).status).toBe('valid');
  });

  it('finds a tampered package invalid', () => {
    const signed = signEdxml(unsigned(), { privateKey: key, certificate: cert });
    const tampered = signed.replace(
      '<edXML:Subject>Gộp 3 file</edXML:Subject>',
      '<edXML:Subject>Gộp 4 file</edXML:Subject>',
    );
    expect(tampered).not.toBe(signed);
    const check = verifyEdxmlSignature(tampered);
    expect(check.status).toBe('invalid');
    expect(check.reason).toMatch(/không khớp/);
    expect(check.certificate?.subject).toMatch(/CN=Van thu So Noi vu/);
    // an attachment changed by one byte
    const attachment = signed.replace(/(ContentTransferEncoded[^>]*>)JVBERi0x/, '$1JVBERi0y');
    expect(attachment).not.toBe(signed);
    expect(verifyEdxmlSignature(attachment).status).toBe('invalid');
  });

  it('absent when the package has none', () => {
    expect(verifyEdxmlSignature(unsigned())).toEqual({ status: 'absent' });
  });

  it('the real samples: dummy signatures are invalid, with the reason', () => {
    // XML-DSig namespace, a real VNPT certificate, a signature that does not match
    const vpcp = verifyEdxmlSignature(fixture('tltvbqn/resources_edoc.edxml'));
    expect(vpcp.status).toBe('invalid');
    expect(vpcp.certificate?.subject).toMatch(/CN=TRẦN ANH TUẤN/);
    // unqualified <Signature> (in the edXML namespace) as the SDK serializer writes it
    expect(
      verifyEdxmlSignature(fixture('API-Gateway-iOffice/xml_2019_5_852e179c-sdk-serialized.edxml')),
    ).toEqual({
      status: 'invalid',
      reason:
        '<Signature> không thuộc không gian tên XML-DSig (http://www.w3.org/2000/09/xmldsig#), không kiểm tra được',
    });
  });

  it('refuses to sign with a certificate it cannot read', () => {
    expect(() => signEdxml(unsigned(), { privateKey: key, certificate: 'not a certificate' })).toThrow(
      EdxmlError,
    );
  });
});
