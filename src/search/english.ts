// English questions reach the Chinese notice through a small bilingual term map. Sector words
// (hospital, charity, school…) are matched by the sectors' English aliases in the index itself.

/** Longest phrases first when matching; each maps to Chinese terms as they appear in notices. */
const TERMS: Record<string, string[]> = {
  'issued by': ['发出'],
  issuer: ['发出', '民政厅'],
  publisher: ['发出', '民政厅'],
  author: ['发出', '民政厅'],
  agencies: ['机构'],
  agency: ['机构'],
  institutions: ['机构'],
  bodies: ['组织'],
  groups: ['组织'],
  issued: ['发出'],
  issue: ['发出'],
  published: ['发出'],
  released: ['发出'],
  sent: ['发出'],
  'civil affairs': ['民政厅'],
  department: ['民政厅'],
  guizhou: ['贵州'],
  province: ['全省'],
  provincial: ['全省'],
  'social organisations': ['社会组织'],
  'social organizations': ['社会组织'],
  'social organisation': ['社会组织'],
  'social organization': ['社会组织'],
  ngo: ['社会组织'],
  ngos: ['社会组织'],
  organisations: ['组织'],
  organizations: ['组织'],
  associations: ['协会'],
  association: ['协会'],
  'chambers of commerce': ['商会'],
  'chamber of commerce': ['商会'],
  chambers: ['商会'],
  'resume work': ['复工'],
  'resuming work': ['复工'],
  'back to work': ['复工'],
  reopen: ['复工', '开学', '开课'],
  aid: ['援助'],
  assistance: ['援助', '帮助'],
  help: ['帮助', '帮扶'],
  reopening: ['复工'],
  open: ['复工', '营业', '开学', '开课'],
  opening: ['复工'],
  'addressed to': ['倡议对象', '全省社会组织'],
  addressed: ['倡议对象', '全省社会组织'],
  audience: ['倡议对象', '全省社会组织'],
  'to whom': ['倡议对象', '全省社会组织'],
  'resume production': ['复产'],
  production: ['复产'],
  'work resumption': ['复工'],
  epidemic: ['疫情'],
  pandemic: ['疫情'],
  covid: ['疫情'],
  coronavirus: ['疫情'],
  outbreak: ['疫情'],
  'epidemic prevention': ['疫情防控'],
  poverty: ['贫困'],
  poor: ['贫困'],
  'poverty alleviation': ['脱贫攻坚'],
  'poor population': ['贫困人口'],
  'poor people': ['贫困人口'],
  'rural poor': ['农村贫困人口'],
  'deeply impoverished': ['深度贫困'],
  impoverished: ['贫困'],
  remain: ['剩余'],
  left: ['剩余'],
  rural: ['农村'],
  villages: ['农村'],
  village: ['村'],
  countryside: ['农村'],
  population: ['人口'],
  people: ['人口'],
  'migrant workers': ['农民工'],
  'migrant worker': ['农民工'],
  employment: ['就业'],
  jobs: ['就业'],
  'returning workers': ['返岗人员'],
  'returning staff': ['返岗人员'],
  screening: ['排查'],
  'safety training': ['教育培训'],
  difficulties: ['困难'],
  problems: ['困难'],
  report: ['汇报'],
  'key enterprises': ['重点企业'],
  'key projects': ['重点项目'],
  'end of february': ['2月底'],
  deadline: ['月底前', '之前'],
  february: ['2月'],
  importance: ['重要意义'],
  important: ['重要意义'],
  urgent: ['紧迫性'],
  'five systems': ['五个体系'],
  relocation: ['易地扶贫'],
  secretary: ['省委书记'],
  'party secretary': ['省委书记'],
  'characteristic industries': ['特色优势产业'],
  industries: ['产业'],
  twelve: ['12个'],
  'spring ploughing': ['春耕备耕'],
  'spring plowing': ['春耕备耕'],
  'spring planting': ['春耕备耕'],
  agriculture: ['农业'],
  medical: ['医疗'],
  construction: ['建筑'],
  catering: ['餐饮'],
  food: ['食品'],
  utilities: ['水电气讯'],
  education: ['教育'],
  training: ['培训'],
  online: ['线上培训'],
  offline: ['线下培训'],
  closed: ['暂时关闭'],
  charity: ['慈善'],
  charities: ['慈善'],
  donations: ['募捐'],
  fundraising: ['公开募捐'],
  hubei: ['湖北'],
  ezhou: ['鄂州'],
  volunteers: ['志愿服务'],
  volunteer: ['志愿服务'],
  'social work': ['社会工作'],
  community: ['社区'],
  'classified guidance': ['分类指导'],
  guidance: ['指导'],
  'by sector': ['分类指导'],
  sectors: ['各行各业'],
  'every sector': ['各行各业'],
  together: ['同舟共济'],
  'same boat': ['同舟共济'],
  solidarity: ['同舟共济'],
  source: ['信息整理'],
  compiled: ['信息整理'],
};

const STOP = new Set(
  (
    "what whats what's which who whom whose when where why how should shall must can could would will do does did done " +
    'the a an of to in on at for from by with about into this that these those it its is are was were be been being ' +
    'i me my we our us you your they their them he she his her and or but if so than then there here ' +
    'have has had need needs say says said tell please notice call appeal document letter text any some ' +
    'doing get make more most much many other such only also just now today currently s ' +
    'duty duties task tasks responsibility responsibilities requirement requirements required role roles supposed expected allowed allow permitted ask asks asked request requests send'
  ).split(/\s+/),
);

/** The word and its plain forms: remaining -> remain, issued -> issue, charities -> charity. */
function stems(word: string): string[] {
  const out = [word];
  if (word.length > 4 && word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) out.push(word.slice(0, -1));
  if (word.length > 5 && word.endsWith('ing')) out.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  if (word.length > 4 && word.endsWith('ed')) out.push(word.slice(0, -2), word.slice(0, -1));
  return out;
}

const PHRASES = Object.keys(TERMS).sort((a, b) => b.length - a.length);

/**
 * The concepts of an English question: each is the Chinese terms a phrase maps to plus the English
 * phrase itself (which sector aliases match); words with no mapping stay as they are.
 */
export function englishTerms(text: string): string[][] {
  let rest = ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9' -]+/g, ' ')
    .replace(/\s+/g, ' ')} `;
  const out: string[][] = [];
  for (const phrase of PHRASES) {
    const needle = ` ${phrase} `;
    while (rest.includes(needle)) {
      out.push([...TERMS[phrase]!, phrase]);
      rest = rest.replace(needle, ' ');
    }
  }
  for (const w of rest.split(' ')) {
    const word = w.replace(/^'+|'+$/g, '');
    if (!word || STOP.has(word)) continue;
    const stem = stems(word).find((x) => TERMS[x]);
    out.push(stem ? [...TERMS[stem]!, word] : stems(word));
  }
  return out;
}
