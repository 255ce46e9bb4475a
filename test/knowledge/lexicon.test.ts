// Language knowledge is data: every lexicon, language.json, a notice's profile and the decision model are
// validated at load, and an error names the file and the line.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineOfPath, linesOfItems, MAX_DATA_FILE_BYTES } from '../../src/knowledge/data-file.js';
import { buildGlossary } from '../../src/knowledge/glossary.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { KNOWLEDGE_DIR } from '../../src/paths.js';
import { Answerer } from '../../src/search/answer.js';
import { knowledgeCopy, loadError, NOTICE_ID } from '../support/knowledge.js';

describe('language knowledge files', () => {
  it('a lexicon entry without words is refused with its file and line', () => {
    const lines = [
      '{',
      '  "variety": "southwest",',
      '  "entries": [',
      '    { "said": ["咋个"], "means": ["怎么"] },',
      '    { "said": [], "means": ["什么"] }',
      '  ]',
      '}',
    ];
    const dir = knowledgeCopy();
    writeFileSync(join(dir, 'lexicon/broken.json'), lines.join('\n'));
    const err = loadError(dir);
    expect(err.file).toMatch(/lexicon\/broken\.json$/);
    expect(err.line).toBe(5);
  });

  it('invalid JSON, a bad pattern and an oversized file are refused with file and line', () => {
    const json = knowledgeCopy({ file: 'lexicon/government.json', change: (t) => t.replace('"entries": [', '"entries": [,') });
    expect(loadError(json).message).toMatch(/government\.json:\d+: not valid JSON/);
    const pattern = knowledgeCopy({ file: 'language.json', change: (t) => t.replace('"duty": "', '"duty": "(') });
    const err = loadError(pattern);
    expect(err.message).toMatch(/language\.json:\d+: patterns\.duty: not a valid regular expression/);
    expect(err.line).toBeGreaterThan(1);
    // A pattern the engine reads a named group of must have it.
    const group = knowledgeCopy({ file: 'language.json', change: (t) => t.replace('(?<body>', '(') });
    expect(loadError(group).message).toMatch(/language\.json:\d+: patterns\.otherBody: otherBody needs a group named body/);
    const big = knowledgeCopy();
    writeFileSync(join(big, 'lexicon/huge.json'), ' '.repeat(MAX_DATA_FILE_BYTES + 1));
    expect(loadError(big).message).toMatch(/huge\.json:1: file is \d+ bytes/);
  });

  it('a lexicon is part of the knowledge version and changes answers', () => {
    const before = loadKnowledge(knowledgeCopy());
    const dir = knowledgeCopy();
    // A made-up dialect word, meaning charity: only the lexicon can teach it.
    writeFileSync(join(dir, 'lexicon/test.json'), '{"variety": "southwest", "entries": [\n{"said": ["善蕾会"], "means": ["慈善"]}\n]}');
    const after = loadKnowledge(dir);
    expect(after.version).not.toBe(before.version);
    expect(new Answerer(before).answer('善蕾会要做什么').answered).toBe(false);
    expect(new Answerer(after).answer('善蕾会要做什么').citations[0]).toMatchObject({ notice: NOTICE_ID, paragraph: 4, sentence: 8 });
  });

  it('the lines of all entries, found in one walk, are the lines lineOfPath finds entry by entry', () => {
    const lexicons = readdirSync(join(KNOWLEDGE_DIR, 'lexicon')).map((f) => join(KNOWLEDGE_DIR, 'lexicon', f));
    for (const file of [...lexicons, join(KNOWLEDGE_DIR, `notices/${NOTICE_ID}.json`), join(KNOWLEDGE_DIR, `notices/${NOTICE_ID}.glossary.json`)]) {
      const text = readFileSync(file, 'utf8');
      for (const key of ['entries', 'terms', 'english', 'missing']) {
        const count = (JSON.parse(text)[key]?.length ?? 0) + 2; // and two past the end: the array's own line, as lineOfPath
        expect(linesOfItems(text, [key], count), `${file} ${key}`).toEqual(Array.from({ length: count }, (_, i) => lineOfPath(text, [key, i])));
      }
    }
    const tricky = '[1, [2,3], {"a": "]"}, "x\\"y" ,\n\n4 ]';
    expect(linesOfItems(tricky, [], 6)).toEqual([0, 1, 2, 3, 4, 5].map((i) => lineOfPath(tricky, [i])));
  });

  it('a notice profile with an unknown field, and a decision model for other features, are refused', () => {
    const profile = knowledgeCopy({ file: `notices/${NOTICE_ID}.json`, change: (t) => t.replace('"terms"', '"termz"') });
    expect(loadError(profile).message).toMatch(new RegExp(`${NOTICE_ID}\\.json:\\d+: `));
    const model = knowledgeCopy({ file: 'decision-model.json', change: (t) => t.replace('"weights": [', '"weights": [1, ') });
    expect(loadError(model).message).toMatch(/decision-model\.json:\d+: .*one number per feature/);
  });
});

describe('notice files that would stall or mislead the bot', () => {
  const withNotice = (change: (text: string) => string) => knowledgeCopy({ file: `notices/${NOTICE_ID}.md`, change });

  it('a paragraph of 100 KB, and a file of 30 MB, are refused with file and line before any indexing', () => {
    const long = loadError(withNotice((t) => t.replace('倡议号召', `倡议号召${'很长的段落，'.repeat(17_000)}`)));
    expect(long.message).toMatch(new RegExp(`${NOTICE_ID}\\.md:\\d+: paragraph 5 has \\d+ characters; at most 5000`));
    const huge = loadError(withNotice((t) => t + '长'.repeat(10_000_000)));
    expect(huge.message).toMatch(new RegExp(`${NOTICE_ID}\\.md:1: file is \\d+ bytes`));
  });

  it('bidirectional overrides, NUL and broken characters in a notice are refused with the line', () => {
    for (const bad of ['\u202E', '\u0000', '\uD800']) {
      const err = loadError(withNotice((t) => t.replace('同舟共济抗疫情', `同舟共济${bad}抗疫情`)));
      expect(err.message).toMatch(new RegExp(`${NOTICE_ID}\\.md:\\d+: character U\\+`));
      expect(err.line).toBeGreaterThan(10);
    }
  });
});

describe('a notice glossary (npm run knowledge:glossary)', () => {
  const cedict: Record<string, string[]> = {
    捐赠: ['to donate; donation'],
    如下: ['as follows:'],
    遵循: ['to follow; to abide by'],
    研究: ['to study; to research; to look into'],
    巴州: ['abbr. for 巴音郭楞蒙古自治州[Ba1 yin1 guo1 leng2 Meng3 gu3 Zi4 zhi4 zhou1], Bayingolin Mongol Autonomous Prefecture'],
  };
  const lookup = (w: string) => cedict[w];

  it("turns the dictionary's glosses around: English word -> the notice's words", () => {
    expect(buildGlossary(['捐赠'], lookup)).toEqual([
      { said: ['donate'], means: ['捐赠'] },
      { said: ['donation'], means: ['捐赠'] },
    ]);
  });

  it('reads "as follows" (如下) as no gloss of follow, which 遵循 is, and "look into" (研究) as none of look', () => {
    const entries = buildGlossary(['如下', '遵循', '研究'], lookup);
    expect(entries).toContainEqual({ said: ['follow'], means: ['遵循'] });
    expect(entries.flatMap((e) => e.means)).not.toContain('如下');
    expect(entries).toContainEqual({ said: ['research'], means: ['研究'] });
    expect(entries.flatMap((e) => e.said)).not.toContain('look');
  });

  it('glosses a place the notice names by its romanised name, not by the dictionary (巴州区 is no Bayingolin)', () => {
    const entries = buildGlossary(
      ['捐赠', '巴州', '巴州区'],
      lookup,
      new Map([
        ['巴州', 'bazhou'],
        ['巴州区', 'bazhou'],
      ]),
    );
    expect(entries).toContainEqual({ said: ['bazhou'], means: ['巴州', '巴州区'] });
    expect(entries.flatMap((e) => e.said)).not.toContain('bayingolin');
  });
});
