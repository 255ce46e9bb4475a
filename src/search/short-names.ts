// The short names people give an organisation (辽源市律师协会 -> 律协, 中国房地产业协会 -> 房协, 宁国市卫生健康委员会 ->
// 卫健委), derived from each notice's issuer by the rule in language.json (shortNames): a question that says 律协 names
// the 律师协会, where the segmenter reads 律|协, two characters no notice knows.

import type { LanguageData } from '../knowledge/language-types.js';
import type { LexiconEntry } from '../knowledge/types.js';
import { segmentWords } from './normalise.js';
import { withoutPlaceNames } from './places.js';

/**
 * Each issuer's short names as lexicon entries: the short name means the organisation's name without its place
 * (律协 -> 律师协会), which its notice's text and signature hold. `issuer` may name several bodies (甲、乙).
 */
export function shortNameEntries(issuer: string, lang: Pick<LanguageData, 'shortNames' | 'places'>): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  for (const body of issuer.split(/[、，,；;]/u)) {
    const name = body.trim();
    const kind = lang.shortNames.kinds.find(([k]) => name.endsWith(k));
    if (!kind) continue;
    const [kindName, shortKinds] = kind;
    const own = withoutPlaces(name.slice(0, name.length - kindName.length), lang);
    if (!/^\p{Script=Han}*$/u.test(own)) continue;
    const words = own ? segmentWords(own) : [];
    // By code points: a character outside the BMP is two UTF-16 units.
    const initials = new Set([[...own][0] ?? '', words.map((w) => [...w][0] ?? '').join('')]);
    const said = new Set<string>();
    for (const start of initials)
      for (const short of shortKinds) {
        const s = start + short;
        // One character is no name at all. (Many short names are in general dictionaries too: 残联, 书协.)
        if ([...s].length >= 2 && s !== own + kindName) said.add(s);
      }
    if (said.size > 0) entries.push({ said: [...said], means: [own + kindName], line: 0 });
  }
  return entries;
}

/** The name without its places and the national prefixes it starts with (重庆市綦江区商业 -> 商业, 中华全国世界语 -> 世界语). */
function withoutPlaces(name: string, lang: Pick<LanguageData, 'shortNames' | 'places'>): string {
  let rest = withoutPlaceNames(name, lang.places);
  for (;;) {
    const prefix = lang.shortNames.prefixes.find((p) => rest.startsWith(p));
    if (!prefix) return rest;
    rest = rest.slice(prefix.length);
  }
}
