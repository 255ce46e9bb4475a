// Where the project's own files are, independent of the working directory.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const KNOWLEDGE_DIR = join(PROJECT_ROOT, 'knowledge');
