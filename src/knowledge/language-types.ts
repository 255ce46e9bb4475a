// How people ask, independent of any notice: the shape of knowledge/language.json once loaded (src/knowledge/lexicon.ts).
import type { Lang } from './types.js';

/**
 * A kind of quantity an asker states (两百来人, 150人左右: the size of their event), read as one concept, `concept` (人数),
 * which a sentence holds when the bounds it sets (`lower`: 100人以上, 超过50人; `upper`: 400人以下, 控制在30人内) take
 * the number stated. `said` names the number `n` (and `from` of a range, `approx` for 左右); the bounds name theirs `n`.
 */
export interface StatedQuantity {
  concept: string;
  /** Words that name the quantity stated elsewhere in the message (这种规模): held as it is. */
  names: string[];
  said: RegExp;
  lower: RegExp[];
  upper: RegExp[];
}

export interface AnswerType {
  name: string;
  /** The question asks for this kind of answer... */
  asks: RegExp;
  /** ...which a sentence gives when it matches this. */
  answeredBy: RegExp;
  /** How much a sentence that gives it moves up (whether it gives it is also a signal of the decision). */
  weight: number;
  /** What it is called in a reply ("the notice does not state a date or time for …"). */
  label: Record<Lang, string>;
  /**
   * Whether what the notice says of this kind holds for any topic: the reasons it gives for its call
   * answer "why?" about each of its requests, but a date it sets for one party is no other party's date.
   */
  appliesToAll: boolean;
  /**
   * The words a sentence that holds such a datum (`holds`: a phone number, not the word 电话) is also found
   * by: it answers 电话是多少 though the line says only 联系方式：010-…. Only for data one line gives (a phone,
   * an address), not for a date or a reason, which any sentence may hold.
   */
  foundBy?: { holds: RegExp; words: string[] };
  /**
   * The label of a datum line that gives this kind, when the value alone does not show it is the one asked for
   * (征集时间：即日起至2020年12月31日 gives a deadline; 时间 alone in a sentence names no answer).
   */
  labelledBy?: RegExp;
  /**
   * A kind of answer nothing else stands in for (a name, a phone number, the date asked by 哪天): a sentence without
   * it never answers, however well it matches the question; it is shown as related instead.
   */
  required?: boolean;
  /**
   * A sentence may give this kind without the words that show it: a reason is often only the situation the notice
   * describes (春节期间，流动人员数量增多). Lacking those words, a sentence is not taken to lack the kind (the decision's
   * typeMissing); holding them still moves it up.
   */
  mayBeImplicit?: boolean;
  /**
   * Kinds that name one group (contact: a phone number, an email address, a postal address) are ways of giving one
   * thing: asked together (怎么联系，有邮箱吗), a sentence holding the datum of one of them lacks none.
   */
  oneOf?: string;
  /**
   * Not asked when a datum one line gives (a kind with `foundBy`) is: the datum is the answer. A count is asked by
   * the word the datum is asked by (多少 in 邮箱是多少), an amount by the topic the datum is asked about (会费 in
   * 会费减免打哪个电话问).
   */
  yieldsToDatum?: boolean;
  /**
   * The question's word naming this kind (好多钱, 多少) is held by a sentence holding such an answer (6000元/年):
   * an amount or a count is what the word asks for, and no notice names it so. Not for kinds whose evidence is a
   * word many lines hold (开户 for an account's bank): their word must be in the sentence itself.
   */
  heldByAnswer?: boolean;
  /**
   * A list of how many items the question asks for (哪12个, 12个产业分别是哪些: `count`'s group n), held only by a
   * sentence listing as many, told apart by `item` (、；): 促进贵州12个农业特色优势产业 names twelve, lists none.
   */
  counts?: { count: RegExp; item: RegExp };
}

/** How people ask, independent of any notice (knowledge/language.json). */
export interface LanguageData {
  questionWords: Set<string>;
  /**
   * Nouns that name an aspect of what is asked (原则, 标准, 目标, 角色), or the category of the things asked for (物资,
   * 用品): 遵循什么原则 asks for the principle the notice states without calling it so, 缺些啥子物资 for the masks and
   * disinfectant it lists. Unknown to every notice, one weighs little and is never the thing asked about.
   */
  aspectWords: Set<string>;
  /**
   * Measure words (场, 项, 个, 类): after 哪, 这 or 那, with or without a number (哪两场仗, 这场疫情), they point at what is
   * asked about and are no word of it; after a number alone (交几幅) they are what is counted.
   */
  measureWords: Set<string>;
  genericWords: Set<string>;
  /**
   * Words general Chinese uses as adverbs, time words, pronouns, numerals, particles (knowledge/general-words.json):
   * when no notice knows one, it asks for nothing a notice lacks.
   */
  lightWords: Set<string>;
  /**
   * Structural particles (the same file's auxiliaries of one character: 的, 地, 得, 了, 着, 过): a phrase joined
   * across one (企业|的|复) is no word, though a notice's text holds it.
   */
  particles: Set<string>;
  /** Conjunctions of one character (the same file's c: 和, 与, 或): glued to a word's first character, they are cut off it. */
  conjunctions: Set<string>;
  /** Two-character verbs of general Chinese (the same file): unknown to every notice, they weigh less than a thing asked for. */
  verbWords: Set<string>;
  /** Adjectives of general Chinese (the same file): unknown to every notice, they ask for nothing a notice lacks (合适吗). */
  adjectiveWords: Set<string>;
  /**
   * Every two-character word of general Chinese (the same file's pairs), concatenated in code-unit order, for a
   * binary search (see isGeneralPair): kept as one string, it costs no set of a hundred thousand entries. Empty: unknown.
   */
  pairs: string;
  /** Nouns of general Chinese the segmenter cuts into single characters (the same file): in a question, those characters are one word (账|号). */
  nounWords: Set<string>;
  /**
   * Places by the names people use for them (贵阳市, 贵阳), each with its division codes (knowledge/places.json):
   * two digits a province, four a prefecture, six a county; a name several places share has several.
   */
  places: Map<string, string[]>;
  /** English words in general use (knowledge/english-words.json): real words, never read as typos of others. */
  realEnglish: Set<string>;
  englishStopWords: Set<string>;
  issuerWords: string[];
  /** How organisations' names are shortened (律师协会 -> 律协): their kinds' short forms, and prefixes left out first. */
  shortNames: { kinds: Array<[kind: string, short: string[]]>; prefixes: string[] };
  dateWords: string[];
  /**
   * Words for a year counted from the notice's own (去年 -1, 明年 +1, last year), each as the pattern that finds it in a
   * lower-cased question (an English phrase as whole words) and its offset: another year's matter, as 2019年 is.
   */
  relativeYears: Array<{ said: RegExp; offset: number }>;
  /** Quantities the asker states (两百来人) and the bounds notices set on them (100人以上、400人以下): see StatedQuantity. */
  statedQuantities: StatedQuantity[];
  answerTypes: AnswerType[];
  patterns: Record<
    | 'aboutNotice'
    | 'aboutBot'
    | 'duty'
    | 'outline'
    | 'outlineEn'
    | 'outlineWord'
    | 'lastParagraph'
    | 'lastPoint'
    /** The first point said without 第 (头一条, 頭一條): point 1. */
    | 'firstPoint'
    | 'firstParagraph'
    | 'noticeSelf'
    | 'asking'
    /** The pinyin-input slip 那 for 哪 (both na): read as 哪 in a sentence that otherwise asks nothing (那个单位发的？). */
    | 'slipForWhich'
    /** A dialect word for who that asks which before a thing's name (Cantonese 边个部门: 哪个部门, but 边个负责: 谁). */
    | 'whoBeforeThing'
    /** The asking clause points back at the story (这些东西, 这种情况, them): the story's things are what it asks about. */
    | 'refersBack'
    /** What stands right before the thing a question asks for by name (what principles, which spirit): matched at its end. */
    | 'headAsked'
    /** Where the asker is (我在香港, 我喺成都): context, not a place asked about (otherPlace reads the rest). */
    | 'askerIsAt'
    /** A notice that speaks of abroad (海外侨胞, 境外): other countries are no place outside it. */
    | 'abroad'
    /**
     * A day a question states (2月2日的结婚登记取消了，什么时候补办): the asker knows it, so a sentence holding only that day
     * gives no answer to when.
     */
    | 'statedDate'
    | 'audience'
    /** Asks who issued it (谁发的, which department): with "when", both its signature and its date answer. */
    | 'issuer'
    /** The asker runs a business (我开饭店的, I run a restaurant): a call to associations addresses them indirectly. */
    | 'ownsBusiness'
    /** Why the notice was issued, what it is for (为什么发这个通知, the purpose of the call): its own reason answers. */
    | 'purpose'
    /** A line of the notice saying whom it addresses (向全体会员发出如下倡议): one answer to 给谁的. */
    | 'addressing'
    /** The verb of such a line (发出, 提出): a question using it (向谁提出的) is answered by that line first. */
    | 'addressingVerb'
    /** What comes before a word naming the asker (我们, 我们这种: 对我们业主): that word is who asks, not what about. */
    | 'askerWord'
    /**
     * Asks what the notice follows or answers (按照哪个文件发的, 响应哪个单位的倡议, which document it responds to):
     * a sentence of it says (根据…的要求), not its signature, though the question asks "which … issued".
     */
    | 'basis'
    /**
     * Asks by when something must be done (截止日期, 最晚哪天, the deadline): a date the notice would set, not the date
     * it was issued, though 哪天 asks that too.
     */
    | 'deadline'
    /** A clause naming what the next one asks about (倡议对我们这种搞农业的社会组织，…): part of the asking (story.ts). */
    | 'topicLead'
    /**
     * A count named in passing (我们有几个员工, 宿舍几个同学): "a few", no question of how many, when a later clause of
     * the same sentence asks (…，他们能参加献血吗？). A clause asking through it alone is then story (story.ts).
     */
    | 'fewAsking'
    /**
     * Asks what the notice says of something, in general (倡议对我们是怎么说的, 有什么要求): asked last, after a
     * narrower question (什么时候恢复上课，…，对我们是怎么说的?), it is the question; the narrower one says why.
     */
    | 'generalAsk'
    /**
     * Asks whether other bodies of a kind do the same (成都各个区县的民政局也…吗, 县残联也恢复了吗): its group `body` names
     * the kind. What a notice says of its issuer's work is not said of theirs.
     */
    | 'otherBody'
    /** What a notice writes before such bodies when it addresses them too (各县（市、区）民政局, 其他…商会). */
    | 'bodyScope',
    RegExp
  >;
  /** How a message leans on the one before it, and messages that only greet or thank. */
  conversation: {
    next: RegExp;
    previous: RegExp;
    /** Each with a group named `subject`: 那餐饮呢, and volunteers? */
    otherSubject: RegExp[];
    pronoun: RegExp;
    greeting: RegExp;
    thanks: RegExp;
  };
}
