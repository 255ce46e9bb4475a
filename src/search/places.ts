// Places a question names, and whether they lie outside a notice's region: 成都市红十字会的捐款账号 asked of a
// 巴中 notice, 天津的社会组织 of a 北京 one. The places are data (knowledge/places.json, division codes);
// a notice's region is every place its title, issuer, region and text name.
import type { Notice } from '../knowledge/types.js';

/** Longest place name in the data, in characters: 黔西南布依族苗族自治州 is eleven. */
const MAX_NAME_CHARS = 12;

/** The places a text names, longest name first at each position; each as the codes it may stand for. */
export function placesIn(text: string, places: Map<string, string[]>): string[][] {
  if (places.size === 0) return [];
  const chars = [...text];
  const found: string[][] = [];
  for (let i = 0; i < chars.length; ) {
    let step = 1;
    for (let n = Math.min(MAX_NAME_CHARS, chars.length - i); n >= 2; n--) {
      const codes = places.get(chars.slice(i, i + n).join(''));
      if (codes) {
        found.push(codes);
        step = n;
        break;
      }
    }
    i += step;
  }
  return found;
}

export class NoticePlaces {
  /** Each notice's places, read on first use: most notices are never a question's best candidate. */
  private readonly regions = new Map<string, { home: string[]; named: string[] }>();

  constructor(private readonly places: Map<string, string[]>) {}

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
      region = { home, named: placesIn(text, this.places).flat() };
      this.regions.set(notice.id, region);
    }
    return region;
  }

  /**
   * Whether a text names a place outside the notice's home (neither in it nor holding it) that the notice does
   * not name either (a province holding a city it names is named; 成都 is not 四川, which it names). A notice that
   * names no place of its own (a national association's) has no region to be outside of.
   */
  namesOtherPlace(text: string, notice: Notice): boolean {
    const asked = placesIn(text, this.places);
    if (asked.length === 0) return false;
    const { home, named } = this.regionOf(notice);
    if (home.length === 0) return false;
    const inside = (c: string) => home.some((h) => c.startsWith(h) || h.startsWith(c)) || named.some((m) => m.startsWith(c));
    return asked.some((codes) => !codes.some(inside));
  }
}
