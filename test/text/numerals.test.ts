import { describe, expect, it } from 'vitest';
import { numeralRange, numeralValue } from '../../src/text/numerals.js';

describe('numerals as people write them', () => {
  it('reads digits and Chinese numerals, 两 and the colloquial 一千二 included', () => {
    expect(numeralRange('150')).toEqual([150, 150]);
    expect(numeralRange('两百')).toEqual([200, 200]);
    expect(numeralRange('一百五十')).toEqual([150, 150]);
    expect(numeralRange('一千二')).toEqual([1200, 1200]);
    expect(numeralRange('两百五')).toEqual([250, 250]);
    expect(numeralRange('一百零五')).toEqual([105, 105]);
    expect(numeralRange('两万五千')).toEqual([25000, 25000]);
    expect(numeralRange('十')).toEqual([10, 10]);
  });

  it('names one number exactly (point numbers, 第十二条, 哪12个), or none for a range', () => {
    expect(['三', '十', '十二', '二十', '三十五', '九十九', '12', '两'].map(numeralValue)).toEqual([3, 10, 12, 20, 35, 99, 12, 2]);
    expect(['三四', '十几', '两百多', '几', '第三', ''].map(numeralValue)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('reads approximate numbers as ranges', () => {
    expect(numeralRange('三四百')).toEqual([300, 400]);
    expect(numeralRange('十五六')).toEqual([15, 16]);
    expect(numeralRange('十几')).toEqual([11, 19]);
    expect(numeralRange('几十')).toEqual([10, 90]);
    expect(numeralRange('两百多')).toEqual([200, 299]);
    expect(numeralRange('150来')).toEqual([150, 159]);
    expect(numeralRange('150左右')).toEqual([135, 165]);
  });

  it('reads nothing else as a number', () => {
    for (const s of ['', '人', 'abc', '百分之', '几', '多']) expect(numeralRange(s)).toBeUndefined();
  });
});
