import type { CorrectionTopic } from '../../../collections/moderation/topics'
import type { Locale } from './messages'

import { MESSAGE_MAX } from '../../../collections/moderation/topics'
import { formatNumber } from '../lib/numerals'

/** The fields a reader fills in, as the form names them. */
export type CorrectionField = 'topic' | 'message' | 'contact'

export interface CorrectionMessages {
  heading: string
  intro: string
  /** The standalone form page's title, with the resource's. */
  pageTitle: (resource: string) => string
  topicLabel: string
  topicPrompt: string
  topics: Record<CorrectionTopic, string>
  messageLabel: string
  messageHint: string
  contactLabel: string
  contactHint: string
  /** The honeypot's label: never seen, but it must not be blank for the few tools that do look. */
  honeypotLabel: string
  send: string
  sending: string
  /** The toast once it is sent. */
  sent: string
  receivedTitle: string
  receivedBody: string
  backToResource: string
  errorsTitle: string
  fieldErrors: Record<CorrectionField, string>
  /** The resource is no longer published (or never was). */
  gone: string
  limited: (minutes: number) => string
  unavailable: string
  /** The toast when the network failed; it comes with a Retry button. */
  failed: string
  retry: string
}

const max = (locale: Locale) => formatNumber(locale, MESSAGE_MAX)

export const correctionMessages: Record<Locale, CorrectionMessages> = {
  en: {
    heading: 'Report a correction',
    intro:
      'Is something on this page wrong or out of date? Tell us and a moderator will check it. No account needed.',
    pageTitle: (resource) => `Report a correction: ${resource}`,
    topicLabel: 'What is wrong?',
    topicPrompt: 'Choose one',
    topics: {
      phone: 'Phone number',
      address: 'Address or location',
      hours: 'Opening hours',
      closed: 'It has closed for good',
      eligibility: 'Who can use it',
      fees: 'Fees',
      other: 'Something else',
    },
    messageLabel: 'Tell us what is wrong, and what is right if you know',
    messageHint: `Required. Up to ${max('en')} characters.`,
    contactLabel: 'Email or phone (optional)',
    contactHint:
      'Only if you would like a reply. Only our moderators see it, and they use it only to ask or tell you about this correction.',
    honeypotLabel: 'Leave this empty',
    send: 'Send correction',
    sending: 'Sending…',
    sent: 'Correction sent, thank you',
    receivedTitle: 'Thank you, your correction was received',
    receivedBody: 'A moderator will check it and update the page if needed.',
    backToResource: 'Back to the resource',
    errorsTitle: 'The correction was not sent. Please check the form.',
    fieldErrors: {
      topic: 'Choose what is wrong.',
      message: `Say what is wrong, in up to ${max('en')} characters.`,
      contact: 'Give an email address or a phone number, or leave this empty.',
    },
    gone: 'This resource is no longer listed, so it cannot take corrections.',
    limited: (minutes) =>
      `You have sent several corrections in a short time. Please try again in ${minutes === 1 ? '1 minute' : `${formatNumber('en', minutes)} minutes`}.`,
    unavailable: 'The correction could not be sent just now. Please try again.',
    failed: 'The correction could not be sent.',
    retry: 'Retry',
  },
  ur: {
    heading: 'درستی کی اطلاع دیں',
    intro:
      'کیا اس صفحے پر کوئی بات غلط یا پرانی ہے؟ ہمیں بتائیں، ایک منتظم اسے دیکھے گا۔ اکاؤنٹ کی ضرورت نہیں۔',
    pageTitle: (resource) => `درستی کی اطلاع: ${resource}`,
    topicLabel: 'کیا غلط ہے؟',
    topicPrompt: 'ایک منتخب کریں',
    topics: {
      phone: 'فون نمبر',
      address: 'پتہ یا مقام',
      hours: 'اوقاتِ کار',
      closed: 'یہ مستقل طور پر بند ہو چکا ہے',
      eligibility: 'کون فائدہ اٹھا سکتا ہے',
      fees: 'فیس',
      other: 'کچھ اور',
    },
    messageLabel: 'بتائیں کیا غلط ہے، اور اگر معلوم ہو تو درست کیا ہے',
    messageHint: `ضروری۔ زیادہ سے زیادہ ${max('ur')} حروف۔`,
    contactLabel: 'ای میل یا فون (اختیاری)',
    contactHint:
      'صرف اگر آپ جواب چاہتے ہیں۔ اسے صرف ہمارے منتظمین دیکھتے ہیں، اور وہ اسے صرف اسی درستی کے بارے میں آپ سے پوچھنے یا آپ کو بتانے کے لیے استعمال کرتے ہیں۔',
    honeypotLabel: 'اسے خالی چھوڑ دیں',
    send: 'درستی بھیجیں',
    sending: 'بھیجی جا رہی ہے…',
    sent: 'درستی بھیج دی گئی، شکریہ',
    receivedTitle: 'شکریہ، آپ کی بھیجی ہوئی درستی موصول ہو گئی',
    receivedBody: 'ایک منتظم اسے دیکھے گا اور ضرورت ہوئی تو صفحہ درست کر دے گا۔',
    backToResource: 'وسیلے پر واپس جائیں',
    errorsTitle: 'درستی نہیں بھیجی گئی۔ براہِ کرم فارم دیکھ لیں۔',
    fieldErrors: {
      topic: 'منتخب کریں کہ کیا غلط ہے۔',
      message: `زیادہ سے زیادہ ${max('ur')} حروف میں بتائیں کہ کیا غلط ہے۔`,
      contact: 'ای میل پتہ یا فون نمبر لکھیں، یا اسے خالی چھوڑ دیں۔',
    },
    gone: 'یہ وسیلہ اب فہرست میں شامل نہیں، اس لیے اس کی درستی نہیں بھیجی جا سکتی۔',
    limited: (minutes) =>
      `آپ نے تھوڑی دیر میں کئی درستیاں بھیجی ہیں۔ براہِ کرم ${formatNumber('ur', minutes)} منٹ بعد دوبارہ کوشش کریں۔`,
    unavailable: 'درستی اس وقت نہیں بھیجی جا سکی۔ براہِ کرم دوبارہ کوشش کریں۔',
    failed: 'درستی نہیں بھیجی جا سکی۔',
    retry: 'دوبارہ کوشش کریں',
  },
  ps: {
    heading: 'د تېروتنې خبر ورکړئ',
    intro:
      'آیا په دې پاڼه کې کوم څه ناسم یا زاړه شوي دي؟ موږ ته یې ووایاست، یو څارونکی به یې وګوري. حساب ته اړتیا نشته.',
    pageTitle: (resource) => `د تېروتنې خبر: ${resource}`,
    topicLabel: 'څه ناسم دي؟',
    topicPrompt: 'یو یې وټاکئ',
    topics: {
      phone: 'د تلیفون شمېره',
      address: 'پته یا ځای',
      hours: 'د کار وختونه',
      closed: 'د تل لپاره تړل شوی',
      eligibility: 'څوک ترې ګټه اخیستلای شي',
      fees: 'فیس',
      other: 'بل څه',
    },
    messageLabel: 'ووایاست چې څه ناسم دي، او که پوهېږئ سم یې څه دي',
    messageHint: `اړین دی. تر ${max('ps')} تورو پورې.`,
    contactLabel: 'برېښنالیک یا تلیفون (اختیاري)',
    contactHint:
      'یوازې که ځواب غواړئ. دا یوازې زموږ څارونکي ویني، او یوازې د همدې سمون په اړه له تاسو د پوښتنې یا تاسو ته د خبر ورکولو لپاره یې کاروي.',
    honeypotLabel: 'دا تش پرېږدئ',
    send: 'سمون ولېږئ',
    sending: 'لېږل کېږي…',
    sent: 'سمون ولېږل شو، مننه',
    receivedTitle: 'مننه، ستاسو سمون ترلاسه شو',
    receivedBody: 'یو څارونکی به یې وګوري او که اړتیا وه، پاڼه به سمه کړي.',
    backToResource: 'سرچینې ته بېرته',
    errorsTitle: 'سمون ونه لېږل شو. مهرباني وکړئ فورمه وګورئ.',
    fieldErrors: {
      topic: 'وټاکئ چې څه ناسم دي.',
      message: `تر ${max('ps')} تورو پورې ووایاست چې څه ناسم دي.`,
      contact: 'برېښنالیک پته یا د تلیفون شمېره ولیکئ، یا یې تشه پرېږدئ.',
    },
    gone: 'دا سرچینه نور په لېست کې نشته، نو سمون یې نه شي لېږل کېدای.',
    limited: (minutes) =>
      `تاسو په لږ وخت کې څو سمونونه لېږلي دي. مهرباني وکړئ ${formatNumber('ps', minutes)} دقیقې وروسته بیا هڅه وکړئ.`,
    unavailable: 'سمون همدا اوس ونه لېږل شو. مهرباني وکړئ بیا هڅه وکړئ.',
    failed: 'سمون ونه لېږل شو.',
    retry: 'بیا هڅه وکړئ',
  },
}
