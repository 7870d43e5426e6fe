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

/** A town, tehsil or locality: its name, and roughly where it is. */
export interface Locality extends LocalizedText {
  /** WGS84, GeoJSON order: [longitude, latitude], to two or three decimals (a few hundred metres). */
  centre: [lng: number, lat: number]
}

/**
 * Real towns, tehsils and localities of each district (2–5 per district),
 * for generators that want a `{place}` that belongs to the district rather
 * than one of the generic `places`, and seeded as each district's `towns`
 * (the admin's place search and the map's words). Keyed by district slug;
 * every district has an entry.
 *
 * The points are approximate: the town centre, or for a tehsil or valley
 * (Salarzai, Torkhow, Kumrat, Birmal) its main settlement. They lie in the
 * real district, which is not always the demo boundary's cell (those are
 * Voronoi cells around the centroids: Chakdara, across the river from
 * Malakand, falls in Malakand's cell).
 */
export const districtLocalities: Readonly<Record<string, readonly Locality[]>> = {
  peshawar: [
    { en: 'Hayatabad', ur: 'حیات آباد', ps: 'حیات آباد', centre: [71.44, 33.98] },
    { en: 'Gulbahar', ur: 'گلبہار', ps: 'ګلبهار', centre: [71.59, 34.02] },
    { en: 'Badaber', ur: 'بڈھ بیر', ps: 'بډ بېر', centre: [71.56, 33.93] },
    { en: 'Chamkani', ur: 'چمکنی', ps: 'چمکني', centre: [71.62, 34] },
  ],
  charsadda: [
    { en: 'Tangi', ur: 'تنگی', ps: 'تنګي', centre: [71.652, 34.301] },
    { en: 'Shabqadar', ur: 'شبقدر', ps: 'شبقدر', centre: [71.555, 34.216] },
    { en: 'Prang', ur: 'پڑانگ', ps: 'پړانګ', centre: [71.72, 34.16] },
  ],
  nowshera: [
    { en: 'Pabbi', ur: 'پبی', ps: 'پبي', centre: [71.794, 34.01] },
    { en: 'Akora Khattak', ur: 'اکوڑہ خٹک', ps: 'اکوړه خټک', centre: [72.126, 34.003] },
    { en: 'Risalpur', ur: 'رسالپور', ps: 'رسالپور', centre: [71.993, 34.06] },
  ],
  khyber: [
    { en: 'Landi Kotal', ur: 'لنڈی کوتل', ps: 'لنډي کوتل', centre: [71.141, 34.099] },
    { en: 'Jamrud', ur: 'جمرود', ps: 'جمرود', centre: [71.38, 34.002] },
    { en: 'Bara', ur: 'باڑہ', ps: 'باړه', centre: [71.46, 33.92] },
  ],
  mohmand: [
    { en: 'Ghallanai', ur: 'غلنئی', ps: 'غلنۍ', centre: [71.4, 34.34] },
    { en: 'Ekka Ghund', ur: 'یکہ غنڈ', ps: 'یکه غونډ', centre: [71.46, 34.28] },
    { en: 'Pindiali', ur: 'پنڈیالی', ps: 'پنډیالي', centre: [71.55, 34.38] },
  ],
  mardan: [
    { en: 'Takht Bhai', ur: 'تخت بھائی', ps: 'تخت بهائي', centre: [71.946, 34.286] },
    { en: 'Katlang', ur: 'کاٹلنگ', ps: 'کاټلنګ', centre: [72.08, 34.36] },
    { en: 'Rustam', ur: 'رستم', ps: 'رستم', centre: [72.22, 34.33] },
  ],
  swabi: [
    { en: 'Topi', ur: 'ٹوپی', ps: 'ټوپۍ', centre: [72.621, 34.07] },
    { en: 'Razzar', ur: 'رزڑ', ps: 'رزړ', centre: [72.35, 34.17] },
    { en: 'Kalu Khan', ur: 'کالو خان', ps: 'کالو خان', centre: [72.3, 34.2] },
  ],
  kohat: [
    { en: 'Lachi', ur: 'لاچی', ps: 'لاچي', centre: [71.337, 33.383] },
    { en: 'Gumbat', ur: 'گمبٹ', ps: 'ګمبټ', centre: [71.64, 33.49] },
    { en: 'Jangal Khel', ur: 'جنگل خیل', ps: 'جنګل خېل', centre: [71.44, 33.595] },
  ],
  hangu: [
    { en: 'Thall', ur: 'ٹل', ps: 'ټل', centre: [70.55, 33.37] },
    { en: 'Doaba', ur: 'دوآبہ', ps: 'دوآبه', centre: [70.737, 33.425] },
    { en: 'Darsamand', ur: 'درسمند', ps: 'درسمند', centre: [70.86, 33.46] },
  ],
  karak: [
    { en: 'Takht-e-Nasrati', ur: 'تخت نصرتی', ps: 'تخت نصرتي', centre: [70.99, 33.1] },
    { en: 'Banda Daud Shah', ur: 'بانڈہ داؤد شاہ', ps: 'بانډه داود شاه', centre: [71.17, 33.27] },
    { en: 'Latamber', ur: 'لتمبر', ps: 'لتمبر', centre: [71.12, 33.03] },
  ],
  kurram: [
    { en: 'Parachinar', ur: 'پاراچنار', ps: 'پاړاچنار', centre: [70.1, 33.9] },
    { en: 'Sadda', ur: 'صدہ', ps: 'صده', centre: [70.33, 33.7] },
    { en: 'Alizai', ur: 'علیزئی', ps: 'علیزی', centre: [70.346, 33.536] },
  ],
  orakzai: [
    { en: 'Kalaya', ur: 'کلایہ', ps: 'کلایه', centre: [70.96, 33.66] },
    { en: 'Ghiljo', ur: 'غلجو', ps: 'غلجو', centre: [70.84, 33.74] },
    { en: 'Dabori', ur: 'ڈبوری', ps: 'ډبوري', centre: [71.02, 33.72] },
  ],
  bannu: [
    { en: 'Domel', ur: 'ڈومیل', ps: 'ډومېل', centre: [70.78, 33.02] },
    { en: 'Kakki', ur: 'ککی', ps: 'ککي', centre: [70.66, 32.88] },
    { en: 'Ghoriwala', ur: 'غوریوالا', ps: 'غوریواله', centre: [70.55, 32.93] },
  ],
  'lakki-marwat': [
    { en: 'Serai Naurang', ur: 'سرائے نورنگ', ps: 'سرای نورنګ', centre: [70.781, 32.826] },
    { en: 'Ghazni Khel', ur: 'غزنی خیل', ps: 'غزني خېل', centre: [70.8, 32.6] },
    { en: 'Tajazai', ur: 'تاجہ زئی', ps: 'تاجه زی', centre: [70.83, 32.72] },
  ],
  'north-waziristan': [
    { en: 'Miranshah', ur: 'میران شاہ', ps: 'میرانشاه', centre: [70.071, 33.001] },
    { en: 'Mir Ali', ur: 'میر علی', ps: 'میرعلي', centre: [70.28, 32.97] },
    { en: 'Razmak', ur: 'رزمک', ps: 'رزمک', centre: [69.86, 32.61] },
  ],
  'dera-ismail-khan': [
    { en: 'Kulachi', ur: 'کلاچی', ps: 'کلاچي', centre: [70.46, 31.931] },
    { en: 'Paharpur', ur: 'پہاڑپور', ps: 'پهاړپور', centre: [70.971, 32.105] },
    { en: 'Daraban', ur: 'درابن', ps: 'درابن', centre: [70.34, 31.7] },
  ],
  tank: [
    { en: 'Gomal', ur: 'گومل', ps: 'ګومل', centre: [70.3, 32.08] },
    { en: 'Mulazai', ur: 'ملازئی', ps: 'ملازی', centre: [70.45, 32.3] },
    { en: 'Jandola', ur: 'جنڈولہ', ps: 'جنډوله', centre: [70.13, 32.33] },
  ],
  'upper-south-waziristan': [
    { en: 'Ladha', ur: 'لدھا', ps: 'لدها', centre: [69.78, 32.57] },
    { en: 'Makeen', ur: 'مکین', ps: 'مکین', centre: [69.82, 32.55] },
    { en: 'Sararogha', ur: 'سراروغہ', ps: 'سراروغه', centre: [70, 32.43] },
  ],
  'lower-south-waziristan': [
    { en: 'Wana', ur: 'وانا', ps: 'وانه', centre: [69.573, 32.299] },
    { en: 'Birmal', ur: 'برمل', ps: 'برمل', centre: [69.4, 32.35] },
    { en: 'Azam Warsak', ur: 'اعظم ورسک', ps: 'اعظم ورسک', centre: [69.43, 32.24] },
  ],
  abbottabad: [
    { en: 'Havelian', ur: 'حویلیاں', ps: 'حویلیان', centre: [73.16, 34.053] },
    { en: 'Nathia Gali', ur: 'نتھیا گلی', ps: 'نتیا ګلي', centre: [73.38, 34.07] },
    { en: 'Kakul', ur: 'کاکول', ps: 'کاکول', centre: [73.26, 34.19] },
  ],
  haripur: [
    { en: 'Khanpur', ur: 'خانپور', ps: 'خانپور', centre: [72.93, 33.82] },
    { en: 'Ghazi', ur: 'غازی', ps: 'غازي', centre: [72.65, 34.02] },
    { en: 'Kot Najibullah', ur: 'کوٹ نجیب اللہ', ps: 'کوټ نجیب الله', centre: [72.89, 33.99] },
  ],
  mansehra: [
    { en: 'Balakot', ur: 'بالاکوٹ', ps: 'بالاکوټ', centre: [73.35, 34.55] },
    { en: 'Oghi', ur: 'اوگی', ps: 'اوګي', centre: [73.014, 34.498] },
    { en: 'Shinkiari', ur: 'شنکیاری', ps: 'شنکیاري', centre: [73.27, 34.47] },
  ],
  battagram: [
    { en: 'Thakot', ur: 'تھاکوٹ', ps: 'تاکوټ', centre: [72.93, 34.78] },
    { en: 'Allai', ur: 'الائی', ps: 'الای', centre: [73.07, 34.84] },
  ],
  torghar: [
    { en: 'Judba', ur: 'جدبہ', ps: 'جدبه', centre: [72.79, 34.6] },
    { en: 'Kandar Hassanzai', ur: 'کنڈر حسن زئی', ps: 'کنډر حسن زی', centre: [72.83, 34.56] },
    { en: 'Mada Khel', ur: 'مداخیل', ps: 'مداخېل', centre: [72.75, 34.68] },
  ],
  'upper-kohistan': [
    { en: 'Dasu', ur: 'داسو', ps: 'داسو', centre: [73.291, 35.292] },
    { en: 'Kandia', ur: 'کندیا', ps: 'کندیا', centre: [73.37, 35.47] },
    { en: 'Seo', ur: 'سیو', ps: 'سیو', centre: [73.23, 35.26] },
  ],
  'lower-kohistan': [
    { en: 'Pattan', ur: 'پٹن', ps: 'پټن', centre: [72.95, 35.03] },
    { en: 'Ranolia', ur: 'رانولیا', ps: 'رانولیا', centre: [72.92, 34.97] },
    { en: 'Bankad', ur: 'بنکڈ', ps: 'بنکډ', centre: [72.99, 35.08] },
  ],
  'kolai-palas': [
    { en: 'Palas', ur: 'پالس', ps: 'پالس', centre: [73.13, 35.03] },
    { en: 'Battera Kolai', ur: 'بٹیرہ کولائی', ps: 'بټېره کولای', centre: [73.12, 35.15] },
  ],
  swat: [
    { en: 'Mingora', ur: 'مینگورہ', ps: 'مینګوره', centre: [72.363, 34.779] },
    { en: 'Saidu Sharif', ur: 'سیدو شریف', ps: 'سیدو شریف', centre: [72.356, 34.747] },
    { en: 'Matta', ur: 'مٹہ', ps: 'مټه', centre: [72.42, 34.94] },
    { en: 'Bahrain', ur: 'بحرین', ps: 'بحرین', centre: [72.55, 35.21] },
    { en: 'Kalam', ur: 'کالام', ps: 'کالام', centre: [72.58, 35.49] },
  ],
  shangla: [
    { en: 'Alpuri', ur: 'الپوری', ps: 'الپوري', centre: [72.64, 34.9] },
    { en: 'Besham', ur: 'بشام', ps: 'بشام', centre: [72.87, 34.93] },
    { en: 'Puran', ur: 'پورن', ps: 'پورن', centre: [72.66, 34.74] },
  ],
  buner: [
    { en: 'Daggar', ur: 'ڈگر', ps: 'ډګر', centre: [72.484, 34.511] },
    { en: 'Pir Baba', ur: 'پیر بابا', ps: 'پیر بابا', centre: [72.53, 34.46] },
    { en: 'Chamla', ur: 'چملہ', ps: 'چمله', centre: [72.38, 34.37] },
  ],
  malakand: [
    { en: 'Batkhela', ur: 'بٹ خیلہ', ps: 'بټخېله', centre: [71.97, 34.62] },
    { en: 'Dargai', ur: 'درگئی', ps: 'درګۍ', centre: [71.9, 34.51] },
    { en: 'Sakhakot', ur: 'سخاکوٹ', ps: 'سخاکوټ', centre: [71.96, 34.49] },
  ],
  'lower-dir': [
    { en: 'Timergara', ur: 'تیمرگرہ', ps: 'تیمرګره', centre: [71.84, 34.83] },
    { en: 'Chakdara', ur: 'چکدرہ', ps: 'چکدره', centre: [72.03, 34.65] },
    { en: 'Talash', ur: 'تالاش', ps: 'تالاش', centre: [71.85, 34.75] },
  ],
  'upper-dir': [
    { en: 'Dir', ur: 'دیر', ps: 'دیر', centre: [71.877, 35.207] },
    { en: 'Sheringal', ur: 'شرینگل', ps: 'شرینګل', centre: [72, 35.27] },
    { en: 'Barawal', ur: 'براول', ps: 'براول', centre: [71.72, 35.1] },
    { en: 'Kumrat', ur: 'کمراٹ', ps: 'کمراټ', centre: [72.22, 35.53] },
  ],
  bajaur: [
    { en: 'Khar', ur: 'خار', ps: 'خار', centre: [71.527, 34.736] },
    { en: 'Nawagai', ur: 'ناواگئی', ps: 'ناوګۍ', centre: [71.35, 34.7] },
    { en: 'Salarzai', ur: 'سالارزئی', ps: 'سالارزی', centre: [71.53, 34.9] },
  ],
  'upper-chitral': [
    { en: 'Booni', ur: 'بونی', ps: 'بوني', centre: [72.259, 36.273] },
    { en: 'Mastuj', ur: 'مستوج', ps: 'مستوج', centre: [72.52, 36.29] },
    { en: 'Torkhow', ur: 'تورکہو', ps: 'تورکهو', centre: [72.15, 36.43] },
  ],
  'lower-chitral': [
    { en: 'Chitral', ur: 'چترال', ps: 'چترال', centre: [71.786, 35.852] },
    { en: 'Drosh', ur: 'دروش', ps: 'دروش', centre: [71.79, 35.56] },
    { en: 'Garam Chashma', ur: 'گرم چشمہ', ps: 'ګرم چشمه', centre: [71.56, 35.98] },
  ],
}
