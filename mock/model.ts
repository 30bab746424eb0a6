/**
 * The model the mock serves when it is given none: `generated/model/model.json`, which `pnpm
 * generate` writes from the spec. The package ships it at the same place under dist/, so the mock
 * runs without the YAML loader (a development dependency) or the spec files.
 */
import { readFile } from 'node:fs/promises';
import type { Model } from '../generator/model/types.js';

const BUNDLED = new URL('../generated/model/model.json', import.meta.url);

export async function bundledModel(): Promise<Model> {
  let text: string;
  try {
    text = await readFile(BUNDLED, 'utf8');
  } catch (error) {
    throw new Error(`the mock's model is missing (${BUNDLED.pathname}); in a checkout of the repository, run \`pnpm generate\``, { cause: error });
  }
  return (JSON.parse(text) as { model: Model }).model;
}
