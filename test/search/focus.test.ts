// The word a question asks about, by where it stands against the question word.
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../src/search/decide.js';
import { askedFocus } from '../../src/search/focus.js';
import { realKnowledge } from '../support/knowledge.js';

describe('the word a question asks about', () => {
  const { answerer } = realKnowledge();
  const lang = answerer.index.lang;
  const focusOf = (q: string) => {
    const concepts = answerer.index.concepts(q, false);
    const i = askedFocus(q, concepts, lang.patterns.asking, {
      isLight: (w) => lang.lightWords.has(w) || lang.genericWords.has(w) || lang.isQuestionWord(w),
      isVerb: (w) => lang.verbWords.has(w),
    });
    return i.length === 0 ? undefined : i.map((x) => concepts[x]![0]).join(',');
  };

  it('is the word before a question word that closes the clause', () => {
    expect(focusOf('捐款账号是多少')).toBe('账号');
    expect(focusOf('餐饮业有补贴吗')).toBe('补贴');
  });

  it('is before the question word when only the attribute asked for follows it (名字, 人)', () => {
    expect(focusOf('厅长叫什么名字')).toBe('厅长');
  });

  it('is the word after a question word inside the clause', () => {
    // The head of what follows, which Chinese puts last: 税收优惠 is an 优惠, 政府补贴 a 补贴.
    expect(focusOf('医疗器械企业复工有没有税收优惠')).toBe('优惠');
    expect(focusOf('会员企业有没有政府补贴 我们能申请吗')).toBe('补贴');
  });

  it('reads an A-not-A question (是不是, 算不算, 退不退) and a clause ending in 不 or 没得 as asking', () => {
    // Not a request: 提倡 is what is done, 补贴 the thing asked about.
    expect(focusOf('协会是不是提倡发补贴')).toBe('补贴');
    expect(focusOf('协会给会员发补贴不')).toBe('补贴');
    expect(focusOf('发消费券没得')).toMatch(/消费券$/);
  });

  it('reads asking for information (想了解, 告诉我, 介绍一下) as asking about what follows', () => {
    expect(focusOf('我想了解一下网络募捐')).toMatch(/募捐$/);
    expect(focusOf('告诉我税收优惠')).toBe('优惠');
  });

  it('of a request with no question word, is its verb', () => {
    expect(focusOf('推荐一家火锅店')).toBe('推荐');
    expect(focusOf('慈善组织 职责')).toBeUndefined();
  });

  it('is never a verb, an adverb or a kind of organisation', () => {
    expect(focusOf('协会什么时候抓紧')).toBeUndefined();
    expect(focusOf('慈善组织要做什么')).toBe('慈善组织');
    expect(focusOf('协会要做什么')).toBeUndefined();
  });

  it('is found in each asking clause, the spaces of voice input parting them', () => {
    expect(focusOf('我想给湖北捐点钱 捐款账号是多少 怎么捐')).toBe('账号');
  });

  it('signals a word asked about that the notice knows but the best sentence does not hold (focusMissing)', () => {
    const missing = (q: string) => answerer.explain(q).features?.[FEATURES.indexOf('focusMissing')];
    // 政策 is in the notice (疫情防控政策), not in the sentence on 农民工就业 that answers best.
    expect(missing('农民工就业有什么政策')).toBe(1);
    expect(missing('慈善组织要做什么')).toBe(0);
    // Unknown to every notice is focusUnknown's to say, not this (补贴 names a kind of answer now: typeMissing's).
    expect(missing('餐饮业有消费券吗')).toBe(0);
  });

  it('decides: a thing no notice knows, asked next to words it has, is not answered; its neighbours still are', () => {
    expect(answerer.answer('餐饮业有补贴吗').answered).toBe(false);
    expect(answerer.answer('餐饮行业协会要做什么?').answered).toBe(true);
  });

  it('shows a related sentence only when it shares a word that names something', () => {
    // 餐饮业 is the catering sentence's; 协会 (a kind of organisation) and 发 (inside 开发) name nothing.
    const named = answerer.answer('餐饮业有补贴吗');
    expect(named.related).toHaveLength(1);
    expect(named.notStatedTopic).toBe('补贴');
    // An English question is told in its own word.
    expect(answerer.answer('Do restaurants get a subsidy for reopening?').notStatedTopic).toBe('subsidy');
    const bare = answerer.answer('协会是不是提倡发补贴');
    expect(bare.answered).toBe(false);
    expect(bare.related).toEqual([]);
  });
});
