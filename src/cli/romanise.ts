// Chinese place names in Latin letters, as English speakers write them: written into places.json
// (npm run knowledge:places) and into each notice's glossary (npm run knowledge:glossary) alike.
import { pinyin } from 'pinyin-pro';

/** Toneless pinyin run together, ü as v (贵阳 -> guiyang, 吕梁 -> lvliang). */
export function toneless(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array' }).join('').replace(/ü/g, 'v');
}
