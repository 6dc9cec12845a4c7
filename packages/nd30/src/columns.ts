/** One column of a printed register or list: an English camelCase key and its Vietnamese heading. */
export interface RegisterColumn {
  key: string;
  heading: string;
}

/** A table's columns, frozen so that no caller can reorder or rename the printed form's columns. */
export const freezeColumns = (columns: RegisterColumn[]): readonly RegisterColumn[] =>
  Object.freeze(columns.map((c) => Object.freeze(c)));
