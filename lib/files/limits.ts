/** Per attached file (client-safe: the composer checks before uploading, the verb enforces). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
