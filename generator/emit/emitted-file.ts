/** What an emitter returns: a file's path (relative to the output directory) and its content. */
export interface EmittedFile {
  path: string;
  content: string;
  /**
   * Set by an emitter whose text is not in its final layout (the TypeScript printer's rare case,
   * emit/typescript/printer.ts): the pipeline formats it with prettier. Every other file is written
   * as emitted.
   */
  needsFormatting?: boolean;
}

/** The signature every emitter has: a function of the model alone. */
export type Emitter<Options = void> = (model: import('../model/types.js').Model, options: Options) => EmittedFile[];
