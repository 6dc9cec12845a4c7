import type { vi } from '../../i18n/vi.ts';

type Texts = typeof vi;

/**
 * The locale namespace of a statistics page (`documentStatistics`, `dossierStatistics`): any namespace with the
 * texts the shared layout, breakdowns and tables read from it.
 */
export type StatisticsTexts = {
  [N in keyof Texts]: Texts[N] extends {
    title: string;
    subtitle: string;
    definitions: string;
    byMonth: string;
    month: string;
    byAgency: string;
    agencyColumn: string;
    empty: string;
  }
    ? N
    : never;
}[keyof Texts];
