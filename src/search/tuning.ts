// Every tuning number of the answerer in one place, each with its reason (after fuse.js's core/config.ts).
// Whether to answer at all is not decided here: that is a model fitted on labelled questions
// (bench/fit-decision.ts), whose weights are knowledge (knowledge/decision-model.json).

export const TUNING = {
  /**
   * Weight of a concept that only the story around a long message's question names (我是开火锅店的…).
   * It says who asks (火锅店 -> 餐饮) and must still lead to their sector, but it must not outvote
   * what the asking clause names.
   */
  backgroundFactor: 0.4,
  /**
   * ...and all of the story together weighs at most this share of what the asking clauses weigh, when they name
   * something of their own. When they do not (倡议对我们是怎么要求的), the story says what about: uncapped. Measured:
   * +4 answers, -2 (any factor from 0.25 to 1 the same); uncapping also when they name one thing: +6, -5.
   */
  backgroundCap: 1,
  /**
   * An aspect of the notice a question asks for by name (what principles, which spirit: patterns.headAsked before an
   * aspect word's English) weighs this many times its weight: the sentence stating the principle, not a longer one
   * holding the question's other words, answers. Measured on the labelled rows: 1.5 +2/-0, 2 and 3 +4/-0; read the
   * same way in Chinese (什么原则) +1/-1, so English only.
   */
  askedAspectFactor: 2,
  /**
   * The story's weight when the asking clause points back at it (慈善会需要这些东西吗, after 店里还压着几箱消毒液和洗手液):
   * its things are what is asked about, so it is not capped by what the asking clause names. Measured: 0.4 +1/-0,
   * 0.7 and 1 +2/-0.
   */
  referredStoryFactor: 0.7,
  /**
   * A message this long or longer is read as story and ask (splitStory); shorter ones are all question. A short
   * message tells a story too (我从温州回北京，温州那边病例多，要自己隔离好久哦): its 病例 asked no count. Measured
   * on the labelled sets against 36: 32 +1/-0, 30 +2/-0, 28 +4/-1, 26 +4/-2, 24 +6/-4, 20 +11/-11.
   */
  storyMinChars: 28,
  /**
   * An English question may hold a few Chinese characters (a name, a plate: not 皖R) and be English still: at most
   * this many, among at least englishMinWords English words; each run of them is a concept of its own. Measured: +1 on
   * the labelled rows (the one such question), nothing lost; a Chinese question with an English word or two (我想问一下
   * the app 怎么下载) stays Chinese.
   */
  englishMaxHan: 4,
  englishMinWords: 5,
  /** Weight of the notice's own name (its issuer, its region) in a question that does not ask who issued it. */
  noticeNameFactor: 0.25,
  /**
   * Two words of a question that together spell this many characters of an issuer's name beyond its place (陶瓷博物|馆)
   * name the notice: 4 gained the labelled rows 11 answers (14 gained, 3 lost), traps the same; a place and a kind of
   * body (福州|民政局, 3 beyond the place) is what a question asks of.
   */
  issuerPairChars: 4,
  /**
   * A word of an issuer's name, this long beyond its place, before the kind of body that ends the name further on
   * (建设监理 … 协会 of 武汉建设监理与咨询行业协会, construction supervision association) names the notice: 2 gained the
   * labelled rows 8 answers, nothing lost; 3 or 4 only 2 (龙岩|建筑 … 协会, of 龙岩市建筑业协会, is 2 beyond its place).
   */
  issuerWordChars: 2,
  /** How many sentences fuse.js and BM25 each offer: more than an answer quotes, few enough to judge each. */
  candidates: 20,
  /**
   * In BM25, the bigrams of forms the asker did not type (synonyms, dictionary terms) count half:
   * they widen the net without letting a long synonym list outweigh the question's own words.
   */
  expansionWeight: 0.5,
  /**
   * Weight of a word no notice knows that general Chinese uses as an adverb, time word, numeral or
   * particle (knowledge/general-words.json), against an unknown word's full weight. Measured on the
   * tuning sets: 0.3 and 0.5 answered the same (gz tune +2, realistic +1, 苏州 +1) with no trap more;
   * taking verbs and place words too (推荐, 附近) answered traps (推荐一家奶茶店, 附近的医院在哪).
   */
  lightWordFactor: 0.3,
  /**
   * The same for a two-character verb of general Chinese (抓紧, 打算). Measured on the tuning sets: 0.7
   * answered gz tune 49 -> 50 of 59 and 武汉 7 -> 8 of 12 with no trap more; 0.5 answered the same and one
   * trap more in dev (推荐一家火锅店), and three more elsewhere.
   */
  verbWordFactor: 0.7,
  /**
   * With several notices, a question naming none goes to the main notice's sentence when it ranks within
   * this of another notice's best: the bot is about the main notice. It settles near ties such as a short
   * sentence of another notice that only names the sector (武汉餐饮行业的复苏) against the sector's duty.
   * Measured with each of 71 other real notices beside the main one (npm run eval -- --beside-main): their own
   * labelled questions 3146 / 3124 / 3086 / 3034 of 4063 answered at 0 / 0.02 / 0.05 / 0.1, traps 1901 / 1899 /
   * 1901 / 1902; the main notice's dev and tune questions 7657 / 7658 / 7658 / 7658 of 7810, traps 1768 / 1770 /
   * 1770 / 1771. 0.02 is the least that costs the main notice nothing.
   */
  mainNoticeMargin: 0.02,
  /**
   * A sentence of the best one's paragraph that holds the kind of answer asked for (a number, a date, a
   * place) answers instead when it covers at least this share of what the best covers.
   */
  typedNeighbourShare: 0.5,
  /**
   * When the best sentence lacks a datum the answer must hold (a name for 联系谁, a number for 电话), the next this
   * many candidates are looked at for one beside it that holds it and covers typedNeighbourShare of what the best
   * covers (联系人：周霞 after 联系方式：…). Measured: 2 and 4 gave the same (fit9 +1, nothing lost; half the coverage
   * rather than all of it: fit5 +1 more); looking at any candidate of another paragraph for any kind of answer cost
   * traps (fit5 -3, fit9 -1, blind -2).
   */
  requiredNeighbourDepth: 2,
  /**
   * A sentence right after the best one in its paragraph, this short or shorter (in characters), gives a datum the
   * answer must hold that the best lacks, as a labelled line does (1月31日起…暂停营业。恢复时间，另行通告。 for "when shut,
   * when reopened"): a line that short says one thing. Measured on the labelled rows, against labelled lines only:
   * 12 +2/-0, 24 +5/-0, 30 +7/-1 (a trap answered).
   */
  shortLineAfterChars: 24,
  /**
   * When the best sentence lacks the kind of answer asked for, a labelled line of the same notice among the next this
   * many candidates that gives it (捐赠物资地点：…, 截止时间：…) and covers typedNeighbourShare of what the best covers
   * answers instead, in whatever paragraph it stands, when its label names that kind (地点 a place): a phone line
   * holds digits for 多少 without being a count. Measured: 2 to 8 the same (+2/-0); any datum line holding the kind,
   * label or not: +2/-1 (联系电话：… answered how many members). When the best lacks a datum the answer must hold (a name
   * for 联系人是谁), every candidate is looked at: the best cannot answer anyway (+1/-0, 联系人：… fifth).
   */
  labelledLineDepth: 3,
  /**
   * A labelled line (see labelledLineDepth) answers instead of the best sentence when it covers at least this share of
   * what the best covers: its label naming the kind asked is evidence the words are not (征集时间：即日起至12月31日 covers
   * only 征集 of 淄博陶瓷博物馆征集作品截止到几时, the best sentence the museum's name too). Measured on the labelled rows:
   * 0.05 and 0.15 the same (+6 against typedNeighbourShare's 0.5, nothing lost), 0.25 three fewer. A line under a title
   * that names the kind asked (14:00-21:30 under 一、开放时间) is held to the same share: the title is the same evidence
   * as a label (+2/-0 against typedNeighbourShare). So is a sentence that names a datum found by its shape beside it
   * (协会邮箱：ly…@163.com) when the best sentence lacks it: +2/-0 against typedNeighbourShare.
   */
  labelledLineShare: 0.15,
  /**
   * A general question about what a notice says or asks (摄协对一线记者说了啥, 政府咋要求的, what should shops do) is
   * answered with the whole of the best sentence's paragraph when that is this short: its sentences carry on from each
   * other (thanks, then 希望你们…). Measured: 200 to 400 the same (+8/-1, the one lost quoting a sentence about other
   * regions than the one asked); 500: answers past the length a reply should have (-15).
   */
  wholeParagraphChars: 300,
  /**
   * A question about the notice itself (who issued it, when, to whom) is answered by its own line only when
   * that line holds at least this share of the question; with less, the line is no answer (残疾人两项补贴好久发
   * holds 好久发 but asks of subsidies). Measured on the labelled sets, the line left to the decision: 0.15
   * declined 3 more traps, 0.3 9 and lost no answer, 0.4 and 0.5 cost one answer each; at 0.3, the line never
   * quoted then: 14 traps, no answer lost.
   */
  framingLineShare: 0.3,
};
