// Shared fixtures: the real knowledge base, loaded once per test file, and temporary knowledge folders.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { type KnowledgeBase, KnowledgeError } from '../../src/knowledge/types.js';
import { KNOWLEDGE_DIR } from '../../src/paths.js';
import { Answerer } from '../../src/search/answer.js';
import { askedAnswerTypes } from '../../src/search/asked-kinds.js';

let cached: { kb: KnowledgeBase; answerer: Answerer } | undefined;

export function realKnowledge(): { kb: KnowledgeBase; answerer: Answerer } {
  if (!cached) {
    const kb = loadKnowledge(KNOWLEDGE_DIR);
    cached = { kb, answerer: new Answerer(kb) };
  }
  return cached;
}

/** The kinds of answer (language.json answerTypes) an asking part asks for, read as the engine reads them. */
export function kindsAsked(ask: string): string[] {
  const { language } = realKnowledge().kb;
  return askedAnswerTypes(ask, language.answerTypes, language.patterns).map((a) => a.name);
}

/** A copy of knowledge/ in a temporary folder, with `edit` applied to one of its files. */
export function knowledgeCopy(edit?: { file: string; change: (text: string) => string; translationToo?: boolean }): string {
  const dir = mkdtempSync(join(tmpdir(), 'notice-bot-kb-'));
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  if (edit?.file.endsWith('.md') && edit.translationToo !== false) editNotice(dir, edit.change, edit.file);
  else if (edit) {
    const path = join(dir, edit.file);
    writeFileSync(path, edit.change(readFileSync(path, 'utf8')));
  }
  return dir;
}

/**
 * Edits a notice as an operator would: its translation's Chinese too (the loader refuses a translation
 * whose Chinese no longer matches). When the edit cannot apply to the translation (it adds a paragraph),
 * the translation is removed and the notice is served untranslated.
 */
export function editNotice(dir: string, change: (text: string) => string, file = NOTICE_FILE): void {
  const path = join(dir, file);
  const translation = path.replace(/\.md$/, '.en.json');
  if (existsSync(translation)) {
    const edited = change(readFileSync(translation, 'utf8'));
    let valid = true;
    try {
      JSON.parse(edited);
    } catch {
      valid = false;
    }
    if (valid) writeFileSync(translation, edited);
    else rmSync(translation);
  }
  writeFileSync(path, change(readFileSync(path, 'utf8')));
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
