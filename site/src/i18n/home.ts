import type { Locale } from './messages'

export interface HomeMessages {
  /** What Hujra is for, in one sentence: the page's heading. */
  purpose: string
  /** The large search box: its landmark name, label, hint and button. */
  searchName: string
  searchLabel: string
  searchPlaceholder: string
  searchButton: string
  featured: string
  recent: string
  /** Under the shelves' headings: why these and not others. */
  trustedNote: string
}

export const homeMessages: Record<Locale, HomeMessages> = {
  en: {
    purpose:
      'Find the health, education, legal and community services of your district: where they are, when they are open and how to reach them.',
    searchName: 'Search the directory',
    searchLabel: 'What are you looking for?',
    searchPlaceholder: 'A clinic, a school, legal help, BHU…',
    searchButton: 'Search',
    featured: 'Featured services',
    recent: 'Recently updated',
    trustedNote: 'Services that are open and that an editor has checked in the past year.',
  },
  ur: {
    purpose:
      'اپنے ضلع کی صحت، تعلیم، قانونی امداد اور سماجی خدمات تلاش کریں: وہ کہاں ہیں، کب کھلی ہوتی ہیں اور ان تک کیسے پہنچا جائے۔',
    searchName: 'فہرست میں تلاش',
    searchLabel: 'آپ کیا تلاش کر رہے ہیں؟',
    searchPlaceholder: 'کلینک، اسکول، قانونی مدد، بنیادی مرکز صحت…',
    searchButton: 'تلاش کریں',
    featured: 'نمایاں خدمات',
    recent: 'حال ہی میں تازہ کردہ',
    trustedNote: 'وہ خدمات جو کھلی ہیں اور جن کی کسی مدیر نے پچھلے ایک سال میں تصدیق کی ہے۔',
  },
  ps: {
    purpose:
      'د خپلې ضلعې روغتیايي، ښوونیز، قانوني او ټولنیز خدمتونه ومومئ: چېرته دي، کله پرانیستي وي او څنګه ورته ورسېږئ.',
    searchName: 'په لړلیک کې لټون',
    searchLabel: 'د څه په لټه کې یاست؟',
    searchPlaceholder: 'کلینیک، ښوونځی، قانوني مرسته، بنسټیز روغتیايي مرکز…',
    searchButton: 'لټون',
    featured: 'غوره خدمتونه',
    recent: 'وروستي تازه شوي',
    trustedNote: 'هغه خدمتونه چې پرانیستي دي او یوه مدیر په تېر یو کال کې کره کړي دي.',
  },
}
