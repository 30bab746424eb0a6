/**
 * The npm package ships package/README.md (written for bot developers), not the repository's
 * README.md, which npm and pnpm always pack from the package root. `swap` (prepack) puts the
 * package's README in its place, keeping the repository's beside it; `restore` (postpack) puts it
 * back. Both are safe to run twice, and `restore` after an interrupted pack.
 */
import { copyFileSync, existsSync, renameSync } from 'node:fs';

const KEPT = '.README.repository.md';
const command = process.argv[2];
if (command === 'swap') {
  if (!existsSync(KEPT)) renameSync('README.md', KEPT);
  copyFileSync('package/README.md', 'README.md');
} else if (command === 'restore') {
  if (existsSync(KEPT)) renameSync(KEPT, 'README.md');
} else {
  console.error('usage: tsx scripts/package-readme.ts swap|restore');
  process.exit(2);
}
