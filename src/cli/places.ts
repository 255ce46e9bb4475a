// npm run knowledge:places
// Writes knowledge/places.json: China's provinces, prefectures and counties with the names people use for
// them (贵阳市 and 贵阳; 黔南布依族苗族自治州 and 黔南), from china-area-data (MIT; a devDependency read here as
// data only). A question that names a place no part of a notice's region (成都市红十字会的捐款账号 asked of
// 巴中's notice) asks about somewhere else: a signal of the decision (src/search/places.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { KNOWLEDGE_DIR } from '../paths.js';
import { OTHER_COUNTRIES_CODE } from '../search/places.js';
import { romanised } from './romanise.js';

/** The 56 ethnic groups' names, as they appear in the names of autonomous areas (黔南布依族苗族自治州). */
const ETHNIC =
  '汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺'.split(
    ' ',
  );
const ETHNIC_TAIL = new RegExp(`(?:${ETHNIC.sort((a, b) => b.length - a.length).join('|')})族$`);

/** The name without its kind (省, 市, 自治州 …) and the ethnic groups of an autonomous area. */
function shortName(name: string): string {
  let s = name.replace(/(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|地区|省|市|县|区|盟|旗|林区)$/, '');
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(ETHNIC_TAIL, '');
  }
  return s;
}

const MIN_ROMANISED = 4;

const require = createRequire(import.meta.url);
const pkg = require('china-area-data/package.json') as { version: string };
const data = require('china-area-data/v5/data.json') as Record<string, Record<string, string>>;
const jiebaDict = readFileSync(join(require.resolve('@node-rs/jieba/package.json'), '..', 'dict.txt'), 'utf8');
/** Words jieba knows as something other than a place or a name (和平 n, 白云 n, 长安 ns is kept). */
const everyday = new Map<string, number>();
for (const line of jiebaDict.split('\n')) {
  const [word, freq, tag] = line.trim().split(' ');
  if (word && tag && !/^(ns|nr|nrt|nz)$/.test(tag)) everyday.set(word, Number(freq));
}
/** An everyday word this common is read as the word, not as the county it also names. */
const EVERYDAY_FREQUENCY = 50;

const lines: string[] = [];
const walk = (parent: string, level: number) => {
  for (const [code, name] of Object.entries(data[parent] ?? {})) {
    if (name === '市辖区' || name === '县' || name === '省直辖县级行政区划' || name === '自治区直辖县级行政区划') {
      walk(code, level + 1);
      continue;
    }
    // 东莞 and 中山 have towns under them (nine-digit codes): a town is below what notices are issued for.
    if (code.length > 6) continue;
    const names = [name];
    const short = shortName(name);
    // A county's short name that is an everyday word (和平, 白云, 朝阳) names the county only in full.
    const countyOk = level < 2 || (everyday.get(short) ?? 0) < EVERYDAY_FREQUENCY;
    // 巴中经济开发区 is named in full: its short form would be half a name.
    if (short !== name && [...short].length >= 2 && countyOk && !/(?:开发|新|园|管委会|街道)$/.test(short) && !/开发区|新区|园区/.test(name)) names.push(short);
    // Provinces and prefectures also by their romanised short name (广州 -> guangzhou), as English speakers write them.
    // Shorter ones (aba, ali) are as likely English or a name.
    if (level < 2 && [...short].length >= 2 && romanised(short).length >= MIN_ROMANISED) names.push(romanised(short));
    lines.push(`${code.replace(/(?:00)+$/, '')} ${[...new Set(names)].join(' ')}`);
    walk(code, level + 1);
  }
};
walk('86', 0);

// Other countries (i18n-iso-countries, MIT), under code 99 and their ISO number: 法国 and france are no part of any
// notice's region, so a question naming one (法国首都是哪里, the capital of France) asks of somewhere else, unless the
// notice names it (意大利 in a letter to Esperantists). China and its regions come from china-area-data above.
const countries = require('i18n-iso-countries') as {
  registerLocale: (l: unknown) => void;
  getNames: (lang: string, opts?: { select: 'all' }) => Record<string, string | string[]>;
  alpha2ToNumeric: (a2: string) => string | undefined;
};
countries.registerLocale(require('i18n-iso-countries/langs/zh.json'));
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
const CHINA = new Set(['CN', 'TW', 'HK', 'MO']);
/** English country names that are everyday words or other places (turkey, chad, jordan, georgia): never read as the country. */
const ENGLISH_WORDS = new Set(['turkey', 'chad', 'jordan', 'georgia', 'guinea', 'jersey', 'niger', 'chile']);
const zhNames = countries.getNames('zh') as Record<string, string>;
const enNames = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
for (const [a2, zh] of Object.entries(zhNames).sort(([a], [b]) => a.localeCompare(b))) {
  const numeric = countries.alpha2ToNumeric(a2);
  if (CHINA.has(a2) || !numeric || !/^\p{Script=Han}{2,}$/u.test(zh)) continue;
  const english = (enNames[a2] ?? []).map((n) => n.toLowerCase()).filter((n) => /^[a-z]{4,}$/.test(n) && !ENGLISH_WORDS.has(n));
  lines.push(`${OTHER_COUNTRIES_CODE}${numeric.padStart(4, '0')} ${[...new Set([zh, ...english])].join(' ')}`);
}

const out = join(KNOWLEDGE_DIR, 'places.json');
writeFileSync(
  out,
  `{\n  "$comment": "China's provinces, prefectures and counties: code (two digits province, four prefecture, six county) and the names people use; then other countries, code 99 and their ISO number. A place a question names that lies in no region of a notice (and that the notice does not mention) is somewhere else. From china-area-data ${pkg.version} and i18n-iso-countries (MIT), written by npm run knowledge:places. Regenerate, do not edit.",\n  "places": [\n${lines.map((l) => `    ${JSON.stringify(l)}`).join(',\n')}\n  ]\n}\n`,
);
console.log(`${out}: ${lines.length} places`);
