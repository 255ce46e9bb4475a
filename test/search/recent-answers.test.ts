import { describe, expect, it } from 'vitest';
import { RecentAnswers } from '../../src/search/recent-answers.js';

describe('recent answers', () => {
  it('keeps the last asked, and drops the least recently asked when full', () => {
    const recent = new RecentAnswers<number>(2);
    recent.set('a', 1);
    recent.set('b', 2);
    expect(recent.get('a')).toBe(1); // a is now the most recent
    recent.set('c', 3);
    expect(recent.get('b')).toBeUndefined();
    expect(recent.get('a')).toBe(1);
    expect(recent.get('c')).toBe(3);
  });
});
