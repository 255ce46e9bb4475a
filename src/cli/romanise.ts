// Chinese place names in Latin letters, as English speakers write them: written into places.json
// (npm run knowledge:places) and into each notice's glossary (npm run knowledge:glossary) alike.
import { pinyin } from 'pinyin-pro';

/** Toneless pinyin run together, ü as v (贵阳 -> guiyang, 吕梁 -> lvliang). */
function toneless(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array' }).join('').replace(/ü/g, 'v');
}

/** Romanised names that are not plain pinyin: 陕西 is spelt apart from 山西. */
const SPELT = new Map([['陕西', 'shaanxi']]);

/** A place name as English speakers write it, lower case: 陕西 apart, the others toneless pinyin. */
export function romanised(name: string): string {
  return SPELT.get(name) ?? toneless(name).toLowerCase();
}
