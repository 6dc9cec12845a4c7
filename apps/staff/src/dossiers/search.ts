import { dossierStatuses } from '@congso/one-stop/lifecycle';
import { isoDate, type ListSearch, listSearch, optionalString } from '../shared/search-params.ts';
import { type Channel, type DossierStatus, type Queue, queues } from './types.ts';

export interface DossiersSearch extends ListSearch {
  queue?: Queue | undefined;
  status?: DossierStatus | undefined;
  procedureId?: string | undefined;
  channel?: Channel | undefined;
  receivedFrom?: string | undefined;
  receivedTo?: string | undefined;
}

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  values.find((v) => v === value);

export function dossiersSearch(search: Record<string, unknown>): DossiersSearch {
  return {
    ...listSearch(search),
    queue: oneOf(queues, search.queue),
    status: oneOf(dossierStatuses, search.status),
    procedureId: optionalString(search.procedureId),
    channel: oneOf(['counter', 'online', 'post'] as const, search.channel),
    receivedFrom: isoDate(search.receivedFrom),
    receivedTo: isoDate(search.receivedTo),
  };
}
