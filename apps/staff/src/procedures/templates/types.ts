/** A template file (mẫu đơn, tờ khai) of a procedure's document, as the server's modules/procedures answers it. */
export interface ProcedureTemplate {
  id: string;
  /** The required document it is the template of, by its name in the procedure. */
  document: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  uploadedBy: string | null;
  /** Where the public portal serves it while the procedure is in use. */
  publicPath: string;
}
