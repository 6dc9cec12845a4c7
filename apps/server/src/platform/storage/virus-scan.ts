import type { Config } from '../config/config.ts';
import { clamdScanner } from './clamd.ts';
import type { VirusScanner } from './virus-scanner.ts';

const noScan: VirusScanner = { driver: 'none', scan: async () => ({ clean: true }) };

/** The virus scanner the configuration chooses (`VIRUS_SCAN`): none, or the clamd at CLAMD_HOST:CLAMD_PORT. */
export function virusScannerFor(
  config: Pick<Config, 'VIRUS_SCAN' | 'CLAMD_HOST' | 'CLAMD_PORT'>,
): VirusScanner {
  if (config.VIRUS_SCAN === 'clamd')
    return clamdScanner({ host: config.CLAMD_HOST, port: config.CLAMD_PORT });
  return noScan;
}
