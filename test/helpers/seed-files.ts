/** The seed documents, read from ../shared/seeds beside the repository (CI clones shared/ there). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fromRoot } from './paths.js';

export const SEED_FILES_DIR = fromRoot('../shared/seeds');

/** The path of the seed whose name starts with `prefix` (`002`, `004`). */
export const seedPath = (prefix: string) => join(SEED_FILES_DIR, readdirSync(SEED_FILES_DIR).find((f) => f.startsWith(prefix))!);
