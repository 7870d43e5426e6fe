import type { DistrictSeed, Division, LocalizedText } from './types'

/**
 * The divisions of Khyber Pakhtunkhwa, for labels. `DistrictSeed.division`
 * holds the English key.
 */
export const divisions: Readonly<Record<Division, LocalizedText>> = {
  Peshawar: { en: 'Peshawar', ur: 'پشاور', ps: 'پېښور' },
  Mardan: { en: 'Mardan', ur: 'مردان', ps: 'مردان' },
  Kohat: { en: 'Kohat', ur: 'کوہاٹ', ps: 'کوهاټ' },
  Bannu: { en: 'Bannu', ur: 'بنوں', ps: 'بنو' },
  'Dera Ismail Khan': { en: 'Dera Ismail Khan', ur: 'ڈیرہ اسماعیل خان', ps: 'ډېره اسماعیل خان' },
  Hazara: { en: 'Hazara', ur: 'ہزارہ', ps: 'هزاره' },
  Malakand: { en: 'Malakand', ur: 'ملاکنڈ', ps: 'ملاکنډ' },
}

/**
 * The 36 districts of Khyber Pakhtunkhwa as counted by the 2023 census: the
 * 25 older districts, the 7 former tribal agencies merged in 2018 (the
 * Frontier Regions went into their neighbouring districts), and the later
 * splits of Kohistan (Upper, Lower, Kolai-Palas), Chitral (Upper, Lower) and
 * South Waziristan (Upper, Lower, 2022).
 *
 * Left out on purpose, because it is unclear whether they took effect:
 * - Central Dir (notified from Upper Dir in January 2023, headquarters Wari);
 * - Allai (notified from Battagram in January 2023, announced again by the
 *   Chief Minister in May 2025, so apparently not in effect).
 * Both areas stay inside Upper Dir and Battagram here.
 *
 * Centroids are approximate points inside each district (usually near the
 * headquarters town, nudged inwards for long or border districts), in
 * [longitude, latitude] order. `radiusKm` is kept small so that points drawn
 * within it stay roughly inside the district; it is not the district's size.
 *
 * Pashto uses بر / کوز for Upper / Lower; Urdu uses the official اپر / لوئر.
 */
export const districts: readonly DistrictSeed[] = [
  // Peshawar Division
  {
    slug: 'peshawar',
    name: { en: 'Peshawar', ur: 'پشاور', ps: 'پېښور' },
    division: 'Peshawar',
    centroid: [71.55, 34.0],
    radiusKm: 12,
  },
  {
    slug: 'charsadda',
    name: { en: 'Charsadda', ur: 'چارسدہ', ps: 'چارسده' },
    division: 'Peshawar',
    centroid: [71.74, 34.15],
    radiusKm: 10,
  },
  {
    slug: 'nowshera',
    name: { en: 'Nowshera', ur: 'نوشہرہ', ps: 'نوښار' },
    division: 'Peshawar',
    centroid: [71.98, 34.01],
    radiusKm: 10,
  },
  {
    slug: 'khyber',
    name: { en: 'Khyber', ur: 'خیبر', ps: 'خیبر' },
    division: 'Peshawar',
    centroid: [71.26, 34.04],
    radiusKm: 9,
  },
  {
    slug: 'mohmand',
    name: { en: 'Mohmand', ur: 'مہمند', ps: 'مومند' },
    division: 'Peshawar',
    centroid: [71.4, 34.38],
    radiusKm: 10,
  },

  // Mardan Division
  {
    slug: 'mardan',
    name: { en: 'Mardan', ur: 'مردان', ps: 'مردان' },
    division: 'Mardan',
    centroid: [72.05, 34.2],
    radiusKm: 12,
  },
  {
    slug: 'swabi',
    name: { en: 'Swabi', ur: 'صوابی', ps: 'صوابۍ' },
    division: 'Mardan',
    centroid: [72.47, 34.12],
    radiusKm: 12,
  },

  // Kohat Division
  {
    slug: 'kohat',
    name: { en: 'Kohat', ur: 'کوہاٹ', ps: 'کوهاټ' },
    division: 'Kohat',
    centroid: [71.44, 33.57],
    radiusKm: 12,
  },
  {
    slug: 'hangu',
    name: { en: 'Hangu', ur: 'ہنگو', ps: 'هنګو' },
    division: 'Kohat',
    centroid: [70.92, 33.47],
    radiusKm: 8,
  },
  {
    slug: 'karak',
    name: { en: 'Karak', ur: 'کرک', ps: 'کرک' },
    division: 'Kohat',
    centroid: [71.09, 33.12],
    radiusKm: 12,
  },
  {
    slug: 'kurram',
    name: { en: 'Kurram', ur: 'کرم', ps: 'کرم' },
    division: 'Kohat',
    centroid: [70.22, 33.78],
    radiusKm: 12,
  },
  {
    slug: 'orakzai',
    name: { en: 'Orakzai', ur: 'اورکزئی', ps: 'اورکزی' },
    division: 'Kohat',
    centroid: [70.98, 33.73],
    radiusKm: 8,
  },

  // Bannu Division
  {
    slug: 'bannu',
    name: { en: 'Bannu', ur: 'بنوں', ps: 'بنو' },
    division: 'Bannu',
    centroid: [70.6, 32.98],
    radiusKm: 8,
  },
  {
    slug: 'lakki-marwat',
    name: { en: 'Lakki Marwat', ur: 'لکی مروت', ps: 'لکي مروت' },
    division: 'Bannu',
    centroid: [70.9, 32.6],
    radiusKm: 12,
  },
  {
    slug: 'north-waziristan',
    name: { en: 'North Waziristan', ur: 'شمالی وزیرستان', ps: 'شمالي وزیرستان' },
    division: 'Bannu',
    centroid: [70.05, 32.98],
    radiusKm: 15,
  },

  // Dera Ismail Khan Division
  {
    slug: 'dera-ismail-khan',
    name: { en: 'Dera Ismail Khan', ur: 'ڈیرہ اسماعیل خان', ps: 'ډېره اسماعیل خان' },
    division: 'Dera Ismail Khan',
    centroid: [70.7, 31.95],
    radiusKm: 18,
  },
  {
    slug: 'tank',
    name: { en: 'Tank', ur: 'ٹانک', ps: 'ټانک' },
    division: 'Dera Ismail Khan',
    centroid: [70.38, 32.22],
    radiusKm: 8,
  },
  {
    slug: 'upper-south-waziristan',
    name: { en: 'Upper South Waziristan', ur: 'اپر جنوبی وزیرستان', ps: 'بر جنوبي وزیرستان' },
    division: 'Dera Ismail Khan',
    centroid: [69.9, 32.5],
    radiusKm: 12,
  },
  {
    slug: 'lower-south-waziristan',
    name: { en: 'Lower South Waziristan', ur: 'لوئر جنوبی وزیرستان', ps: 'کوز جنوبي وزیرستان' },
    division: 'Dera Ismail Khan',
    centroid: [69.62, 32.2],
    radiusKm: 12,
  },

  // Hazara Division
  {
    slug: 'abbottabad',
    name: { en: 'Abbottabad', ur: 'ایبٹ آباد', ps: 'ایبټ آباد' },
    division: 'Hazara',
    centroid: [73.22, 34.15],
    radiusKm: 12,
  },
  {
    slug: 'haripur',
    name: { en: 'Haripur', ur: 'ہری پور', ps: 'هری پور' },
    division: 'Hazara',
    centroid: [72.93, 33.97],
    radiusKm: 12,
  },
  {
    slug: 'mansehra',
    name: { en: 'Mansehra', ur: 'مانسہرہ', ps: 'مانسهره' },
    division: 'Hazara',
    centroid: [73.25, 34.42],
    radiusKm: 12,
  },
  {
    slug: 'battagram',
    name: { en: 'Battagram', ur: 'بٹگرام', ps: 'بټګرام' },
    division: 'Hazara',
    centroid: [73.02, 34.68],
    radiusKm: 7,
  },
  {
    slug: 'torghar',
    name: { en: 'Torghar', ur: 'تورغر', ps: 'تورغر' },
    division: 'Hazara',
    centroid: [72.8, 34.62],
    radiusKm: 6,
  },
  {
    slug: 'upper-kohistan',
    name: { en: 'Upper Kohistan', ur: 'اپر کوہستان', ps: 'بر کوهستان' },
    division: 'Hazara',
    centroid: [73.25, 35.33],
    radiusKm: 10,
  },
  {
    slug: 'lower-kohistan',
    name: { en: 'Lower Kohistan', ur: 'لوئر کوہستان', ps: 'کوز کوهستان' },
    division: 'Hazara',
    centroid: [72.97, 35.08],
    radiusKm: 7,
  },
  {
    slug: 'kolai-palas',
    name: { en: 'Kolai-Palas', ur: 'کولائی پالس', ps: 'کولای پالس' },
    division: 'Hazara',
    centroid: [73.22, 35.03],
    radiusKm: 8,
  },

  // Malakand Division
  {
    slug: 'swat',
    name: { en: 'Swat', ur: 'سوات', ps: 'سوات' },
    division: 'Malakand',
    centroid: [72.4, 34.9],
    radiusKm: 15,
  },
  {
    slug: 'shangla',
    name: { en: 'Shangla', ur: 'شانگلہ', ps: 'شانګله' },
    division: 'Malakand',
    centroid: [72.64, 34.9],
    radiusKm: 10,
  },
  {
    slug: 'buner',
    name: { en: 'Buner', ur: 'بونیر', ps: 'بونېر' },
    division: 'Malakand',
    centroid: [72.47, 34.5],
    radiusKm: 12,
  },
  {
    slug: 'malakand',
    name: { en: 'Malakand', ur: 'ملاکنڈ', ps: 'ملاکنډ' },
    division: 'Malakand',
    centroid: [71.97, 34.6],
    radiusKm: 7,
  },
  {
    slug: 'lower-dir',
    name: { en: 'Lower Dir', ur: 'لوئر دیر', ps: 'کوز دیر' },
    division: 'Malakand',
    centroid: [71.84, 34.83],
    radiusKm: 12,
  },
  {
    slug: 'upper-dir',
    name: { en: 'Upper Dir', ur: 'اپر دیر', ps: 'بر دیر' },
    division: 'Malakand',
    centroid: [71.9, 35.22],
    radiusKm: 10,
  },
  {
    slug: 'bajaur',
    name: { en: 'Bajaur', ur: 'باجوڑ', ps: 'باجوړ' },
    division: 'Malakand',
    centroid: [71.52, 34.73],
    radiusKm: 10,
  },
  {
    slug: 'upper-chitral',
    name: { en: 'Upper Chitral', ur: 'اپر چترال', ps: 'بر چترال' },
    division: 'Malakand',
    centroid: [72.35, 36.3],
    radiusKm: 20,
  },
  {
    slug: 'lower-chitral',
    name: { en: 'Lower Chitral', ur: 'لوئر چترال', ps: 'کوز چترال' },
    division: 'Malakand',
    centroid: [71.8, 35.82],
    radiusKm: 15,
  },
]

/**
 * Real towns, tehsils and localities of each district (2–5 per district),
 * for generators that want a `{place}` that belongs to the district rather
 * than one of the generic `places`. Keyed by district slug; every district
 * has an entry.
 */
export const districtLocalities: Readonly<Record<string, readonly LocalizedText[]>> = {
  peshawar: [
    { en: 'Hayatabad', ur: 'حیات آباد', ps: 'حیات آباد' },
    { en: 'Gulbahar', ur: 'گلبہار', ps: 'ګلبهار' },
    { en: 'Badaber', ur: 'بڈھ بیر', ps: 'بډ بېر' },
    { en: 'Chamkani', ur: 'چمکنی', ps: 'چمکني' },
  ],
  charsadda: [
    { en: 'Tangi', ur: 'تنگی', ps: 'تنګي' },
    { en: 'Shabqadar', ur: 'شبقدر', ps: 'شبقدر' },
    { en: 'Prang', ur: 'پڑانگ', ps: 'پړانګ' },
  ],
  nowshera: [
    { en: 'Pabbi', ur: 'پبی', ps: 'پبي' },
    { en: 'Akora Khattak', ur: 'اکوڑہ خٹک', ps: 'اکوړه خټک' },
    { en: 'Risalpur', ur: 'رسالپور', ps: 'رسالپور' },
  ],
  khyber: [
    { en: 'Landi Kotal', ur: 'لنڈی کوتل', ps: 'لنډي کوتل' },
    { en: 'Jamrud', ur: 'جمرود', ps: 'جمرود' },
    { en: 'Bara', ur: 'باڑہ', ps: 'باړه' },
  ],
  mohmand: [
    { en: 'Ghallanai', ur: 'غلنئی', ps: 'غلنۍ' },
    { en: 'Ekka Ghund', ur: 'یکہ غنڈ', ps: 'یکه غونډ' },
    { en: 'Pindiali', ur: 'پنڈیالی', ps: 'پنډیالي' },
  ],
  mardan: [
    { en: 'Takht Bhai', ur: 'تخت بھائی', ps: 'تخت بهائي' },
    { en: 'Katlang', ur: 'کاٹلنگ', ps: 'کاټلنګ' },
    { en: 'Rustam', ur: 'رستم', ps: 'رستم' },
  ],
  swabi: [
    { en: 'Topi', ur: 'ٹوپی', ps: 'ټوپۍ' },
    { en: 'Razzar', ur: 'رزڑ', ps: 'رزړ' },
    { en: 'Kalu Khan', ur: 'کالو خان', ps: 'کالو خان' },
  ],
  kohat: [
    { en: 'Lachi', ur: 'لاچی', ps: 'لاچي' },
    { en: 'Gumbat', ur: 'گمبٹ', ps: 'ګمبټ' },
    { en: 'Jangal Khel', ur: 'جنگل خیل', ps: 'جنګل خېل' },
  ],
  hangu: [
    { en: 'Thall', ur: 'ٹل', ps: 'ټل' },
    { en: 'Doaba', ur: 'دوآبہ', ps: 'دوآبه' },
    { en: 'Darsamand', ur: 'درسمند', ps: 'درسمند' },
  ],
  karak: [
    { en: 'Takht-e-Nasrati', ur: 'تخت نصرتی', ps: 'تخت نصرتي' },
    { en: 'Banda Daud Shah', ur: 'بانڈہ داؤد شاہ', ps: 'بانډه داود شاه' },
    { en: 'Latamber', ur: 'لتمبر', ps: 'لتمبر' },
  ],
  kurram: [
    { en: 'Parachinar', ur: 'پاراچنار', ps: 'پاړاچنار' },
    { en: 'Sadda', ur: 'صدہ', ps: 'صده' },
    { en: 'Alizai', ur: 'علیزئی', ps: 'علیزی' },
  ],
  orakzai: [
    { en: 'Kalaya', ur: 'کلایہ', ps: 'کلایه' },
    { en: 'Ghiljo', ur: 'غلجو', ps: 'غلجو' },
    { en: 'Dabori', ur: 'ڈبوری', ps: 'ډبوري' },
  ],
  bannu: [
    { en: 'Domel', ur: 'ڈومیل', ps: 'ډومېل' },
    { en: 'Kakki', ur: 'ککی', ps: 'ککي' },
    { en: 'Ghoriwala', ur: 'غوریوالا', ps: 'غوریواله' },
  ],
  'lakki-marwat': [
    { en: 'Serai Naurang', ur: 'سرائے نورنگ', ps: 'سرای نورنګ' },
    { en: 'Ghazni Khel', ur: 'غزنی خیل', ps: 'غزني خېل' },
    { en: 'Tajazai', ur: 'تاجہ زئی', ps: 'تاجه زی' },
  ],
  'north-waziristan': [
    { en: 'Miranshah', ur: 'میران شاہ', ps: 'میرانشاه' },
    { en: 'Mir Ali', ur: 'میر علی', ps: 'میرعلي' },
    { en: 'Razmak', ur: 'رزمک', ps: 'رزمک' },
  ],
  'dera-ismail-khan': [
    { en: 'Kulachi', ur: 'کلاچی', ps: 'کلاچي' },
    { en: 'Paharpur', ur: 'پہاڑپور', ps: 'پهاړپور' },
    { en: 'Daraban', ur: 'درابن', ps: 'درابن' },
  ],
  tank: [
    { en: 'Gomal', ur: 'گومل', ps: 'ګومل' },
    { en: 'Mulazai', ur: 'ملازئی', ps: 'ملازی' },
    { en: 'Jandola', ur: 'جنڈولہ', ps: 'جنډوله' },
  ],
  'upper-south-waziristan': [
    { en: 'Ladha', ur: 'لدھا', ps: 'لدها' },
    { en: 'Makeen', ur: 'مکین', ps: 'مکین' },
    { en: 'Sararogha', ur: 'سراروغہ', ps: 'سراروغه' },
  ],
  'lower-south-waziristan': [
    { en: 'Wana', ur: 'وانا', ps: 'وانه' },
    { en: 'Birmal', ur: 'برمل', ps: 'برمل' },
    { en: 'Azam Warsak', ur: 'اعظم ورسک', ps: 'اعظم ورسک' },
  ],
  abbottabad: [
    { en: 'Havelian', ur: 'حویلیاں', ps: 'حویلیان' },
    { en: 'Nathia Gali', ur: 'نتھیا گلی', ps: 'نتیا ګلي' },
    { en: 'Kakul', ur: 'کاکول', ps: 'کاکول' },
  ],
  haripur: [
    { en: 'Khanpur', ur: 'خانپور', ps: 'خانپور' },
    { en: 'Ghazi', ur: 'غازی', ps: 'غازي' },
    { en: 'Kot Najibullah', ur: 'کوٹ نجیب اللہ', ps: 'کوټ نجیب الله' },
  ],
  mansehra: [
    { en: 'Balakot', ur: 'بالاکوٹ', ps: 'بالاکوټ' },
    { en: 'Oghi', ur: 'اوگی', ps: 'اوګي' },
    { en: 'Shinkiari', ur: 'شنکیاری', ps: 'شنکیاري' },
  ],
  battagram: [
    { en: 'Thakot', ur: 'تھاکوٹ', ps: 'تاکوټ' },
    { en: 'Allai', ur: 'الائی', ps: 'الای' },
  ],
  torghar: [
    { en: 'Judba', ur: 'جدبہ', ps: 'جدبه' },
    { en: 'Kandar Hassanzai', ur: 'کنڈر حسن زئی', ps: 'کنډر حسن زی' },
    { en: 'Mada Khel', ur: 'مداخیل', ps: 'مداخېل' },
  ],
  'upper-kohistan': [
    { en: 'Dasu', ur: 'داسو', ps: 'داسو' },
    { en: 'Kandia', ur: 'کندیا', ps: 'کندیا' },
    { en: 'Seo', ur: 'سیو', ps: 'سیو' },
  ],
  'lower-kohistan': [
    { en: 'Pattan', ur: 'پٹن', ps: 'پټن' },
    { en: 'Ranolia', ur: 'رانولیا', ps: 'رانولیا' },
    { en: 'Bankad', ur: 'بنکڈ', ps: 'بنکډ' },
  ],
  'kolai-palas': [
    { en: 'Palas', ur: 'پالس', ps: 'پالس' },
    { en: 'Battera Kolai', ur: 'بٹیرہ کولائی', ps: 'بټېره کولای' },
  ],
  swat: [
    { en: 'Mingora', ur: 'مینگورہ', ps: 'مینګوره' },
    { en: 'Saidu Sharif', ur: 'سیدو شریف', ps: 'سیدو شریف' },
    { en: 'Matta', ur: 'مٹہ', ps: 'مټه' },
    { en: 'Bahrain', ur: 'بحرین', ps: 'بحرین' },
    { en: 'Kalam', ur: 'کالام', ps: 'کالام' },
  ],
  shangla: [
    { en: 'Alpuri', ur: 'الپوری', ps: 'الپوري' },
    { en: 'Besham', ur: 'بشام', ps: 'بشام' },
    { en: 'Puran', ur: 'پورن', ps: 'پورن' },
  ],
  buner: [
    { en: 'Daggar', ur: 'ڈگر', ps: 'ډګر' },
    { en: 'Pir Baba', ur: 'پیر بابا', ps: 'پیر بابا' },
    { en: 'Chamla', ur: 'چملہ', ps: 'چمله' },
  ],
  malakand: [
    { en: 'Batkhela', ur: 'بٹ خیلہ', ps: 'بټخېله' },
    { en: 'Dargai', ur: 'درگئی', ps: 'درګۍ' },
    { en: 'Sakhakot', ur: 'سخاکوٹ', ps: 'سخاکوټ' },
  ],
  'lower-dir': [
    { en: 'Timergara', ur: 'تیمرگرہ', ps: 'تیمرګره' },
    { en: 'Chakdara', ur: 'چکدرہ', ps: 'چکدره' },
    { en: 'Talash', ur: 'تالاش', ps: 'تالاش' },
  ],
  'upper-dir': [
    { en: 'Dir', ur: 'دیر', ps: 'دیر' },
    { en: 'Sheringal', ur: 'شرینگل', ps: 'شرینګل' },
    { en: 'Barawal', ur: 'براول', ps: 'براول' },
    { en: 'Kumrat', ur: 'کمراٹ', ps: 'کمراټ' },
  ],
  bajaur: [
    { en: 'Khar', ur: 'خار', ps: 'خار' },
    { en: 'Nawagai', ur: 'ناواگئی', ps: 'ناوګۍ' },
    { en: 'Salarzai', ur: 'سالارزئی', ps: 'سالارزی' },
  ],
  'upper-chitral': [
    { en: 'Booni', ur: 'بونی', ps: 'بوني' },
    { en: 'Mastuj', ur: 'مستوج', ps: 'مستوج' },
    { en: 'Torkhow', ur: 'تورکہو', ps: 'تورکهو' },
  ],
  'lower-chitral': [
    { en: 'Chitral', ur: 'چترال', ps: 'چترال' },
    { en: 'Drosh', ur: 'دروش', ps: 'دروش' },
    { en: 'Garam Chashma', ur: 'گرم چشمہ', ps: 'ګرم چشمه' },
  ],
}
