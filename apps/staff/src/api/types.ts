/** One page of a list, as every CôngSở list endpoint answers. */
export interface Page<T> {
  items: T[];
  total: number;
  /** more than `total` match (the server stops counting) */
  more?: boolean;
  page: number;
  pageSize: number;
}

export interface Ref {
  id: string;
  name: string;
}
