import type { Locale } from './messages'
import { formatNumber } from '../lib/numerals'

/** What the sign-in and two-step pages say, in each language. */
export interface TwoFactorMessages {
  signInTitle: string
  signInIntro: string
  email: string
  password: string
  signIn: string
  signingIn: string
  wrongPassword: string
  limited: string
  /** The same, with the wait the CMS gave, for the page a form posted without JavaScript gets. */
  limitedFor: (minutes: number) => string
  unavailable: string
  /** The account exists but its email address is not confirmed yet. */
  unverifiedTitle: string
  unverifiedText: string
  unverifiedLink: string
  twoFactorTitle: string
  codeIntro: string
  codeLabel: string
  codeHint: string
  recoveryIntro: string
  recoveryLabel: string
  useRecovery: string
  useApp: string
  verify: string
  wrongCode: string
  /** The half-done sign-in is gone (expired, used, or from another browser). */
  expired: string
  startAgain: string
  enrolTitle: string
  enrolIntro: string
  qrLabel: string
  keyLabel: string
  enrolCodeLabel: string
  enrolConfirm: string
  recoveryTitle: string
  recoveryText: string
  continue: string
}

export const twoFactorMessages: Record<Locale, TwoFactorMessages> = {
  en: {
    signInTitle: 'Sign in',
    signInIntro: 'Sign in with the email address and password of your Hujra account.',
    email: 'Email address',
    password: 'Password',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    wrongPassword: 'The email address or the password is not right.',
    limited: 'Too many attempts. Wait a few minutes and try again.',
    limitedFor: (minutes) =>
      `Too many attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
    unavailable: 'Signing in is not possible just now. Try again shortly.',
    unverifiedTitle: 'Check your mail',
    unverifiedText:
      'Your email address is not confirmed yet. Open the link in the mail we sent you, then sign in.',
    unverifiedLink: 'Send the mail again',
    twoFactorTitle: 'Two-step sign-in',
    codeIntro: 'Enter the 6-digit code your authenticator app shows for Hujra.',
    codeLabel: 'Code from the app',
    codeHint: '6 digits, no spaces',
    recoveryIntro: 'Enter one of the recovery codes you saved. Each one works once.',
    recoveryLabel: 'Recovery code',
    useRecovery: 'I have lost my phone: use a recovery code',
    useApp: 'Use the code from the app',
    verify: 'Continue',
    wrongCode: 'That code is not right, or it has been used. Wait for the next code and try again.',
    expired: 'This sign-in has expired or was started in another browser. Please sign in again.',
    startAgain: 'Sign in again',
    enrolTitle: 'Set up two-step sign-in',
    enrolIntro:
      'Your account needs a code from an authenticator app (such as a free TOTP app on your phone) at every sign-in. Scan the picture with the app, or type the key, then enter the 6 digits it shows.',
    qrLabel: 'QR code to scan with your authenticator app',
    keyLabel: 'Key to type instead',
    enrolCodeLabel: 'Code from the app',
    enrolConfirm: 'Turn on and sign in',
    recoveryTitle: 'Save your recovery codes',
    recoveryText:
      'If you lose your phone, each of these codes signs you in once. Write them down or keep them in a password manager now: they are not shown again.',
    continue: 'I have saved them: continue',
  },
  ur: {
    signInTitle: 'سائن ان',
    signInIntro: 'اپنے حجرہ اکاؤنٹ کے ای میل پتے اور پاس ورڈ سے سائن ان کریں۔',
    email: 'ای میل پتہ',
    password: 'پاس ورڈ',
    signIn: 'سائن ان کریں',
    signingIn: 'سائن ان ہو رہا ہے…',
    wrongPassword: 'ای میل پتہ یا پاس ورڈ درست نہیں۔',
    limited: 'بہت زیادہ کوششیں ہو گئیں۔ چند منٹ انتظار کر کے دوبارہ کوشش کریں۔',
    limitedFor: (minutes) =>
      `بہت زیادہ کوششیں ہو گئیں۔ ${formatNumber('ur', minutes)} منٹ بعد دوبارہ کوشش کریں۔`,
    unavailable: 'ابھی سائن ان ممکن نہیں۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔',
    unverifiedTitle: 'اپنی ای میل دیکھیں',
    unverifiedText:
      'آپ کے ای میل پتے کی تصدیق ابھی نہیں ہوئی۔ ہماری بھیجی ہوئی ای میل میں دیا گیا لنک کھولیں، پھر سائن ان کریں۔',
    unverifiedLink: 'ای میل دوبارہ بھیجیں',
    twoFactorTitle: 'دو مرحلوں والا سائن ان',
    codeIntro: 'اپنی تصدیقی ایپ میں حجرہ کے لیے دکھایا گیا 6 ہندسوں کا کوڈ درج کریں۔',
    codeLabel: 'ایپ کا کوڈ',
    codeHint: '6 ہندسے، بغیر وقفے کے',
    recoveryIntro: 'اپنے محفوظ کیے ہوئے ریکوری کوڈز میں سے ایک درج کریں۔ ہر کوڈ صرف ایک بار کام کرتا ہے۔',
    recoveryLabel: 'ریکوری کوڈ',
    useRecovery: 'میرا فون گم ہو گیا ہے: ریکوری کوڈ استعمال کریں',
    useApp: 'ایپ کا کوڈ استعمال کریں',
    verify: 'جاری رکھیں',
    wrongCode: 'یہ کوڈ درست نہیں یا پہلے استعمال ہو چکا ہے۔ اگلے کوڈ کا انتظار کر کے دوبارہ کوشش کریں۔',
    expired:
      'اس سائن ان کی مدت ختم ہو گئی یا یہ کسی اور براؤزر میں شروع ہوا تھا۔ براہِ کرم دوبارہ سائن ان کریں۔',
    startAgain: 'دوبارہ سائن ان کریں',
    enrolTitle: 'دو مرحلوں والا سائن ان ترتیب دیں',
    enrolIntro:
      'آپ کے اکاؤنٹ کو ہر سائن ان پر تصدیقی ایپ (مثلاً فون پر کوئی مفت TOTP ایپ) کے کوڈ کی ضرورت ہے۔ ایپ سے تصویر اسکین کریں یا کلید ٹائپ کریں، پھر ایپ میں دکھائے گئے 6 ہندسے درج کریں۔',
    qrLabel: 'تصدیقی ایپ سے اسکین کرنے کے لیے QR کوڈ',
    keyLabel: 'اس کے بجائے ٹائپ کرنے کی کلید',
    enrolCodeLabel: 'ایپ کا کوڈ',
    enrolConfirm: 'فعال کریں اور سائن ان کریں',
    recoveryTitle: 'اپنے ریکوری کوڈز محفوظ کریں',
    recoveryText:
      'اگر آپ کا فون گم ہو جائے تو ان میں سے ہر کوڈ آپ کو ایک بار سائن ان کرا دے گا۔ انہیں ابھی لکھ لیں یا پاس ورڈ مینیجر میں رکھ لیں: یہ دوبارہ نہیں دکھائے جائیں گے۔',
    continue: 'میں نے محفوظ کر لیے: جاری رکھیں',
  },
  ps: {
    signInTitle: 'ننوتل',
    signInIntro: 'د خپل حجره حساب په برېښنالیک پته او پټنوم ننوځئ.',
    email: 'برېښنالیک پته',
    password: 'پټنوم',
    signIn: 'ننوځئ',
    signingIn: 'ننوتل روان دي…',
    wrongPassword: 'برېښنالیک پته یا پټنوم سم نه دی.',
    limited: 'ډېرې هڅې وشوې. څو دقیقې صبر وکړئ او بیا هڅه وکړئ.',
    limitedFor: (minutes) =>
      `ډېرې هڅې وشوې. ${formatNumber('ps', minutes)} ${minutes === 1 ? 'دقیقه' : 'دقیقې'} وروسته بیا هڅه وکړئ.`,
    unavailable: 'اوس ننوتل ممکن نه دي. لږ وروسته بیا هڅه وکړئ.',
    unverifiedTitle: 'خپل برېښنالیک وګورئ',
    unverifiedText:
      'ستاسو برېښنالیک پته لا تایید شوې نه ده. هغه لینک پرانیزئ چې موږ درته په برېښنالیک کې لېږلی، بیا ننوځئ.',
    unverifiedLink: 'برېښنالیک بیا ولېږئ',
    twoFactorTitle: 'دوه پړاوه ننوتل',
    codeIntro: 'هغه ۶ عددي کوډ ولیکئ چې ستاسو د تایید اپلیکېشن یې د حجره لپاره ښيي.',
    codeLabel: 'د اپلیکېشن کوډ',
    codeHint: '۶ عددونه، پرته له تشو',
    recoveryIntro: 'له هغو بیا رغونې کوډونو څخه یو ولیکئ چې تاسو ساتلي دي. هر کوډ یوازې یو ځل کار کوي.',
    recoveryLabel: 'د بیا رغونې کوډ',
    useRecovery: 'زما تلیفون ورک شوی: د بیا رغونې کوډ وکاروئ',
    useApp: 'د اپلیکېشن کوډ وکاروئ',
    verify: 'دوام ورکړئ',
    wrongCode: 'دا کوډ سم نه دی یا مخکې کارول شوی. راتلونکي کوډ ته صبر وکړئ او بیا هڅه وکړئ.',
    expired: 'د دې ننوتلو وخت پای ته رسېدلی یا په بل براوزر کې پیل شوی و. مهرباني وکړئ بیا ننوځئ.',
    startAgain: 'بیا ننوځئ',
    enrolTitle: 'دوه پړاوه ننوتل تنظیم کړئ',
    enrolIntro:
      'ستاسو حساب په هر ننوتلو کې د تایید اپلیکېشن (لکه په تلیفون کې وړیا TOTP اپلیکېشن) کوډ ته اړتیا لري. انځور په اپلیکېشن سکن کړئ یا کیلي ولیکئ، بیا هغه ۶ عددونه ولیکئ چې اپلیکېشن یې ښيي.',
    qrLabel: 'د تایید اپلیکېشن سره د سکن لپاره QR کوډ',
    keyLabel: 'د دې پر ځای د لیکلو کیلي',
    enrolCodeLabel: 'د اپلیکېشن کوډ',
    enrolConfirm: 'فعال یې کړئ او ننوځئ',
    recoveryTitle: 'خپل د بیا رغونې کوډونه وساتئ',
    recoveryText:
      'که ستاسو تلیفون ورک شي، له دې کوډونو هر یو تاسو یو ځل ننباسي. همدا اوس یې ولیکئ یا یې د پټنوم مدیر کې وساتئ: بیا نه ښودل کېږي.',
    continue: 'ما وساتل: دوام ورکړئ',
  },
}
