import type { PublicDirectory } from '@congso/portal';
import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.ts';
import { matchesAllWords } from '../../platform/db/search.ts';

/** What the directory publishes: active agencies and their public contact data, nothing about people. */
export function publicDirectory(db: Database): PublicDirectory {
  return {
    async siteName() {
      const root = await db
        .selectFrom('agencies')
        .select('name')
        .where('parentId', 'is', null)
        .where('level', '=', 'province')
        .where('isActive', '=', true)
        .orderBy('createdAt')
        .executeTakeFirst();
      return root
        ? `Cổng thông tin điện tử ${root.name.replace(/^Ủy ban nhân dân /, '')}`
        : 'Cổng thông tin điện tử CôngSở';
    },
    async searchAgencies(q, page, pageSize) {
      let base = db
        .selectFrom('agencies as a')
        .leftJoin('agencies as p', 'p.id', 'a.parentId')
        .where('a.isActive', '=', true);
      if (q) base = base.where(matchesAllWords('a.search', q));
      const [{ total }, items] = await Promise.all([
        base.select(sql<number>`count(*)`.as('total')).executeTakeFirstOrThrow(),
        base
          .select([
            'a.id',
            'a.name',
            'a.level',
            'p.name as parentName',
            'a.address',
            'a.phone',
            'a.email',
            'a.website',
          ])
          .orderBy(sql`array_length(a.path, 1)`)
          .orderBy('a.sortOrder')
          .orderBy(sql`a.name collate vietnamese`)
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
      ]);
      return { items, total: Number(total), page, pageSize };
    },
  };
}
