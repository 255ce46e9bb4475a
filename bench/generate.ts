// Synthetic knowledge bases for benchmarks: the real notice plus N-1 notices of the same shape whose
// words are shuffled from the real vocabulary, so the matcher meets realistic, overlapping text.
import type { KnowledgeBase, Notice } from '../src/knowledge/types.js';
import { segmentWords } from '../src/search/normalise.js';
import { seededRandom } from '../test/support/random.js';

const REGIONS = [
  '云南',
  '四川',
  '广西',
  '湖南',
  '江西',
  '福建',
  '浙江',
  '安徽',
  '河南',
  '河北',
  '山西',
  '陕西',
  '甘肃',
  '青海',
  '宁夏',
  '新疆',
  '西藏',
  '吉林',
  '辽宁',
  '黑龙江',
];

export function generateKnowledge(real: KnowledgeBase, notices: number, seed = 1): KnowledgeBase {
  const rand = seededRandom(seed);
  const source = real.notices[0]!;
  const pool = [...new Set(source.paragraphs.flatMap((p) => p.sentences.flatMap((s) => segmentWords(s.text))).filter((w) => w.length >= 2))];
  const out: Notice[] = [...real.notices];
  for (let i = 1; i < notices; i++) {
    const region = REGIONS[i % REGIONS.length]!;
    out.push({
      ...source,
      id: `gen-${String(i).padStart(4, '0')}`,
      shortTitle: `${region}省第${i}号倡议`,
      issuer: `${region}省民政厅`,
      region,
      file: `generated/${i}.md`,
      paragraphs: source.paragraphs.map((p) => ({
        ...p,
        sentences: p.sentences.map((s) => ({
          number: s.number,
          text: `${segmentWords(s.text)
            .map((w) => (rand() < 0.35 ? pool[Math.floor(rand() * pool.length)]! : w.replace('贵州', region)))
            .join('')}。`,
        })),
      })),
    });
  }
  return { ...real, notices: out, version: `generated-${notices}` };
}
