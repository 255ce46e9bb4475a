// General Chinese (knowledge/general-words.json, from jieba's dictionary): a question's word that no notice
// knows weighs by what kind of word it is, so that how people talk does not read as a thing they ask for.
import { describe, expect, it } from 'vitest';
import { isGeneralPair } from '../../src/knowledge/types.js';
import { conceptWeight } from '../../src/search/coverage.js';
import { knowledgeCopy, loadError, realKnowledge } from '../support/knowledge.js';

describe('general words', () => {
  const { kb, answerer } = realKnowledge();
  const lang = answerer.index.lang;
  const weight = (word: string) => conceptWeight([word], answerer.index.vocab, lang.genericWords, { light: lang.lightWords, verbs: lang.verbWords });

  it('are loaded: adverbs, time words and numerals as light, two-character verbs as verbs, nouns as neither', () => {
    for (const w of ['一直', '今年', '三十几个', '马上']) expect(kb.language.lightWords.has(w)).toBe(true);
    for (const w of ['抓紧', '打算', '推荐']) expect(kb.language.verbWords.has(w)).toBe(true);
    for (const w of ['补贴', '账号', '房租']) {
      expect(kb.language.lightWords.has(w)).toBe(false);
      expect(kb.language.verbWords.has(w)).toBe(false);
    }
  });

  it('locality words that tell when (之前, 期间, 以来) are light; those that tell where (附近, 下面, 以内) are not', () => {
    for (const w of ['之前', '期间', '以来', '前后']) expect(kb.language.lightWords.has(w)).toBe(true);
    for (const w of ['附近', '旁边', '下面', '以内']) expect(kb.language.lightWords.has(w)).toBe(false);
  });

  it('an unknown light word weighs least, an unknown verb less than an unknown thing, a notice word as ever', () => {
    expect(answerer.index.vocab.has('补贴')).toBe(false);
    expect(weight('一直')).toBeLessThan(weight('抓紧'));
    expect(weight('抓紧')).toBeLessThan(weight('补贴'));
    // A word the notice uses keeps its notice weight, whatever general Chinese calls it.
    const known = [...['复工', '发挥', '今年']].find((w) => answerer.index.vocab.has(w))!;
    expect(weight(known)).toBe(conceptWeight([known], answerer.index.vocab, lang.genericWords));
  });

  it('tells two characters that are a word (房子, 关系) from a cut of the segmenter (着用, 拿去, 人的)', () => {
    for (const w of ['房子', '关系', '补贴', '复工']) expect(isGeneralPair(kb.language.pairs, w)).toBe(true);
    for (const w of ['着用', '拿去', '人的', '笔钱']) expect(isGeneralPair(kb.language.pairs, w)).toBe(false);
    // Without the list every pair counts as a word: nothing is taken for a cut.
    expect(isGeneralPair('', '着用')).toBe(true);
    // A cut is no thing the notice lacks: 才对 does not stand for what the question asks about.
    const { answer } = answerer.explain('转账的时候备注要怎么写才对？');
    expect(answer.notStatedTopic).not.toBe('才对');
  });

  it('joins three characters the segmenter cuts apart (比|特|币) into the word a dictionary has, known to no notice', () => {
    expect(kb.language.nounWords.has('比特币')).toBe(true);
    const words = answerer.index.concepts('比特币现在多少钱', false).map((c) => c[0]);
    expect(words).toContain('比特币');
    expect(words).not.toContain('特');
    expect(answerer.index.vocab.has('比特币')).toBe(false);
  });

  it('a broken file is refused with its name and line', () => {
    const dir = knowledgeCopy({ file: 'general-words.json', change: (t) => t.replace('"light": {', '"light": {\n    "xx": "abc",') });
    expect(loadError(dir).message).toMatch(/general-words\.json:\d+: .*only Chinese words/);
  });
});
