// How people say it -> how notices say it. Each colloquial word gains the notice's words as
// alternative forms of the same concept; the question's own word stays one of them.
// Sector words (药店, 工地, 网课…) live in knowledge/sectors.json instead: they lead to a sector.

const GROUPS: Array<[string[], string[]]> = [
  // resuming work and business
  [['开工', '开业', '营业', '复业', '开门', '上班', '开张', '复工复业', '恢复营业', '恢复生产', '复岗'], ['复工', '复产', '复工复产']],
  [['复工', '复产'], ['复工复产']],
  // reporting difficulties
  [['反映', '上报', '报告', '反馈', '求助', '找谁'], ['汇报']],
  [['难处', '难题', '麻烦'], ['困难']],
  [['遇到', '碰到', '面临', '出现'], ['存在']],
  [['自己', '本身', '自个'], ['自身']],
  // the notice itself
  [['发', '发布', '印发', '颁布', '出台', '发起', '提出', '下发'], ['发出']],
  [['发给', '面向', '针对', '号召谁'], ['倡议对象', '全省社会组织']],
  [['来源', '出处', '出自'], ['信息整理', '根据']],
  [['时期', '阶段', '节点'], ['关键期']],
  // people and groups
  [['务工人员', '打工', '打工人', '外出务工', '外来务工'], ['农民工']],
  [['返岗员工', '返工人员', '返岗工人', '复工人员', '返岗职工', '回来上班'], ['返岗人员']],
  [['员工', '职工', '工人'], ['员工', '返岗人员']],
  [['穷人', '贫困户', '困难群众'], ['贫困人口']],
  [['扶贫', '脱贫'], ['脱贫攻坚', '扶贫']],
  [['帮助', '支援', '支持'], ['帮扶', '帮助']],
  [['检查', '筛查', '排查'], ['排查', '监测检查']],
  [['防疫', '防控', '抗疫'], ['疫情防控']],
  [['新冠', '肺炎', '新冠肺炎'], ['疫情']],
  [['捐款', '捐钱', '捐赠', '筹款', '捐物'], ['募捐', '公开募捐']],
  [['停课', '停办', '关门', '不能开学'], ['暂时关闭']],
  [['网课', '网上课程', '在线课程', '在线教育', '网上培训'], ['线上培训']],
  [['线下课', '线下课程', '面授', '线下上课'], ['线下培训']],
  [['物资', '口罩', '防护服'], ['防疫物资', '防护用品']],
  [['意义', '重要性', '作用'], ['重要意义', '重要性']],
  [['截止', '期限', '最晚', '之前'], ['前', '2月底前']],
  [['安全', '安全生产'], ['安全生产', '安全']],
  [['领导', '书记'], ['省委书记']],
  [['地区', '地方', '区域'], ['地区', '片区', '山区']],
  [['消杀'], ['清洁消毒']],
];

const MAP = new Map<string, string[]>();
for (const [said, written] of GROUPS) {
  for (const w of said) MAP.set(w, [...new Set([...(MAP.get(w) ?? []), ...written.filter((x) => x !== w)])]);
}

/** The concept's forms: the word itself first, then the notice's words for it. */
export function withSynonyms(term: string): string[] {
  return [term, ...(MAP.get(term) ?? [])];
}
