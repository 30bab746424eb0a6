/** What an emitter returns: a file's path (relative to the output directory) and its content. */
export interface EmittedFile {
  path: string;
  content: string;
}

/** The signature every emitter has: a function of the model alone. */
export type Emitter<Options = void> = (model: import('../model/types.js').Model, options: Options) => EmittedFile[];
