// Every string a user reads, in simplified Chinese, traditional Chinese and English.
// zh-Hant entries are written out (not converted at run time) so a reviewer can read them.
import { toFullWidth } from './knowledge/punctuation.js';
import type { KnowledgeBase, Lang, Notice } from './knowledge/types.js';

const MESSAGES = {
  citation: {
    'zh-Hans': '《{title}》第{p}段第{s}句',
    'zh-Hant': '《{title}》第{p}段第{s}句',
    en: '{title}, paragraph {p}, sentence {s}',
  },
  // A further quote of the notice just cited: its title once is enough.
  sameNoticeCitation: { 'zh-Hans': '同上，第{p}段第{s}句', 'zh-Hant': '同上，第{p}段第{s}句', en: 'Same {kind}, paragraph {p}, sentence {s}' },
  paragraphCitation: { 'zh-Hans': '《{title}》第{p}段', 'zh-Hant': '《{title}》第{p}段', en: '{title}, paragraph {p}' },
  notCovered: {
    'zh-Hans': '{kind}里没有提到这个问题。',
    'zh-Hant': '{kind}裡沒有提到這個問題。',
    en: 'The {kind} does not say anything about that.',
  },
  notStated: {
    'zh-Hans': '{kind}没有直接说到这一点。相关的是:',
    'zh-Hant': '{kind}沒有直接說到這一點。相關的是:',
    en: 'The {kind} does not say that directly. The closest it comes:',
  },
  notStatedTopic: {
    'zh-Hans': '{kind}没有说到“{topic}”。相关的是:',
    'zh-Hant': '{kind}沒有說到「{topic}」。相關的是:',
    en: 'The {kind} says nothing about “{topic}”. The closest it comes:',
  },
  // Conversation: follow-ups, what a notice lacks, parts asked for by number, greetings (issue 10)
  followUpAbout: { 'zh-Hans': '关于{topic}:', 'zh-Hant': '關於{topic}:', en: 'About {topic}:' },
  lacksType: {
    'zh-Hans': '{kind}没有说到{topic}的{type}。{kind}里说到{type}的是这一句:',
    'zh-Hant': '{kind}沒有說到{topic}的{type}。{kind}裡說到{type}的是這一句:',
    en: 'The {kind} gives no {type} for {topic}. The {type} it does give is in this sentence:',
  },
  unstatedType: {
    'zh-Hans': '{kind}没有给出具体{type}。它说的是:',
    'zh-Hant': '{kind}沒有給出具體{type}。它說的是:',
    en: 'The {kind} gives no {type}. What it says:',
  },
  addressedTo: {
    'zh-Hans': '这份{kind}是写给{audience}的。其中与您的行业相关的是:',
    'zh-Hant': '這份{kind}是寫給{audience}的。其中與您的行業相關的是:',
    en: 'This {kind} is addressed to {audience}. What it says about your line of business:',
  },
  noSuchSentence: {
    'zh-Hans': '第{p}段共有{n}句,没有第{s}句。',
    'zh-Hant': '第{p}段共有{n}句,沒有第{s}句。',
    en: 'Paragraph {p} has {n} sentences; there is no sentence {s}.',
  },
  greetingReply: {
    'zh-Hans': '您好!我回答关于《{title}》的问题,直接提问就行,例如:',
    'zh-Hant': '您好!我回答關於《{title}》的問題,直接提問就行,例如:',
    en: 'Hello! Ask me anything about “{title}”, for example:',
  },
  thanksReply: {
    'zh-Hans': '不客气!关于这份{kind}还有问题,可以继续问。',
    'zh-Hant': '不客氣!關於這份{kind}還有問題,可以繼續問。',
    en: "You're welcome! Ask me anything else about the {kind}.",
  },
  translationNote: {
    'zh-Hans': '英文为非官方译文({by},{date})。',
    'zh-Hant': '英文為非官方譯文({by},{date})。',
    en: 'Unofficial English translation ({by}, {date}); the Chinese original is beneath each quote.',
  },
  untranslated: {
    'zh-Hans': '这份{kind}还没有英文译文,以下是中文原文。',
    'zh-Hant': '這份{kind}還沒有英文譯文,以下是中文原文。',
    en: 'This {kind} has no English translation yet; here is the Chinese original.',
  },
  tryInstead: {
    'zh-Hans': '可以发送 /sectors 查看各行业的要求,或者这样问:',
    'zh-Hant': '可以發送 /sectors 查看各行業的要求,或者這樣問:',
    en: 'Send /sectors to see what each sector must do, or ask for example:',
  },
  empty: {
    'zh-Hans': '请用文字输入您的问题。',
    'zh-Hant': '請用文字輸入您的問題。',
    en: 'Please type your question as text.',
  },
  truncated: {
    'zh-Hans': '(问题太长,只按前{n}个字回答。)',
    'zh-Hant': '(問題太長,只按前{n}個字回答。)',
    en: '(Your question was long: I answered its first {n} characters.)',
  },
  didYouMean: { 'zh-Hans': '您是不是想问:', 'zh-Hant': '您是不是想問:', en: 'Did you mean:' },
  outlineIntro: {
    'zh-Hans': '《{title}》({issuer},{date})提出{n}点要求:',
    'zh-Hant': '《{title}》({issuer},{date})提出{n}點要求:',
    en: '{titleEn} ({issuerEn}, {date}) makes {n} points:',
  },
  paragraphMore: {
    'zh-Hans': '……(本段共{n}句,发送 /p {p} 查看全文)',
    'zh-Hant': '……(本段共{n}句,發送 /p {p} 查看全文)',
    en: '… ({n} sentences; send /p {p} for the whole paragraph)',
  },
  paragraphSectors: { 'zh-Hans': '本段分述:{list}', 'zh-Hant': '本段分述:{list}', en: 'This paragraph covers: {list}' },
  noSuchParagraph: {
    'zh-Hans': '{kind}共有{n}段,没有这一段。',
    'zh-Hant': '{kind}共有{n}段,沒有這一段。',
    en: 'The {kind} has {n} paragraphs; there is no such paragraph.',
  },
  // The bot's interface
  forgotten: {
    'zh-Hans': '已删除本机器人保存的关于您的全部信息(语言设置和订阅)。',
    'zh-Hant': '已刪除本機器人保存的關於您的全部資訊(語言設定和訂閱)。',
    en: 'Everything this bot kept about you (language and subscriptions) is deleted.',
  },
  nothingToForget: { 'zh-Hans': '本机器人没有保存关于您的信息。', 'zh-Hant': '本機器人沒有保存關於您的資訊。', en: 'This bot keeps nothing about you.' },
  groupAdminsOnly: {
    'zh-Hans': '在群里,只有群管理员可以更改本群的订阅和数据。',
    'zh-Hant': '在群組裡,只有群組管理員可以更改本群組的訂閱和資料。',
    en: "In a group, only the group's admins can change its subscriptions and data.",
  },
  notYourDraft: {
    'zh-Hans': '只有撰写这条公告的管理员可以发送或取消。',
    'zh-Hant': '只有撰寫這條公告的管理員可以發送或取消。',
    en: 'Only the admin who wrote this announcement can send or cancel it.',
  },
  privateOnly: {
    'zh-Hans': '请在与机器人的私聊中使用这个命令。',
    'zh-Hant': '請在與機器人的私聊中使用這個命令。',
    en: 'Please use this command in a private chat with the bot.',
  },
  notAllowed: {
    'zh-Hans': '抱歉,只有管理员可以使用这个命令。',
    'zh-Hant': '抱歉,只有管理員可以使用這個命令。',
    en: 'Sorry, only admins can use this command.',
  },
  reloadUnchanged: {
    'zh-Hans': '知识库没有变化(版本 {version}),不发送更新。',
    'zh-Hant': '知識庫沒有變化(版本 {version}),不發送更新。',
    en: 'Knowledge unchanged (version {version}); nothing sent.',
  },
  reloadChanged: {
    'zh-Hans': '知识库已更新为版本 {version},将通知 {n} 位订阅者。',
    'zh-Hant': '知識庫已更新為版本 {version},將通知 {n} 位訂閱者。',
    en: 'Knowledge updated to version {version}; {n} subscribers will be told.',
  },
  reloadFailed: {
    'zh-Hans': '重新加载失败,仍使用原来的知识库:{error}',
    'zh-Hant': '重新載入失敗,仍使用原來的知識庫:{error}',
    en: 'Reload failed; the previous knowledge stays in use: {error}',
  },
  announceUsage: {
    'zh-Hans': '用法:/announce 要发送给所有订阅者的文字',
    'zh-Hant': '用法:/announce 要發送給所有訂閱者的文字',
    en: 'Usage: /announce the text to send to every subscriber',
  },
  announcePreview: { 'zh-Hans': '预览(将发送给 {n} 位订阅者):', 'zh-Hant': '預覽(將發送給 {n} 位訂閱者):', en: 'Preview (to {n} subscribers):' },
  announceSend: { 'zh-Hans': '✅ 发送', 'zh-Hant': '✅ 發送', en: '✅ Send' },
  announceCancel: { 'zh-Hans': '✖ 取消', 'zh-Hant': '✖ 取消', en: '✖ Cancel' },
  announceQueued: { 'zh-Hans': '已开始发送给 {n} 位订阅者。', 'zh-Hant': '已開始發送給 {n} 位訂閱者。', en: 'Sending to {n} subscribers.' },
  announceCancelled: { 'zh-Hans': '已取消,没有发送。', 'zh-Hant': '已取消,沒有發送。', en: 'Cancelled; nothing sent.' },
  broadcastProgress: {
    'zh-Hans': '推送 #{id}:已送达 {sent}/{total},失败 {failed},已屏蔽 {blocked}{eta}',
    'zh-Hant': '推送 #{id}:已送達 {sent}/{total},失敗 {failed},已封鎖 {blocked}{eta}',
    en: 'Broadcast #{id}: delivered {sent}/{total}, failed {failed}, blocked {blocked}{eta}',
  },
  statsTitle: { 'zh-Hans': '统计', 'zh-Hant': '統計', en: 'Statistics' },
  updateHeader: { 'zh-Hans': '🔔 《{title}》有更新:', 'zh-Hant': '🔔 《{title}》有更新:', en: '🔔 {titleEn} has changed:' },
  updateNewNotice: {
    'zh-Hans': '新增{kind}《{title}》({issuer},{date})',
    'zh-Hant': '新增{kind}《{title}》({issuer},{date})',
    en: 'New notice: {titleEn} ({issuerEn}, {date})',
  },
  updateRemovedNotice: { 'zh-Hans': '文件《{title}》已撤下', 'zh-Hant': '文件《{title}》已撤下', en: 'Notice withdrawn: {titleEn}' },
  updateParagraphAdded: { 'zh-Hans': '新增第{p}段', 'zh-Hant': '新增第{p}段', en: 'Paragraph {p} added' },
  updateParagraphChanged: { 'zh-Hans': '第{p}段有修改', 'zh-Hant': '第{p}段有修改', en: 'Paragraph {p} changed' },
  updateParagraphRemoved: { 'zh-Hans': '第{p}段已删除', 'zh-Hant': '第{p}段已刪除', en: 'Paragraph {p} removed' },
  wholeNotice: { 'zh-Hans': '整份{kind}', 'zh-Hant': '整份{kind}', en: 'the whole {kind}' },
  subscribed: {
    'zh-Hans': '已订阅「{name}」的更新。发送 /mysubs 查看,/unsubscribe 取消。',
    'zh-Hant': '已訂閱「{name}」的更新。發送 /mysubs 查看,/unsubscribe 取消。',
    en: 'You will get updates for {name}. /mysubs lists them, /unsubscribe stops them.',
  },
  alreadySubscribed: { 'zh-Hans': '您已经订阅了「{name}」。', 'zh-Hant': '您已經訂閱了「{name}」。', en: 'You already follow {name}.' },
  unsubscribed: { 'zh-Hans': '已取消{n}项订阅。', 'zh-Hant': '已取消{n}項訂閱。', en: 'Stopped {n} subscription(s).' },
  noSubscriptions: {
    'zh-Hans': '您还没有订阅。发送 /subscribe 订阅整份{kind}的更新。',
    'zh-Hant': '您還沒有訂閱。發送 /subscribe 訂閱整份{kind}的更新。',
    en: 'You have no subscriptions. Send /subscribe to follow the whole {kind}.',
  },
  yourSubscriptions: { 'zh-Hans': '您订阅了:', 'zh-Hant': '您訂閱了:', en: 'You follow:' },
  unknownSector: {
    'zh-Hans': '没有找到行业「{arg}」。请从下面选择:',
    'zh-Hant': '沒有找到行業「{arg}」。請從下面選擇:',
    en: 'No sector called “{arg}”. Choose one below:',
  },
  otherSectors: { 'zh-Hans': '📋 其他行业的要求', 'zh-Hant': '📋 其他行業的要求', en: '📋 Other sectors' },
  subscribeButton: { 'zh-Hans': '🔔 订阅「{name}」的更新', 'zh-Hant': '🔔 訂閱「{name}」的更新', en: '🔔 Follow updates for {name}' },
  welcome: {
    'zh-Hans': '您好!我回答关于《{title}》({issuer},{date})的问题。每个回答都引用{kind}原文,并注明出自第几段第几句。',
    'zh-Hant': '您好!我回答關於《{title}》({issuer},{date})的問題。每個回答都引用{kind}原文,並註明出自第幾段第幾句。',
    en: 'Hello! I answer questions about “{title}” ({issuerEn}, {date}). Every answer quotes the notice and says which paragraph and sentence it comes from.',
  },
  examplesIntro: { 'zh-Hans': '您可以直接提问,例如:', 'zh-Hant': '您可以直接提問,例如:', en: 'Just ask, for example:' },
  // Every user command, one line each; setCommands (create-bot.ts) registers the same commands.
  commandsHelp: {
    'zh-Hans': [
      '/sectors 各行业的要求',
      '/notice {kind}概况',
      '/p 4 查看第4段全文',
      '/subscribe 订阅整份{kind}的更新(后面加行业名称则只订阅该行业)',
      '/mysubs 查看我的订阅',
      '/unsubscribe 取消订阅',
      '/lang 切换语言',
      '/forget 删除本机器人保存的关于您的信息',
      '/start、/help 显示这份说明',
    ].join('\n'),
    'zh-Hant': [
      '/sectors 各行業的要求',
      '/notice {kind}概況',
      '/p 4 查看第4段全文',
      '/subscribe 訂閱整份{kind}的更新(後面加行業名稱則只訂閱該行業)',
      '/mysubs 查看我的訂閱',
      '/unsubscribe 取消訂閱',
      '/lang 切換語言',
      '/forget 刪除本機器人保存的關於您的資訊',
      '/start、/help 顯示這份說明',
    ].join('\n'),
    en: [
      '/sectors what each sector must do',
      '/notice the notice at a glance',
      '/p 4 paragraph 4 in full',
      '/subscribe follow updates of the whole notice (add a sector name to follow only that sector)',
      '/mysubs what you follow',
      '/unsubscribe stop updates',
      '/lang change language',
      '/forget delete everything this bot keeps about you',
      '/start, /help this help',
    ].join('\n'),
  },
  sectorsPrompt: { 'zh-Hans': '请选择您所在的行业:', 'zh-Hant': '請選擇您所在的行業:', en: 'Choose your sector:' },
  sectorDuty: { 'zh-Hans': '{sector}:{kind}的要求', 'zh-Hant': '{sector}:{kind}的要求', en: '{sector}: what the {kind} asks' },
  back: { 'zh-Hans': '« 返回行业列表', 'zh-Hant': '« 返回行業列表', en: '« All sectors' },
  fullParagraph: { 'zh-Hans': '📄 第{p}段全文', 'zh-Hant': '📄 第{p}段全文', en: '📄 Paragraph {p} in full' },
  versionStamp: { 'zh-Hans': '依据:{issuer} {date} 发布的{kind}', 'zh-Hant': '依據:{issuer} {date} 發佈的{kind}', en: 'Source: {issuerEn}, notice of {date}' },
  markedSentence: { 'zh-Hans': '(加粗的是所引用的句子)', 'zh-Hant': '(加粗的是所引用的句子)', en: '(the quoted sentence is in bold)' },
  feedbackThanks: { 'zh-Hans': '谢谢您的反馈!', 'zh-Hant': '謝謝您的回饋!', en: 'Thank you for the feedback!' },
  expired: {
    'zh-Hans': '这个按钮已过期,请重新提问或发送 /sectors。',
    'zh-Hant': '這個按鈕已過期,請重新提問或發送 /sectors。',
    en: 'This button has expired. Please ask again or send /sectors.',
  },
  textOnly: {
    'zh-Hans': '我只能读懂文字。请用文字提问。',
    'zh-Hant': '我只能讀懂文字。請用文字提問。',
    en: 'I can only read text. Please type your question.',
  },
  rateLimited: {
    'zh-Hans': '您发得太快了,请稍等几秒再问。',
    'zh-Hant': '您發得太快了,請稍等幾秒再問。',
    en: 'You are sending messages too fast. Please wait a few seconds.',
  },
  paragraphUsage: { 'zh-Hans': '用法:/p 1 到 /p {n}', 'zh-Hant': '用法:/p 1 到 /p {n}', en: 'Usage: /p 1 to /p {n}' },
  langPrompt: { 'zh-Hans': '请选择语言:', 'zh-Hant': '請選擇語言:', en: 'Choose a language:' },
  langSet: { 'zh-Hans': '已切换为简体中文。', 'zh-Hant': '已切換為繁體中文。', en: 'Switched to English.' },
  noticeHeader: { 'zh-Hans': '《{title}》', 'zh-Hant': '《{title}》', en: '{titleEn}' },
  noticeIssued: { 'zh-Hans': '发布:{issuer},{date}', 'zh-Hant': '發佈:{issuer},{date}', en: 'Issued by {issuerEn} on {date}' },
  noticePoints: { 'zh-Hans': '{n}点要求:', 'zh-Hant': '{n}點要求:', en: 'Its {n} points:' },
  noticeParagraphs: {
    'zh-Hans': '共{n}段,发送 /p 1 到 /p {n} 查看全文。',
    'zh-Hant': '共{n}段,發送 /p 1 到 /p {n} 查看全文。',
    en: '{n} paragraphs: send /p 1 to /p {n} to read one in full.',
  },
  error: { 'zh-Hans': '抱歉,出了点问题,请稍后再试。', 'zh-Hant': '抱歉,出了點問題,請稍後再試。', en: 'Sorry, something went wrong. Please try again shortly.' },
  // Commands, unsubscribing, the command line
  unknownCommand: {
    'zh-Hans': '没有 {command} 这个命令。可以使用的命令:',
    'zh-Hant': '沒有 {command} 這個命令。可以使用的命令:',
    en: 'There is no command {command}. These are the commands:',
  },
  unsubscribePrompt: { 'zh-Hans': '要取消哪一项订阅?', 'zh-Hant': '要取消哪一項訂閱?', en: 'Which updates do you want to stop?' },
  unsubscribeButton: { 'zh-Hans': '取消「{name}」', 'zh-Hant': '取消「{name}」', en: 'Stop {name}' },
  unsubscribeAllButton: { 'zh-Hans': '取消全部订阅', 'zh-Hant': '取消全部訂閱', en: 'Stop all' },
  unsubscribedOne: { 'zh-Hans': '已取消「{name}」的订阅。', 'zh-Hant': '已取消「{name}」的訂閱。', en: 'Stopped the updates for {name}.' },
  unsubscribeMore: { 'zh-Hans': '还要取消其他订阅吗?', 'zh-Hant': '還要取消其他訂閱嗎?', en: 'Stop another?' },
  notSubscribed: { 'zh-Hans': '您没有订阅「{name}」。', 'zh-Hant': '您沒有訂閱「{name}」。', en: 'You do not follow {name}.' },
  // The command line (npm run ask) has no /sectors: its not-covered reply offers only the examples.
  askTryInstead: { 'zh-Hans': '可以这样问,例如:', 'zh-Hant': '可以這樣問,例如:', en: 'Try asking, for example:' },
  consoleBanner: {
    'zh-Hans':
      '本地控制台聊天(未设置 BOT_TOKEN)。输入问题后回车;输入按钮编号即点按钮;/quit 退出。\n连接 Telegram:向 @BotFather 申请令牌,写入 .env 的 BOT_TOKEN=…,再运行 npm start。',
    'zh-Hant': '本地控制台聊天(未設定 BOT_TOKEN)。輸入問題後回車;輸入按鈕編號即點按鈕;/quit 退出。',
    en: 'Local console chat (no BOT_TOKEN set). Type a question and press Enter; type a button number to press it; /quit to leave.\nTo connect to Telegram: get a token from @BotFather, put BOT_TOKEN=… in .env, then npm start.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;

export const LANGS: readonly Lang[] = ['zh-Hans', 'zh-Hant', 'en'];
export const LANG_NAMES: Record<Lang, string> = { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' };

/** Telegram's language_code -> our interface language. */
export function langFromCode(code: string | undefined): Lang {
  const c = (code ?? '').toLowerCase();
  if (/^zh-(hant|tw|hk|mo)/.test(c)) return 'zh-Hant';
  if (c.startsWith('zh')) return 'zh-Hans';
  if (c === '') return 'zh-Hans';
  return 'en';
}

export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  // Chinese strings are typed with ASCII marks for readability here and shown with full-width ones.
  const template = lang === 'en' ? MESSAGES[key].en : toFullWidth(MESSAGES[key][lang]);
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** How a reader names the notice's kind: 倡议, 倡議, call. */
export function kindName(notice: Notice, lang: Lang): string {
  return notice.kind[lang];
}

/**
 * Example questions for a notice, shown when it does not cover a question and in /help: its profile's,
 * else one per sector it names, else who issued it.
 */
export function exampleQuestions(kb: KnowledgeBase, notice: Notice, lang: Lang): string[] {
  const given = notice.examples[lang];
  if (given.length > 0) return given;
  const sectors = kb.sectors.filter((s) => s.cites.some((c) => c.notice === notice.id)).slice(0, 2);
  const ask = (name: string) =>
    lang === 'en' ? `What should ${name.toLowerCase()} organisations do?` : `${name}${lang === 'zh-Hant' ? '要做什麼?' : '要做什么?'}`;
  const who = lang === 'en' ? `Who issued this ${notice.kind.en}?` : `${notice.kind[lang]}${lang === 'zh-Hant' ? '是誰發佈的?' : '是谁发布的?'}`;
  return [...sectors.map((s) => ask(s.names[lang])), who].map((q) => (lang === 'en' ? q : toFullWidth(q)));
}
