import { GOAL_UNITS, type GoalUnit } from '../../../collections/campaigns/goalUnits'
import type { CampaignPhase } from '../lib/campaignTime'
import { formatNumber } from '../lib/numerals'
import type { Locale } from './messages'

/**
 * The words of the campaign pages: the list, a campaign's page (dates,
 * progress, photos, support, sharing) and the home page's section. Goal
 * units are named by the CMS's own list (collections/campaigns/goalUnits.ts), so
 * the site shows exactly the units editors choose from.
 */
export interface CampaignMessages {
  /** The list's section headings. */
  sections: Record<CampaignPhase, string>
  none: string
  /** "Starts in 2 days", "Ends in 5 days", "Ended 3 days ago": `when` is Intl's relative wording. */
  when: Record<CampaignPhase, (when: string) => string>
  dates: string
  runBy: string
  progress: string
  /** The progress bar's figure in words: "1,240 of 5,000 children vaccinated, 25 percent". */
  progressText: (reached: number, target: number, unit: string, percent: number) => string
  gallery: string
  /** The photo viewer's name, its buttons, and where the reader is in it ("3 of 8"). */
  viewer: string
  previousPhoto: string
  nextPhoto: string
  closeViewer: string
  photoOf: (index: number, total: number) => string
  news: string
  concerns: string
  shareHeading: string
  shareLink: string
  support: string
  /** The no-JavaScript answer's button once the reader supports the campaign. */
  withdraw: string
  supporters: (n: number) => string
  supportAdded: string
  supportWithdrawn: string
  /** Staff and crawlers are not counted (the CMS says so): nothing changed. */
  supportNotCounted: string
  supportFailed: string
  supportTitle: string
  backToCampaign: string
  allCampaigns: string
  homeHeading: string
}

const n = (locale: Locale, value: number) => formatNumber(locale, value)

export const campaignMessages: Record<Locale, CampaignMessages> = {
  en: {
    sections: { running: 'Running now', scheduled: 'Coming up', ended: 'Ended' },
    none: 'There are no campaigns yet.',
    when: {
      scheduled: (when) => `Starts ${when}`,
      running: (when) => `Ends ${when}`,
      ended: (when) => `Ended ${when}`,
    },
    dates: 'Dates',
    runBy: 'Run by',
    progress: 'Progress',
    progressText: (reached, target, unit, percent) =>
      `${n('en', reached)} of ${n('en', target)} ${unit}, ${n('en', percent)} percent`,
    gallery: 'Photos',
    viewer: 'Photo viewer',
    previousPhoto: 'Previous photo',
    nextPhoto: 'Next photo',
    closeViewer: 'Close the photo viewer',
    photoOf: (index, total) => `${n('en', index)} of ${n('en', total)}`,
    news: 'News from this campaign',
    concerns: 'Where and what',
    shareHeading: 'Share this campaign',
    shareLink: 'Link to this campaign',
    support: 'Support this campaign',
    withdraw: 'Withdraw your support',
    supporters: (count) =>
      count === 1 ? '1 person supports this campaign' : `${n('en', count)} people support this campaign`,
    supportAdded: 'Thank you: your support is counted.',
    supportWithdrawn: 'Your support is withdrawn.',
    supportNotCounted: 'Support from staff accounts is not counted.',
    supportFailed: 'Your support could not be counted just now. Please try again.',
    supportTitle: 'Your support',
    backToCampaign: 'Back to the campaign',
    allCampaigns: 'All campaigns',
    homeHeading: 'Campaigns running now',
  },
  ur: {
    sections: { running: 'اب جاری', scheduled: 'آنے والی', ended: 'ختم شدہ' },
    none: 'ابھی کوئی مہم نہیں۔',
    when: {
      scheduled: (when) => `شروع ہوگی: ${when}`,
      running: (when) => `ختم ہوگی: ${when}`,
      ended: (when) => `ختم ہوئی: ${when}`,
    },
    dates: 'تاریخیں',
    runBy: 'زیرِ اہتمام',
    progress: 'پیش رفت',
    progressText: (reached, target, unit, percent) =>
      `${n('ur', target)} میں سے ${n('ur', reached)} ${unit}، ${n('ur', percent)} فیصد`,
    gallery: 'تصاویر',
    viewer: 'تصاویر کا ناظر',
    previousPhoto: 'پچھلی تصویر',
    nextPhoto: 'اگلی تصویر',
    closeViewer: 'تصاویر کا ناظر بند کریں',
    photoOf: (index, total) => `${n('ur', total)} میں سے ${n('ur', index)}`,
    news: 'اس مہم کی خبریں',
    concerns: 'کہاں اور کس بارے میں',
    shareHeading: 'یہ مہم شیئر کریں',
    shareLink: 'اس مہم کا لنک',
    support: 'اس مہم کی حمایت کریں',
    withdraw: 'اپنی حمایت واپس لیں',
    supporters: (count) => `${n('ur', count)} افراد اس مہم کی حمایت کرتے ہیں`,
    supportAdded: 'شکریہ: آپ کی حمایت شمار ہو گئی۔',
    supportWithdrawn: 'آپ کی حمایت واپس لے لی گئی۔',
    supportNotCounted: 'عملے کے اکاؤنٹس کی حمایت شمار نہیں ہوتی۔',
    supportFailed: 'آپ کی حمایت اس وقت شمار نہیں ہو سکی۔ براہ کرم دوبارہ کوشش کریں۔',
    supportTitle: 'آپ کی حمایت',
    backToCampaign: 'مہم پر واپس جائیں',
    allCampaigns: 'تمام مہمات',
    homeHeading: 'جاری مہمات',
  },
  ps: {
    sections: { running: 'اوس روان', scheduled: 'راتلونکي', ended: 'پای ته رسېدلي' },
    none: 'لا تر اوسه هېڅ کمپاین نشته.',
    when: {
      scheduled: (when) => `پیلېږي: ${when}`,
      running: (when) => `پای ته رسېږي: ${when}`,
      ended: (when) => `پای ته ورسېد: ${when}`,
    },
    dates: 'نېټې',
    runBy: 'تنظیموونکی',
    progress: 'پرمختګ',
    progressText: (reached, target, unit, percent) =>
      `له ${n('ps', target)} څخه ${n('ps', reached)} ${unit}، ${n('ps', percent)} سلنه`,
    gallery: 'انځورونه',
    viewer: 'د انځورونو ننداره',
    previousPhoto: 'مخکینی انځور',
    nextPhoto: 'بل انځور',
    closeViewer: 'د انځورونو ننداره بنده کړئ',
    photoOf: (index, total) => `له ${n('ps', total)} څخه ${n('ps', index)}`,
    news: 'د دې کمپاین خبرونه',
    concerns: 'چېرته او د څه په اړه',
    shareHeading: 'دا کمپاین شریک کړئ',
    shareLink: 'د دې کمپاین لینک',
    support: 'د دې کمپاین ملاتړ وکړئ',
    withdraw: 'خپل ملاتړ بېرته واخلئ',
    supporters: (count) => `${n('ps', count)} کسان د دې کمپاین ملاتړ کوي`,
    supportAdded: 'مننه: ستاسو ملاتړ وشمېرل شو.',
    supportWithdrawn: 'ستاسو ملاتړ بېرته واخیستل شو.',
    supportNotCounted: 'د کارکوونکو د حسابونو ملاتړ نه شمېرل کېږي.',
    supportFailed: 'ستاسو ملاتړ اوس ونه شمېرل شو. مهرباني وکړئ بیا هڅه وکړئ.',
    supportTitle: 'ستاسو ملاتړ',
    backToCampaign: 'کمپاین ته ستنېدل',
    allCampaigns: 'ټول کمپاینونه',
    homeHeading: 'روان کمپاینونه',
  },
}

/** A goal's unit in the reader's language ("children vaccinated"); an unknown one by its value. */
export const goalUnitLabel = (locale: Locale, unit: string): string =>
  (GOAL_UNITS as Record<string, Record<Locale, string>>)[unit]?.[locale] ?? unit

export type { GoalUnit }
