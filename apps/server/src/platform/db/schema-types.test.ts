import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { generateDbTypes, generatedTypesFile } from '../../../scripts/generate-db-types.ts';

describe('generated Kysely types', () => {
  it('match the migrated schema (run `npm run db:types` after adding a migration)', async () => {
    const upToDate = await generateDbTypes(inject('pgAdminUrl'), generatedTypesFile, true);
    expect(upToDate, `${path.basename(generatedTypesFile)} is stale`).toBe(true);
  }, 60_000);
});
