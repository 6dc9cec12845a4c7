import type { vi } from './vi.ts';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The shape every language must fill: the Vietnamese dictionary with its texts as plain strings. */
export type Messages = Strings<typeof vi>;
