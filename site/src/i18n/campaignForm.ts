import { formatNumber } from '../lib/numerals'
import type { Locale } from './messages'

/**
 * The words of a campaign's sign-up or pledge form: what the site says
 * around the editors' own labels, and each refusal of the CMS beside its
 * field in the reader's language (the CMS's own messages are English, for
 * API callers).
 */
export interface CampaignFormMessages {
  required: string
  choose: string
  chooseDistrict: string
  send: string
  sending: string
  errorsTitle: string
  /** One line per kind of refusal. */
  errors: {
    required: string
    email: string
    number: string
    atLeast: (n: number) => string
    atMost: (n: number) => string
    tooLong: (n: number) => string
    choose: string
    tick: string
    consent: string
    district: string
    invalid: string
  }
  receivedTitle: string
  receivedBody: string
  closed: string
  gone: string
  limited: (minutes: number) => string
  unavailable: string
  failed: string
  retry: string
  honeypotLabel: string
  backToCampaign: string
}

const n = (locale: Locale, value: number) => formatNumber(locale, value)

export const campaignFormMessages: Record<Locale, CampaignFormMessages> = {
  en: {
    required: '(required)',
    choose: 'Choose one',
    chooseDistrict: 'Choose your district',
    send: 'Send',
    sending: 'Sending…',
    errorsTitle: 'Some answers need a change: see the fields marked below.',
    errors: {
      required: 'Please answer this.',
      email: 'Write an email address, such as name@example.org.',
      number: 'Write a number.',
      atLeast: (min) => `Write ${n('en', min)} or more.`,
      atMost: (max) => `Write ${n('en', max)} or less.`,
      tooLong: (max) => `Write at most ${n('en', max)} characters.`,
      choose: 'Choose one of the options.',
      tick: 'Tick this box to send the form.',
      consent: 'Tick this box to agree: the form cannot be sent without it.',
      district: 'Choose a district from the list.',
      invalid: 'This answer cannot be taken.',
    },
    receivedTitle: 'Thank you: your answers are received',
    receivedBody: 'The campaign team will read them.',
    closed: 'This form is not taking answers at the moment.',
    gone: 'This form is no longer available.',
    limited: (minutes) =>
      minutes <= 1
        ? 'Too many answers from your connection. Please try again in a minute.'
        : `Too many answers from your connection. Please try again in ${n('en', minutes)} minutes.`,
    unavailable: 'Your answers could not be sent just now. Please try again in a few minutes.',
    failed: 'Your answers could not be sent: check your connection.',
    retry: 'Retry',
    honeypotLabel: 'Leave this field empty',
    backToCampaign: 'Back to the campaign',
  },
  ur: {
    required: '(لازمی)',
    choose: 'ایک منتخب کریں',
    chooseDistrict: 'اپنا ضلع منتخب کریں',
    send: 'بھیجیں',
    sending: 'بھیجا جا رہا ہے…',
    errorsTitle: 'کچھ جوابات درست کرنے ہیں: نیچے نشان زدہ خانے دیکھیں۔',
    errors: {
      required: 'براہ کرم اس کا جواب دیں۔',
      email: 'ای میل پتہ لکھیں، جیسے name@example.org۔',
      number: 'ایک عدد لکھیں۔',
      atLeast: (min) => `${n('ur', min)} یا اس سے زیادہ لکھیں۔`,
      atMost: (max) => `${n('ur', max)} یا اس سے کم لکھیں۔`,
      tooLong: (max) => `زیادہ سے زیادہ ${n('ur', max)} حروف لکھیں۔`,
      choose: 'دیے گئے اختیارات میں سے ایک منتخب کریں۔',
      tick: 'فارم بھیجنے کے لیے اس خانے پر نشان لگائیں۔',
      consent: 'رضامندی کے لیے اس خانے پر نشان لگائیں: اس کے بغیر فارم نہیں بھیجا جا سکتا۔',
      district: 'فہرست میں سے ضلع منتخب کریں۔',
      invalid: 'یہ جواب قبول نہیں کیا جا سکتا۔',
    },
    receivedTitle: 'شکریہ: آپ کے جوابات موصول ہو گئے',
    receivedBody: 'مہم کی ٹیم انہیں پڑھے گی۔',
    closed: 'یہ فارم اس وقت جوابات قبول نہیں کر رہا۔',
    gone: 'یہ فارم اب دستیاب نہیں۔',
    limited: (minutes) =>
      `آپ کے کنکشن سے بہت زیادہ جوابات آئے ہیں۔ براہ کرم ${n('ur', Math.max(1, minutes))} منٹ بعد دوبارہ کوشش کریں۔`,
    unavailable: 'آپ کے جوابات اس وقت نہیں بھیجے جا سکے۔ براہ کرم چند منٹ بعد دوبارہ کوشش کریں۔',
    failed: 'آپ کے جوابات نہیں بھیجے جا سکے: اپنا کنکشن دیکھیں۔',
    retry: 'دوبارہ کوشش کریں',
    honeypotLabel: 'یہ خانہ خالی چھوڑ دیں',
    backToCampaign: 'مہم پر واپس جائیں',
  },
  ps: {
    required: '(اړین)',
    choose: 'یو وټاکئ',
    chooseDistrict: 'خپله ولسوالي وټاکئ',
    send: 'لېږل',
    sending: 'لېږل کېږي…',
    errorsTitle: 'ځینې ځوابونه سمون ته اړتیا لري: لاندې نښه شوې برخې وګورئ.',
    errors: {
      required: 'مهرباني وکړئ دې ته ځواب ورکړئ.',
      email: 'برېښنالیک پته ولیکئ، لکه name@example.org.',
      number: 'یو شمېر ولیکئ.',
      atLeast: (min) => `${n('ps', min)} یا ډېر ولیکئ.`,
      atMost: (max) => `${n('ps', max)} یا لږ ولیکئ.`,
      tooLong: (max) => `تر ${n('ps', max)} توريو زیات مه لیکئ.`,
      choose: 'له ورکړل شویو انتخابونو څخه یو وټاکئ.',
      tick: 'د فورمې د لېږلو لپاره دا خانه په نښه کړئ.',
      consent: 'د موافقې لپاره دا خانه په نښه کړئ: له دې پرته فورمه نه لېږل کېږي.',
      district: 'له لړلیک څخه یوه ولسوالي وټاکئ.',
      invalid: 'دا ځواب نه منل کېږي.',
    },
    receivedTitle: 'مننه: ستاسو ځوابونه ترلاسه شول',
    receivedBody: 'د کمپاین ډله به یې ولولي.',
    closed: 'دا فورمه اوس ځوابونه نه مني.',
    gone: 'دا فورمه نور شتون نه لري.',
    limited: (minutes) =>
      `ستاسو له اړیکې ډېر ځوابونه راغلي. مهرباني وکړئ ${n('ps', Math.max(1, minutes))} دقیقې وروسته بیا هڅه وکړئ.`,
    unavailable: 'ستاسو ځوابونه اوس ونه لېږل شول. مهرباني وکړئ څو دقیقې وروسته بیا هڅه وکړئ.',
    failed: 'ستاسو ځوابونه ونه لېږل شول: خپله اړیکه وګورئ.',
    retry: 'بیا هڅه',
    honeypotLabel: 'دا خانه تشه پرېږدئ',
    backToCampaign: 'کمپاین ته ستنېدل',
  },
}
