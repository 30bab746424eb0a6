/** What an importer could not read, or read only partly: reported to the user, never dropped silently. */
export interface ImportNote {
  severity: 'warning' | 'info';
  /** The file the note is about, when the input is many files (a source checkout), relative to its root. */
  file?: string;
  /** 1-based line in the input, when the note is about one place. */
  line?: number;
  message: string;
}

/** What every importer returns: a model (see model/types.ts) and the notes about reading it. */
export interface ImportResult<M> {
  model: M;
  notes: ImportNote[];
}

export function formatNote(file: string, note: ImportNote): string {
  return `${note.file ?? file}${note.line ? `:${note.line}` : ''}: ${note.severity}: ${note.message}`;
}

/** Where a note points inside its input: `file:line`, `line 12`, or nothing. */
export function notePlace(note: ImportNote): string {
  if (note.file) return `${note.file}${note.line ? `:${note.line}` : ''}`;
  return note.line ? `line ${note.line}` : '';
}

/** The input cannot be read: missing, unrecognised, or not a valid document. Commands exit 2 for it. */
export class ImportError extends Error {}
