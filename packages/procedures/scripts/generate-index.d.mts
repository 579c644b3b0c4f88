/** The text of src/internal/files.ts for the definition and sample files on disk. */
export function generateIndex(): string;
