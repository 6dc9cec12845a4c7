import type { FastifyInstance } from 'fastify';
import type { Database } from '../../platform/db/database.ts';
import { adminUnitRoutes } from './admin-units/routes.ts';
import { agencyRoutes } from './agencies/routes.ts';
import { departmentRoutes } from './departments/routes.ts';
import { officialRoutes } from './officials/routes.ts';
import { roleRoutes } from './roles/routes.ts';
import { userRoutes } from './users/routes.ts';

/** The directory of agencies and people: agencies, departments, officials, user accounts, roles. */
export async function registerDirectory(app: FastifyInstance, db: Database): Promise<void> {
  await app.register(adminUnitRoutes(db));
  await app.register(agencyRoutes(db));
  await app.register(departmentRoutes(db));
  await app.register(officialRoutes(db));
  await app.register(userRoutes(db));
  await app.register(roleRoutes(db));
}
