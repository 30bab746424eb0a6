import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
export const SPEC_DIR = resolve(ROOT, 'spec');
export const GENERATED_DIR = resolve(ROOT, 'generated');
export const TEMPLATES_DIR = resolve(ROOT, 'templates/docs');
export const KITCHEN_SINK = resolve(ROOT, 'test/fixtures/kitchen-sink/spec');
export const fromRoot = (...parts: string[]) => resolve(ROOT, ...parts);
