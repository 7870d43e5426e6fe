import type { Locale } from './messages'

export interface ChatMessages {
  title: string
  intro: string
  signInTitle: string
  email: string
  password: string
  signIn: string
  signOut: string
  signedInAs: string
  rooms: string
  noRooms: string
  visibility: Record<'public' | 'members-only' | 'secret', string>
  roomMissing: string
  backToRooms: string
  loadOlder: string
  conversation: string
  messageLabel: string
  send: string
  replyingTo: string
  editing: string
  cancel: string
  reply: string
  edit: string
  save: string
  delete: string
  confirmDelete: string
  pin: string
  unpin: string
  hide: string
  report: string
  reportTitle: string
  reportType: string
  reportTypes: Record<'spam' | 'abuse' | 'harassment' | 'other', string>
  reason: string
  sendReport: string
  reported: string
  newReport: string
  pinned: string
  edited: string
  removedByModerator: string
  you: string
  mutedUntil: string
  removed: string
  connecting: string
  reconnecting: string
  connected: string
  failed: string
  /** Read to screen readers while the history loads (the skeleton itself is hidden from them). */
  loadingMessages: string
  /** The toast when a message could not go out (no connection, no answer in time). */
  notSentToast: string
  /** Its button: sends the same message again. */
  retrySend: string
  /** The mark on the message left in the list. */
  notSentMark: string
  noScript: string
}

/** Interface strings of the chat; `{name}`, `{time}` are filled in by the script. */
export const chatMessages: Record<Locale, ChatMessages> = {
  en: {
    title: 'Community',
    intro: 'Talk with others in rooms about services in your district.',
    signInTitle: 'Sign in to chat',
    email: 'Email',
    password: 'Password',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedInAs: 'Signed in as {name}',
    rooms: 'Rooms',
    noRooms: 'There are no rooms open to you yet.',
    visibility: { public: 'Public', 'members-only': 'Members only', secret: 'Secret' },
    roomMissing: 'There is no such room, or it is not open to you.',
    backToRooms: 'All rooms',
    loadOlder: 'Show earlier messages',
    conversation: 'Conversation',
    messageLabel: 'Your message',
    send: 'Send',
    replyingTo: 'Replying to {name}',
    editing: 'Editing your message',
    cancel: 'Cancel',
    reply: 'Reply',
    edit: 'Edit',
    save: 'Save',
    delete: 'Delete',
    confirmDelete: 'Delete this message?',
    pin: 'Pin',
    unpin: 'Unpin',
    hide: 'Hide',
    report: 'Report',
    reportTitle: 'Report to the moderators',
    reportType: 'What is wrong',
    reportTypes: { spam: 'Spam', abuse: 'Abuse', harassment: 'Harassment', other: 'Something else' },
    reason: 'Details (optional)',
    sendReport: 'Send the report',
    reported: 'Thank you: the moderators have your report.',
    newReport: 'A new report is waiting for the moderators.',
    pinned: 'Pinned',
    edited: 'edited',
    removedByModerator: 'This message was removed by a moderator.',
    you: 'You',
    mutedUntil: 'A moderator has muted you until {time}.',
    removed: 'You are no longer a member of this room.',
    connecting: 'Connecting…',
    reconnecting: 'Connection lost; reconnecting…',
    connected: 'Connected',
    failed: 'That did not work: {name}',
    loadingMessages: 'Loading messages…',
    notSentToast: 'Message not sent.',
    retrySend: 'Retry',
    notSentMark: 'Not sent',
    noScript: 'The chat needs JavaScript.',
  },
  ur: {
    title: 'برادری',
    intro: 'اپنے ضلع کی خدمات کے بارے میں دوسروں سے کمروں میں بات کریں۔',
    signInTitle: 'گفتگو کے لیے سائن ان کریں',
    email: 'ای میل',
    password: 'پاس ورڈ',
    signIn: 'سائن ان',
    signOut: 'سائن آؤٹ',
    signedInAs: '{name} کے طور پر سائن ان',
    rooms: 'کمرے',
    noRooms: 'ابھی آپ کے لیے کوئی کمرہ کھلا نہیں۔',
    visibility: { public: 'عوامی', 'members-only': 'صرف اراکین', secret: 'خفیہ' },
    roomMissing: 'ایسا کوئی کمرہ نہیں، یا یہ آپ کے لیے کھلا نہیں۔',
    backToRooms: 'تمام کمرے',
    loadOlder: 'پرانے پیغامات دکھائیں',
    conversation: 'گفتگو',
    messageLabel: 'آپ کا پیغام',
    send: 'بھیجیں',
    replyingTo: '{name} کو جواب',
    editing: 'آپ اپنے پیغام میں ترمیم کر رہے ہیں',
    cancel: 'منسوخ کریں',
    reply: 'جواب دیں',
    edit: 'ترمیم',
    save: 'محفوظ کریں',
    delete: 'حذف کریں',
    confirmDelete: 'یہ پیغام حذف کریں؟',
    pin: 'نمایاں کریں',
    unpin: 'نمایاں نہ کریں',
    hide: 'چھپائیں',
    report: 'شکایت کریں',
    reportTitle: 'منتظمین کو شکایت',
    reportType: 'کیا مسئلہ ہے',
    reportTypes: { spam: 'فضول تشہیر', abuse: 'بدسلوکی', harassment: 'ہراسانی', other: 'کچھ اور' },
    reason: 'تفصیل (اختیاری)',
    sendReport: 'شکایت بھیجیں',
    reported: 'شکریہ: منتظمین کو آپ کی شکایت مل گئی ہے۔',
    newReport: 'منتظمین کے لیے ایک نئی شکایت موجود ہے۔',
    pinned: 'نمایاں',
    edited: 'ترمیم شدہ',
    removedByModerator: 'یہ پیغام منتظم نے ہٹا دیا ہے۔',
    you: 'آپ',
    mutedUntil: 'منتظم نے آپ کو {time} تک خاموش کر دیا ہے۔',
    removed: 'اب آپ اس کمرے کے رکن نہیں رہے۔',
    connecting: 'رابطہ ہو رہا ہے…',
    reconnecting: 'رابطہ ٹوٹ گیا؛ دوبارہ جوڑا جا رہا ہے…',
    connected: 'رابطہ قائم',
    failed: 'یہ نہیں ہو سکا: {name}',
    loadingMessages: 'پیغامات آ رہے ہیں…',
    notSentToast: 'پیغام نہیں بھیجا جا سکا۔',
    retrySend: 'دوبارہ بھیجیں',
    notSentMark: 'نہیں بھیجا گیا',
    noScript: 'گفتگو کے لیے جاوا اسکرپٹ درکار ہے۔',
  },
  ps: {
    title: 'ټولنه',
    intro: 'د خپلې ولسوالۍ د خدمتونو په اړه له نورو سره په خونو کې خبرې وکړئ.',
    signInTitle: 'د خبرو لپاره ننوځئ',
    email: 'برېښنالیک',
    password: 'پټنوم',
    signIn: 'ننوتل',
    signOut: 'وتل',
    signedInAs: 'د {name} په توګه ننوتي یاست',
    rooms: 'خونې',
    noRooms: 'تر اوسه ستاسو لپاره هېڅ خونه نه ده پرانیستل شوې.',
    visibility: { public: 'عامه', 'members-only': 'یوازې غړي', secret: 'پټه' },
    roomMissing: 'داسې خونه نشته، یا ستاسو لپاره نه ده پرانیستل شوې.',
    backToRooms: 'ټولې خونې',
    loadOlder: 'پخواني پیغامونه وښایاست',
    conversation: 'خبرې اترې',
    messageLabel: 'ستاسو پیغام',
    send: 'لېږل',
    replyingTo: '{name} ته ځواب',
    editing: 'تاسو خپل پیغام سموئ',
    cancel: 'لغوه کول',
    reply: 'ځواب',
    edit: 'سمول',
    save: 'خوندي کول',
    delete: 'ړنګول',
    confirmDelete: 'دا پیغام ړنګ کړئ؟',
    pin: 'ځړول',
    unpin: 'لرې کول',
    hide: 'پټول',
    report: 'شکایت',
    reportTitle: 'څارونکو ته شکایت',
    reportType: 'ستونزه څه ده',
    reportTypes: { spam: 'سپم', abuse: 'ناوړه چلند', harassment: 'ځورونه', other: 'بل څه' },
    reason: 'جزئیات (اختیاري)',
    sendReport: 'شکایت ولېږئ',
    reported: 'مننه: څارونکو ستاسو شکایت ترلاسه کړ.',
    newReport: 'څارونکو ته یو نوی شکایت رسېدلی دی.',
    pinned: 'ځړول شوی',
    edited: 'سمول شوی',
    removedByModerator: 'دا پیغام یوه څارونکي لرې کړی دی.',
    you: 'تاسو',
    mutedUntil: 'یوه څارونکي تاسو تر {time} پورې چوپ کړي یاست.',
    removed: 'تاسو نور د دې خونې غړي نه یاست.',
    connecting: 'نښلول کېږي…',
    reconnecting: 'اړیکه پرې شوه؛ بیا نښلول کېږي…',
    connected: 'نښلول شوی',
    failed: 'دا ونه شو: {name}',
    loadingMessages: 'پیغامونه راځي…',
    notSentToast: 'پیغام ونه لېږل شو.',
    retrySend: 'بیا یې ولېږئ',
    notSentMark: 'نه دی لېږل شوی',
    noScript: 'خبرو ته جاواسکرېپټ اړین دی.',
  },
}
