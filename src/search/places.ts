// Places a question names, and whether they lie outside a notice's region: 成都市红十字会的捐款账号 asked of a
// 巴中 notice, 天津的社会组织 of a 北京 one. The places are data (knowledge/places.json, division codes); a
// notice's home is the most specific places its title, issuer and region name, and it also covers the places
// its text names.
import type { Notice } from '../knowledge/types.js';
import { wordBoundaries } from './normalise.js';

const LATIN_WORD = /[a-z]{4,}/g;
/** Other countries' codes in places.json begin so (written by cli/places.ts, then each country's ISO number). */
export const OTHER_COUNTRIES_CODE = '99';
const LATIN_NAME = /^[a-z]+$/;

/** Per places map: the characters a name begins with and the lengths names have, longest first. */
const shapes = new WeakMap<Map<string, string[]>, { firsts: Set<string>; lengths: number[] }>();

function shapeOf(places: Map<string, string[]>) {
  let shape = shapes.get(places);
  if (!shape) {
    const firsts = new Set<string>();
    const lengths = new Set<number>();
    for (const name of places.keys()) {
      // Romanised names are matched as whole words, below: inside a word they are no name (jian in qijiang).
      if (LATIN_NAME.test(name)) continue;
      const chars = [...name];
      firsts.add(chars[0]!);
      lengths.add(chars.length);
    }
    shape = { firsts, lengths: [...lengths].sort((a, b) => b - a) };
    shapes.set(places, shape);
  }
  return shape;
}

/**
 * The places a text names, longest name first at each position; each as the codes it may stand for. `edges`: where
 * the segmenter's words of the text begin and end (UTF-16 offsets); given, a name of two characters counts only as
 * a word of its own, not inside another (迁安 in 搬迁安置).
 */
export function placesIn(text: string, places: Map<string, string[]>, edges?: Set<number>): string[][] {
  if (places.size === 0) return [];
  const { firsts, lengths } = shapeOf(places);
  const chars = [...text];
  const found: string[][] = [];
  let offset = 0;
  for (let i = 0; i < chars.length; ) {
    let step = 1;
    // Most characters begin no place name: one set lookup, no substring built.
    if (firsts.has(chars[i]!)) {
      for (const n of lengths) {
        if (i + n > chars.length) continue;
        const name = chars.slice(i, i + n).join('');
        const codes = places.get(name);
        if (codes && (!edges || n > 2 || (edges.has(offset) && edges.has(offset + name.length)))) {
          found.push(codes);
          step = n;
          break;
        }
      }
    }
    for (let k = 0; k < step; k++) offset += chars[i + k]!.length;
    i += step;
  }
  // Romanised names (guangzhou) are whole words of Latin text.
  for (const word of text.toLowerCase().match(LATIN_WORD) ?? []) {
    const codes = places.get(word);
    if (codes) found.push(codes);
  }
  return found;
}

/** Per places map: each place's names by its code (3205 -> 苏州市, 苏州). */
const namesByCode = new WeakMap<Map<string, string[]>, Map<string, string[]>>();

/** The places a text names, each by all of its names (江苏苏州 -> 江苏省, 江苏, 苏州市, 苏州). */
export function placeNamesIn(text: string, places: Map<string, string[]>): string[] {
  let byCode = namesByCode.get(places);
  if (!byCode) {
    byCode = new Map();
    for (const [name, codes] of places) for (const code of codes) byCode.set(code, [...(byCode.get(code) ?? []), name]);
    namesByCode.set(places, byCode);
  }
  // Chinese names: a romanised one (chuzhou) is the glossary's to give, with its sense.
  return [...new Set(placesIn(text, places).flatMap((codes) => codes.flatMap((code) => byCode.get(code) ?? [])))].filter((n) => !LATIN_NAME.test(n));
}

/** A body's name without the places it names (重庆市綦江区商业联合会 -> 商业联合会, 兰州市民政局 -> 民政局), longest first. */
export function withoutPlaceNames(body: string, places: Map<string, string[]>): string {
  const named = placeNamesIn(body, places).sort((a, b) => b.length - a.length);
  return named.reduce((rest, place) => rest.replace(place, ''), body);
}

export class NoticePlaces {
  /** Each notice's places, read on first use: most notices are never a question's best candidate. */
  private readonly regions = new Map<string, { home: string[]; named: string[]; romanised: Set<string[]> }>();

  /** `abroad`: a notice whose text says so (海外, 境外) has no other country outside it. */
  constructor(
    private readonly places: Map<string, string[]>,
    private readonly abroad?: RegExp,
  ) {}

  /**
   * Home: the most specific places its title, issuer and region name (巴州区 for 巴州区红十字会, 四川 dropped);
   * named: every place its text names (a city it calls on people to help).
   */
  private regionOf(notice: Notice) {
    let region = this.regions.get(notice.id);
    if (!region) {
      const own = placesIn([notice.title, notice.issuer, notice.region].join('\n'), this.places).flat();
      const home = own.filter((c) => !own.some((o) => o !== c && o.startsWith(c)));
      const text = notice.paragraphs.flatMap((p) => p.sentences.map((x) => x.text)).join('\n');
      const named = placesIn(text, this.places).flat();
      // A notice of matters abroad (a letter to overseas Chinese) covers every other country.
      if (this.abroad?.test([notice.title, text].join('\n'))) named.push(OTHER_COUNTRIES_CODE);
      // A romanised name the notice's own glossary reads as one of its places is that place, whatever other place it
      // also romanises (jingzhou of 靖州 is no 荆州 in a 靖州 notice); 荆州 written in Chinese still is. placesIn gives a
      // name's codes as the places map holds them, so the romanised name's own list is known by identity.
      const ours = (c: string) => home.some((h) => c.startsWith(h) || h.startsWith(c)) || named.includes(c);
      const romanised = new Set<string[]>();
      for (const entry of notice.english)
        for (const said of entry.said) {
          const codes = LATIN_NAME.test(said) ? this.places.get(said) : undefined;
          // ...and so is one its glossary reads as a name of its own that is no place (heyuan of 何园, a garden: not 河源).
          if (
            codes &&
            (placesIn(entry.means.join('\n'), this.places).flat().some(ours) ||
              entry.means.some((m) => text.includes(m) && placesIn(m, this.places).length === 0))
          )
            romanised.add(codes);
        }
      region = { home, named, romanised };
      this.regions.set(notice.id, region);
    }
    return region;
  }

  /**
   * Whether a word is the name of a place the notice is of or names (湖南 of a notice signed 湖南省青年联合会): a word
   * it holds, though its text only ever writes the name whole (湖南省), so the vocabulary does not know it.
   */
  names(word: string, notice: Notice): boolean {
    const codes = this.places.get(word);
    if (!codes) return false;
    const { home, named } = this.regionOf(notice);
    // The place itself or one holding it (湖南 of 湖南省长沙市): a district of its city it never names (武侯区 of 成都市) is not known.
    return codes.some((c) => [...home, ...named].some((h) => h.startsWith(c)));
  }

  /** The places a question names (see placesIn), for `outside`: a short name only as a word of its own. */
  in(text: string): string[][] {
    return placesIn(text, this.places, wordBoundaries(text));
  }

  /**
   * Whether any of the places (as `in` read them from a question) is outside the notice's home (neither in it nor
   * holding it) and the notice does not name it either (a province holding a city it names is named; 成都 is not
   * 四川, which it names). A notice that names no place of its own (a national association's) has no region to be
   * outside of.
   */
  outside(asked: string[][], notice: Notice): boolean {
    if (asked.length === 0) return false;
    const { home, named, romanised } = this.regionOf(notice);
    if (home.length === 0) return false;
    const inside = (c: string) =>
      home.some((h) => c.startsWith(h) || h.startsWith(c)) || named.some((m) => m.startsWith(c) || (m === OTHER_COUNTRIES_CODE && c.startsWith(m)));
    return asked.some((codes) => !romanised.has(codes) && !codes.some(inside));
  }
}
