/** A procedure's application form (tờ khai) as GET /api/procedures/:id/form answers. */
export interface ApplicationFormView {
  procedure: { id: string; code: string; name: string };
  /** the form as JSON Schema; null: the procedure has no application form */
  schema: Record<string, unknown> | null;
  updatedAt: string;
  can: { manage: boolean };
}
