import type { Readable } from 'node:stream';

/** What a scan found: nothing, or the name of the signature that matched. */
export type ScanResult = { clean: true } | { clean: false; signature: string };

/** The scanner could not say (unreachable, timed out, answered an error): the file must not be taken. */
export class VirusScanUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VirusScanUnavailableError';
  }
}

/**
 * Checks files people outside the administration send (applicants on the portal) before they are kept.
 * `open` gives the content to read; a scanner that reads nothing never calls it. Drivers: `none` (every
 * file clean) and `clamd` (a ClamAV daemon over TCP, clamd.ts), chosen by `VIRUS_SCAN` (virus-scan.ts).
 */
export interface VirusScanner {
  readonly driver: 'none' | 'clamd';
  /** Throws VirusScanUnavailableError when it cannot tell: callers refuse the file (fail closed). */
  scan(open: () => Promise<Readable>): Promise<ScanResult>;
}
