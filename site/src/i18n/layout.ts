import type { Locale } from './messages'

interface LayoutMessages {
  /** The header's search box: its label (read out) and the hint inside it. */
  searchLabel: string
  searchPlaceholder: string
  searchButton: string
  /** The toast region's name for screen readers, and the close button of a toast. */
  notifications: string
  dismiss: string
}

export const layoutMessages: Record<Locale, LayoutMessages> = {
  en: {
    searchLabel: 'Search Hujra',
    searchPlaceholder: 'Clinic, school, BHU…',
    searchButton: 'Search',
    notifications: 'Notifications',
    dismiss: 'Dismiss',
  },
  ur: {
    searchLabel: 'حجرہ میں تلاش کریں',
    searchPlaceholder: 'کلینک، سکول، بنیادی مرکز صحت…',
    searchButton: 'تلاش',
    notifications: 'اطلاعات',
    dismiss: 'بند کریں',
  },
  ps: {
    searchLabel: 'په حجره کې لټون',
    searchPlaceholder: 'کلینیک، ښوونځی، روغتیايي مرکز…',
    searchButton: 'لټون',
    notifications: 'خبرتیاوې',
    dismiss: 'بندول',
  },
}
