import type { Locale } from './messages'

import { formatNumber } from '../lib/numerals'

/** Why a link from a mail was refused, as the CMS says (collections/users/tokens). */
export type LinkProblem = 'invalid' | 'expired' | 'used'

/** The fields of the account forms. */
export type AccountField = 'name' | 'email' | 'password'

export interface AccountMessages {
  /** The header's links and the label of their list. */
  accountNav: string
  signIn: string
  signUp: string
  nameLabel: string
  emailLabel: string
  passwordLabel: string
  newPasswordLabel: string
  signupTitle: string
  signupIntro: string
  signupButton: string
  haveAccount: string
  checkMailTitle: string
  checkMailBody: string
  resendTitle: string
  resendIntro: string
  resendButton: string
  resendDone: string
  confirmTitle: string
  confirmBody: string
  confirmButton: string
  verifiedTitle: string
  verifiedBody: string
  forgotTitle: string
  forgotIntro: string
  forgotButton: string
  forgotLink: string
  forgotDoneTitle: string
  forgotDone: string
  resetTitle: string
  resetButton: string
  resetDoneTitle: string
  resetDoneBody: string
  askNewLink: string
  /** Refused links: a title, and what to do (a verification and a reset link differ in lifetime and next step). */
  linkTitles: Record<LinkProblem, string>
  verifyLinkBodies: Record<LinkProblem, string>
  resetLinkBodies: Record<LinkProblem, string>
  errorsTitle: string
  fieldErrors: Record<AccountField, string>
  limited: (minutes: number) => string
  unavailable: string
}

export const accountMessages: Record<Locale, AccountMessages> = {
  en: {
    accountNav: 'Account',
    signIn: 'Sign in',
    signUp: 'Sign up',
    nameLabel: 'Your name',
    emailLabel: 'Email address',
    passwordLabel: 'Password',
    newPasswordLabel: 'New password',
    signupTitle: 'Create an account',
    signupIntro:
      'An account lets you take part in the community chat. We will send you a link to confirm your email address.',
    signupButton: 'Create account',
    haveAccount: 'Already have an account?',
    checkMailTitle: 'Check your mail',
    checkMailBody:
      'We sent you a link to confirm your email address. Open it within 24 hours to finish setting up your account. If nothing arrives in a few minutes, look in your spam folder, or ask for a new link below. If you already have an account with this address, the message tells you how to sign in instead.',
    resendTitle: 'Send a new link',
    resendIntro: 'Enter the email address you signed up with.',
    resendButton: 'Send a new link',
    resendDone:
      'If an account with that email is waiting to be confirmed, a new link is on its way. Earlier links no longer work.',
    confirmTitle: 'Confirm your email address',
    confirmBody: 'Press the button to confirm that this email address is yours.',
    confirmButton: 'Confirm my email address',
    verifiedTitle: 'Your email address is confirmed',
    verifiedBody: 'Your account is ready. Sign in with your email address and password.',
    forgotTitle: 'Forgot your password?',
    forgotIntro:
      'Enter the email address of your account. We will send you a link to choose a new password; it works for 30 minutes.',
    forgotButton: 'Send the link',
    forgotLink: 'Forgot your password?',
    forgotDoneTitle: 'Check your mail',
    forgotDone:
      'If an account uses that email address, a link to choose a new password is on its way. It works for 30 minutes, and only once.',
    resetTitle: 'Choose a new password',
    resetButton: 'Save the new password',
    resetDoneTitle: 'Your password was changed',
    resetDoneBody: 'You were signed out on every device. Sign in with your new password.',
    askNewLink: 'Ask for a new link',
    linkTitles: {
      invalid: 'This link does not work',
      expired: 'This link has expired',
      used: 'This link was already used',
    },
    verifyLinkBodies: {
      invalid:
        'The link is incomplete or was changed. Copy the whole link from the mail, or ask for a new one below.',
      expired: 'Confirmation links work for 24 hours. Ask for a new one below.',
      used: 'Each link works once, and a newer link replaces older ones. If your address is already confirmed, just sign in; if not, ask for a new link below.',
    },
    resetLinkBodies: {
      invalid:
        'The link is incomplete or was changed. Copy the whole link from the mail, or ask for a new one.',
      expired: 'Links to choose a new password work for 30 minutes. Ask for a new one.',
      used: 'Each link works once, and a newer link replaces older ones. If you already chose a new password, sign in with it; if not, ask for a new link.',
    },
    errorsTitle: 'Please correct the following:',
    fieldErrors: {
      name: 'Enter your name (up to 120 characters).',
      email:
        'Enter a valid email address. If it already has an account, sign in or choose a new password instead.',
      password: 'This password is not accepted.',
    },
    limited: (minutes) =>
      `Too many attempts from your connection. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
    unavailable: 'The account service is not answering. Please try again in a moment.',
  },
  ur: {
    accountNav: 'اکاؤنٹ',
    signIn: 'سائن ان کریں',
    signUp: 'اکاؤنٹ بنائیں',
    nameLabel: 'آپ کا نام',
    emailLabel: 'ای میل پتہ',
    passwordLabel: 'پاس ورڈ',
    newPasswordLabel: 'نیا پاس ورڈ',
    signupTitle: 'اکاؤنٹ بنائیں',
    signupIntro:
      'اکاؤنٹ کے ذریعے آپ کمیونٹی چیٹ میں حصہ لے سکتے ہیں۔ ہم آپ کے ای میل پتے کی تصدیق کے لیے آپ کو ایک لنک بھیجیں گے۔',
    signupButton: 'اکاؤنٹ بنائیں',
    haveAccount: 'کیا آپ کا اکاؤنٹ پہلے سے ہے؟',
    checkMailTitle: 'اپنی ای میل دیکھیں',
    checkMailBody:
      'ہم نے آپ کے ای میل پتے کی تصدیق کے لیے ایک لنک بھیجا ہے۔ اپنا اکاؤنٹ مکمل کرنے کے لیے اسے 24 گھنٹوں کے اندر کھولیں۔ اگر چند منٹ میں کچھ نہ پہنچے تو اسپام فولڈر دیکھیں، یا نیچے سے نیا لنک منگوائیں۔ اگر اس پتے سے آپ کا اکاؤنٹ پہلے سے موجود ہے تو پیغام میں بتایا گیا ہے کہ سائن ان کیسے کریں۔',
    resendTitle: 'نیا لنک بھیجیں',
    resendIntro: 'وہ ای میل پتہ لکھیں جس سے آپ نے اکاؤنٹ بنایا تھا۔',
    resendButton: 'نیا لنک بھیجیں',
    resendDone:
      'اگر اس ای میل والا کوئی اکاؤنٹ تصدیق کا منتظر ہے تو نیا لنک بھیج دیا گیا ہے۔ پہلے والے لنک اب کام نہیں کریں گے۔',
    confirmTitle: 'اپنے ای میل پتے کی تصدیق کریں',
    confirmBody: 'یہ تصدیق کرنے کے لیے بٹن دبائیں کہ یہ ای میل پتہ آپ کا ہے۔',
    confirmButton: 'ای میل پتے کی تصدیق کریں',
    verifiedTitle: 'آپ کے ای میل پتے کی تصدیق ہو گئی',
    verifiedBody: 'آپ کا اکاؤنٹ تیار ہے۔ اپنے ای میل پتے اور پاس ورڈ سے سائن ان کریں۔',
    forgotTitle: 'پاس ورڈ بھول گئے؟',
    forgotIntro:
      'اپنے اکاؤنٹ کا ای میل پتہ لکھیں۔ ہم آپ کو نیا پاس ورڈ چننے کے لیے ایک لنک بھیجیں گے، جو 30 منٹ تک کام کرے گا۔',
    forgotButton: 'لنک بھیجیں',
    forgotLink: 'پاس ورڈ بھول گئے؟',
    forgotDoneTitle: 'اپنی ای میل دیکھیں',
    forgotDone:
      'اگر یہ ای میل پتہ کسی اکاؤنٹ کا ہے تو نیا پاس ورڈ چننے کا لنک بھیج دیا گیا ہے۔ یہ 30 منٹ تک اور صرف ایک بار کام کرے گا۔',
    resetTitle: 'نیا پاس ورڈ چنیں',
    resetButton: 'نیا پاس ورڈ محفوظ کریں',
    resetDoneTitle: 'آپ کا پاس ورڈ بدل دیا گیا',
    resetDoneBody: 'آپ کو ہر آلے سے سائن آؤٹ کر دیا گیا ہے۔ اپنے نئے پاس ورڈ سے سائن ان کریں۔',
    askNewLink: 'نیا لنک منگوائیں',
    linkTitles: {
      invalid: 'یہ لنک کام نہیں کرتا',
      expired: 'اس لنک کی میعاد ختم ہو گئی ہے',
      used: 'یہ لنک پہلے ہی استعمال ہو چکا ہے',
    },
    verifyLinkBodies: {
      invalid:
        'لنک نامکمل ہے یا اس میں تبدیلی کی گئی ہے۔ ای میل سے پورا لنک کاپی کریں، یا نیچے سے نیا لنک منگوائیں۔',
      expired: 'تصدیق کے لنک 24 گھنٹے تک کام کرتے ہیں۔ نیچے سے نیا لنک منگوائیں۔',
      used: 'ہر لنک صرف ایک بار کام کرتا ہے، اور نیا لنک پرانے لنکوں کی جگہ لے لیتا ہے۔ اگر آپ کے پتے کی تصدیق ہو چکی ہے تو بس سائن ان کریں؛ ورنہ نیچے سے نیا لنک منگوائیں۔',
    },
    resetLinkBodies: {
      invalid: 'لنک نامکمل ہے یا اس میں تبدیلی کی گئی ہے۔ ای میل سے پورا لنک کاپی کریں، یا نیا لنک منگوائیں۔',
      expired: 'نیا پاس ورڈ چننے کے لنک 30 منٹ تک کام کرتے ہیں۔ نیا لنک منگوائیں۔',
      used: 'ہر لنک صرف ایک بار کام کرتا ہے، اور نیا لنک پرانے لنکوں کی جگہ لے لیتا ہے۔ اگر آپ نیا پاس ورڈ چن چکے ہیں تو اس سے سائن ان کریں؛ ورنہ نیا لنک منگوائیں۔',
    },
    errorsTitle: 'براہِ کرم یہ درست کریں:',
    fieldErrors: {
      name: 'اپنا نام لکھیں (زیادہ سے زیادہ 120 حروف)۔',
      email: 'درست ای میل پتہ لکھیں۔ اگر اس پتے کا اکاؤنٹ پہلے سے ہے تو سائن ان کریں یا نیا پاس ورڈ چنیں۔',
      password: 'یہ پاس ورڈ قبول نہیں کیا گیا۔',
    },
    limited: (minutes) =>
      `آپ کے کنکشن سے بہت زیادہ کوششیں ہوئی ہیں۔ ${formatNumber('ur', minutes)} منٹ بعد دوبارہ کوشش کریں۔`,
    unavailable: 'اکاؤنٹ کی سروس جواب نہیں دے رہی۔ براہِ کرم تھوڑی دیر بعد دوبارہ کوشش کریں۔',
  },
  ps: {
    accountNav: 'حساب',
    signIn: 'ننوتل',
    signUp: 'حساب جوړول',
    nameLabel: 'ستاسو نوم',
    emailLabel: 'برېښنالیک پته',
    passwordLabel: 'پټنوم',
    newPasswordLabel: 'نوی پټنوم',
    signupTitle: 'حساب جوړ کړئ',
    signupIntro:
      'د حساب په مرسته تاسو د ټولنې په خبرو اترو کې برخه اخیستلای شئ. موږ به تاسو ته ستاسو د برېښنالیک پتې د تایید لپاره یو لینک درولېږو.',
    signupButton: 'حساب جوړ کړئ',
    haveAccount: 'مخکې مو حساب جوړ کړی؟',
    checkMailTitle: 'خپل برېښنالیک وګورئ',
    checkMailBody:
      'موږ تاسو ته ستاسو د برېښنالیک پتې د تایید لپاره یو لینک درولېږه. د خپل حساب د بشپړولو لپاره یې په ۲۴ ساعتونو کې پرانیزئ. که په څو دقیقو کې څه ونه رسېدل، د سپام پوښۍ وګورئ، یا لاندې نوی لینک وغواړئ. که په دې پته مو دمخه حساب وي، پیغام کې ویل شوي چې څنګه ننوځئ.',
    resendTitle: 'نوی لینک راولېږئ',
    resendIntro: 'هغه برېښنالیک پته ولیکئ چې حساب مو پرې جوړ کړی.',
    resendButton: 'نوی لینک راولېږئ',
    resendDone:
      'که د دې برېښنالیک کوم حساب د تایید په تمه وي، نوی لینک درلېږل شوی. پخواني لینکونه نور کار نه کوي.',
    confirmTitle: 'خپله برېښنالیک پته تایید کړئ',
    confirmBody: 'د دې تایید لپاره تڼۍ کېکاږئ چې دا برېښنالیک پته ستاسو ده.',
    confirmButton: 'برېښنالیک پته تایید کړئ',
    verifiedTitle: 'ستاسو برېښنالیک پته تایید شوه',
    verifiedBody: 'ستاسو حساب چمتو دی. په خپلې برېښنالیک پتې او پټنوم ننوځئ.',
    forgotTitle: 'پټنوم مو هېر شوی؟',
    forgotIntro:
      'د خپل حساب برېښنالیک پته ولیکئ. موږ به تاسو ته د نوي پټنوم د ټاکلو لپاره یو لینک درولېږو؛ دا ۳۰ دقیقې کار کوي.',
    forgotButton: 'لینک راولېږئ',
    forgotLink: 'پټنوم مو هېر شوی؟',
    forgotDoneTitle: 'خپل برېښنالیک وګورئ',
    forgotDone:
      'که دا برېښنالیک پته د کوم حساب وي، د نوي پټنوم د ټاکلو لینک درلېږل شوی. دا ۳۰ دقیقې او یوازې یو ځل کار کوي.',
    resetTitle: 'نوی پټنوم وټاکئ',
    resetButton: 'نوی پټنوم خوندي کړئ',
    resetDoneTitle: 'ستاسو پټنوم بدل شو',
    resetDoneBody: 'تاسو په ټولو وسیلو کې له حساب څخه ووتل شوئ. په خپل نوي پټنوم ننوځئ.',
    askNewLink: 'نوی لینک وغواړئ',
    linkTitles: {
      invalid: 'دا لینک کار نه کوي',
      expired: 'د دې لینک موده پوره شوې',
      used: 'دا لینک مخکې کارول شوی',
    },
    verifyLinkBodies: {
      invalid: 'لینک نیمګړی دی یا بدل شوی. له برېښنالیک څخه ټول لینک کاپي کړئ، یا لاندې نوی لینک وغواړئ.',
      expired: 'د تایید لینکونه ۲۴ ساعته کار کوي. لاندې نوی لینک وغواړئ.',
      used: 'هر لینک یوازې یو ځل کار کوي، او نوی لینک د پخوانیو ځای نیسي. که ستاسو پته مخکې تایید شوې وي، یوازې ننوځئ؛ که نه، لاندې نوی لینک وغواړئ.',
    },
    resetLinkBodies: {
      invalid: 'لینک نیمګړی دی یا بدل شوی. له برېښنالیک څخه ټول لینک کاپي کړئ، یا نوی لینک وغواړئ.',
      expired: 'د نوي پټنوم د ټاکلو لینکونه ۳۰ دقیقې کار کوي. نوی لینک وغواړئ.',
      used: 'هر لینک یوازې یو ځل کار کوي، او نوی لینک د پخوانیو ځای نیسي. که مو نوی پټنوم ټاکلی وي، په هغه ننوځئ؛ که نه، نوی لینک وغواړئ.',
    },
    errorsTitle: 'مهرباني وکړئ دا سم کړئ:',
    fieldErrors: {
      name: 'خپل نوم ولیکئ (تر ۱۲۰ تورو پورې).',
      email: 'سمه برېښنالیک پته ولیکئ. که د دې پتې حساب مخکې جوړ شوی وي، ننوځئ یا نوی پټنوم وټاکئ.',
      password: 'دا پټنوم نه منل کېږي.',
    },
    limited: (minutes) =>
      `ستاسو له اتصال څخه ډېرې هڅې شوې. ${formatNumber('ps', minutes)} ${minutes === 1 ? 'دقیقه' : 'دقیقې'} وروسته بیا هڅه وکړئ.`,
    unavailable: 'د حساب خدمت ځواب نه ورکوي. مهرباني وکړئ لږ وروسته بیا هڅه وکړئ.',
  },
}
