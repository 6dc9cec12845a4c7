/** A backup or restore refused or failed for a reason worth telling the operator as is (Vietnamese / English). */
export class BackupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BackupError';
  }
}

/** The archive is not what its manifest says: damaged, truncated or edited. */
export class ArchiveDamagedError extends BackupError {
  constructor(detail: string, options?: { cause?: unknown }) {
    super(`Bản sao lưu bị hỏng hoặc bị sửa / the archive is damaged or was altered: ${detail}`, options);
    this.name = 'ArchiveDamagedError';
  }
}
