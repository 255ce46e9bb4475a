// Shared fixtures: the real knowledge base, loaded once per test file, and temporary knowledge folders.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { type KnowledgeBase, KnowledgeError } from '../../src/knowledge/types.js';
import { KNOWLEDGE_DIR } from '../../src/paths.js';
import { Answerer } from '../../src/search/answer.js';

let cached: { kb: KnowledgeBase; answerer: Answerer } | undefined;

export function realKnowledge(): { kb: KnowledgeBase; answerer: Answerer } {
  if (!cached) {
    const kb = loadKnowledge(KNOWLEDGE_DIR);
    cached = { kb, answerer: new Answerer(kb) };
  }
  return cached;
}

/** A copy of knowledge/ in a temporary folder, with `edit` applied to one of its files. */
export function knowledgeCopy(edit?: { file: string; change: (text: string) => string; translationToo?: boolean }): string {
  const dir = mkdtempSync(join(tmpdir(), 'notice-bot-kb-'));
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  if (edit) {
    const path = join(dir, edit.file);
    writeFileSync(path, edit.change(readFileSync(path, 'utf8')));
    // An edited notice is refused while its translation still holds the old Chinese: by default the same
    // edit goes into the translation's zh text too, as an operator updating both would do.
    const translation = path.replace(/\.md$/, '.en.json');
    if (edit.file.endsWith('.md') && edit.translationToo !== false && existsSync(translation))
      writeFileSync(translation, edit.change(readFileSync(translation, 'utf8')));
  }
  return dir;
}

export const NOTICE_FILE = 'notices/gz-mzt-2020-02-20.md';
export const NOTICE_ID = 'gz-mzt-2020-02-20';

/** The KnowledgeError loading `dir` raises; fails the test when it loads. */
export function loadError(dir: string): KnowledgeError {
  try {
    loadKnowledge(dir);
  } catch (err) {
    if (err instanceof KnowledgeError) return err;
    throw err;
  }
  throw new Error('expected the knowledge base to be rejected');
}
