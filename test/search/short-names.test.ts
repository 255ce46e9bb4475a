// Short names of organisations derived from a notice's issuer by the rule in language.json (shortNames).
import { describe, expect, it } from 'vitest';
import { shortNameEntries } from '../../src/search/short-names.js';
import { realKnowledge } from '../support/knowledge.js';

const said = (issuer: string) => shortNameEntries(issuer, realKnowledge().kb.language).flatMap((e) => e.said);

describe('short names of an issuer', () => {
  it('take the first character of its own name, past its places, and the short form of its kind', () => {
    expect(said('辽源市律师协会')).toContain('律协');
    expect(said('中国房地产业协会')).toContain('房协');
    expect(said('中华全国世界语协会')).toContain('世协');
    expect(said('重庆市綦江区商业联合会')).toEqual(expect.arrayContaining(['商联', '商联会']));
    expect(said('滁州市残疾人联合会')).toContain('残联');
    expect(said('巴中市巴州区红十字会')).toContain('红会');
  });

  it('or the first character of each of its words (卫生|健康 委员会 -> 卫健委), and mean the name without its places', () => {
    expect(said('宁国市卫生健康委员会')).toContain('卫健委');
    expect(shortNameEntries('辽源市律师协会', realKnowledge().kb.language)[0]?.means).toEqual(['律师协会']);
  });

  it('read each body of a joint notice, and give none for a kind without a short form or a name that is its kind alone', () => {
    expect(said('湖南省青年联合会、湖南省青年企业家协会')).toEqual(expect.arrayContaining(['青联', '青协']));
    expect(said('安远县文化馆')).toEqual([]);
    expect(said('辽源市协会')).toEqual([]);
  });
});
