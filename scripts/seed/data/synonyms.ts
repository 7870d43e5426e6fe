/**
 * The synonym groups search ships with: what readers actually type for the
 * services in the catalogue, in English (with the abbreviations and Urdu
 * loanwords written in Latin letters that Pakistani English uses), Urdu and
 * Pashto. Each group is seeded once, matched by `label`; admins edit them in
 * the admin afterwards (Search synonyms). Spelling variants that only differ
 * by letters the search folds anyway (Arabic ي/ی, ك/ک, Pashto ټ/Urdu ٹ …)
 * need no entry of their own; variants that differ by more (ہسپتال and
 * اسپتال, سکول and اسکول) do.
 */
export interface SynonymSeed {
  label: string
  en: string[]
  ur: string[]
  ps: string[]
}

export const synonymGroups: SynonymSeed[] = [
  {
    label: 'Basic health unit',
    en: ['BHU', 'basic health unit'],
    ur: ['بنیادی مرکز صحت', 'بی ایچ یو'],
    ps: ['بنسټیز روغتیايي واحد'],
  },
  {
    label: 'Rural health centre',
    en: ['RHC', 'rural health centre', 'rural health center'],
    ur: ['دیہی مرکز صحت', 'آر ایچ سی'],
    ps: ['کلیوال روغتیايي مرکز'],
  },
  {
    label: 'Hospital',
    en: ['hospital', 'DHQ', 'THQ'],
    ur: ['ہسپتال', 'اسپتال', 'شفاخانہ'],
    ps: ['روغتون'],
  },
  {
    label: 'Clinic and dispensary',
    en: ['clinic', 'dispensary'],
    ur: ['کلینک', 'ڈسپنسری'],
    ps: ['کلینیک'],
  },
  {
    label: 'Doctor',
    en: ['doctor', 'lady doctor', 'physician'],
    ur: ['ڈاکٹر', 'لیڈی ڈاکٹر', 'معالج'],
    ps: ['ډاکټر', 'ډاکټره'],
  },
  {
    label: 'Medicine',
    en: ['medicine', 'medicines'],
    ur: ['دوا', 'دوائی', 'ادویات'],
    ps: ['درمل', 'دارو'],
  },
  {
    label: 'Pharmacy',
    en: ['pharmacy', 'chemist', 'medical store'],
    ur: ['فارمیسی', 'میڈیکل اسٹور', 'دواخانہ'],
    ps: ['درملتون', 'درمل پلورنځی'],
  },
  {
    label: 'Vaccination and polio',
    en: ['vaccination', 'vaccine', 'immunisation', 'immunization', 'polio', 'EPI'],
    ur: ['حفاظتی ٹیکے', 'ٹیکہ', 'ویکسین', 'پولیو'],
    ps: ['واکسین', 'ټیکه', 'پولیو'],
  },
  {
    label: 'Maternity and delivery',
    en: ['maternity', 'delivery', 'childbirth', 'LHV', 'midwife'],
    ur: ['زچگی', 'زچہ و بچہ', 'دائی'],
    ps: ['زېږون', 'قابله'],
  },
  {
    label: 'Police',
    en: ['police', 'police station', 'thana'],
    ur: ['پولیس', 'تھانہ', 'پولیس اسٹیشن'],
    ps: ['پولیس', 'تانه', 'پولیس سټېشن'],
  },
  {
    label: 'Court',
    en: ['court', 'courts', 'kachehri'],
    ur: ['عدالت', 'کچہری'],
    ps: ['محکمه', 'عدالت'],
  },
  {
    label: 'Identity card',
    en: ['NADRA', 'CNIC', 'ID card', 'identity card', 'B-form'],
    ur: ['نادرا', 'شناختی کارڈ', 'ب فارم'],
    ps: ['شناختي کارډ', 'تذکره', 'نادرا'],
  },
  {
    label: 'Income support',
    en: ['BISP', 'Ehsaas', 'Benazir income support', 'cash assistance'],
    ur: ['بی آئی ایس پی', 'احساس', 'بے نظیر انکم سپورٹ', 'نقد امداد'],
    ps: ['د بې نظیر د عاید ملاتړ', 'نغدي مرسته'],
  },
  {
    label: 'Health card',
    en: ['Sehat Card', 'health card', 'Sehat Insaf card'],
    ur: ['صحت کارڈ', 'صحت انصاف کارڈ'],
    ps: ['صحت کارډ', 'روغتیايي کارډ'],
  },
  {
    label: 'Drinking water',
    en: ['water', 'drinking water', 'clean water', 'hand pump', 'tubewell'],
    ur: ['پانی', 'پینے کا پانی', 'صاف پانی', 'ہینڈ پمپ', 'ٹیوب ویل'],
    ps: ['اوبه', 'د څښاک اوبه', 'پاکې اوبه', 'لاسي پمپ'],
  },
  {
    label: 'Electricity',
    en: ['electricity', 'WAPDA', 'PESCO', 'power supply', 'load shedding'],
    ur: ['بجلی', 'واپڈا', 'پیسکو', 'لوڈ شیڈنگ'],
    ps: ['برېښنا', 'بجلي', 'واپډا'],
  },
  {
    label: 'Flood',
    en: ['flood', 'floods', 'flood relief'],
    ur: ['سیلاب', 'سیلاب زدگان'],
    ps: ['سېلاب', 'سېلاب ځپلي'],
  },
  {
    label: 'Shelter',
    en: ['shelter', 'panahgah', 'night shelter', 'refuge'],
    ur: ['پناہ گاہ', 'دارالامان'],
    ps: ['سرپناه', 'پناځای'],
  },
  {
    label: 'Food and ration',
    en: ['food', 'ration', 'food package', 'langar'],
    ur: ['خوراک', 'راشن', 'کھانا', 'لنگر'],
    ps: ['خواړه', 'خوراک', 'راشن', 'لنګر'],
  },
  {
    label: 'Flour',
    en: ['flour', 'atta', 'wheat flour'],
    ur: ['آٹا', 'گندم کا آٹا'],
    ps: ['اوړه', 'د غنمو اوړه'],
  },
  {
    label: 'Legal aid',
    en: ['legal aid', 'legal help', 'lawyer', 'advocate'],
    ur: ['قانونی امداد', 'قانونی مدد', 'وکیل'],
    ps: ['قانوني مرسته', 'وکیل'],
  },
  {
    label: 'Women',
    en: ['women', 'woman', 'female', 'ladies'],
    ur: ['خواتین', 'عورت', 'عورتیں'],
    ps: ['ښځې', 'ښځه', 'ښځینه'],
  },
  {
    label: 'Girls',
    en: ['girls', 'girl'],
    ur: ['لڑکیاں', 'لڑکیوں', 'طالبات'],
    ps: ['نجونې', 'نجلۍ'],
  },
  {
    label: 'Children',
    en: ['children', 'child', 'kids'],
    ur: ['بچے', 'بچوں', 'بچہ'],
    ps: ['ماشومان', 'ماشوم'],
  },
  {
    label: 'Disability',
    en: ['disability', 'disabled', 'special needs', 'wheelchair'],
    ur: ['معذور', 'معذوری', 'خصوصی افراد', 'وہیل چیئر'],
    ps: ['معلولیت', 'معلول', 'معیوب'],
  },
  {
    label: 'Mental health',
    en: ['mental health', 'psychiatry', 'psychologist', 'counselling', 'counseling'],
    ur: ['ذہنی صحت', 'نفسیاتی', 'ماہر نفسیات'],
    ps: ['رواني روغتیا', 'رواني'],
  },
  {
    label: 'School',
    en: ['school', 'schools', 'primary school', 'high school'],
    ur: ['سکول', 'اسکول', 'مکتب'],
    ps: ['ښوونځی', 'مکتب'],
  },
  {
    label: 'Madrassa',
    en: ['madrassa', 'madrasa', 'madrasah', 'seminary'],
    ur: ['مدرسہ', 'دینی مدرسہ'],
    ps: ['مدرسه', 'دیني مدرسه'],
  },
  {
    label: 'College and university',
    en: ['college', 'university', 'degree college'],
    ur: ['کالج', 'یونیورسٹی', 'جامعہ'],
    ps: ['کالج', 'پوهنتون'],
  },
  {
    label: 'Vocational training',
    en: ['vocational training', 'technical training', 'TEVTA', 'skills training'],
    ur: ['ووکیشنل', 'فنی تربیت', 'ہنر مندی'],
    ps: ['مسلکي زده کړه', 'تخنیکي زده کړه'],
  },
  {
    label: 'Adult literacy',
    en: ['literacy', 'adult literacy', 'adult education'],
    ur: ['خواندگی', 'تعلیم بالغاں'],
    ps: ['سواد', 'د لویانو زده کړه'],
  },
  {
    label: 'Bank',
    en: ['bank', 'banking', 'ATM'],
    ur: ['بینک', 'بینکاری'],
    ps: ['بانک', 'بانکداري'],
  },
  {
    label: 'Loans',
    en: ['loan', 'loans', 'microfinance', 'Akhuwat'],
    ur: ['قرض', 'قرضہ', 'بلاسود قرضہ'],
    ps: ['پور', 'بې سوده پور'],
  },
  {
    label: 'Post office',
    en: ['post office', 'GPO'],
    ur: ['ڈاک خانہ', 'پوسٹ آفس'],
    ps: ['پوسټ خانه', 'ډاک خانه'],
  },
  {
    label: 'Bus and transport',
    en: ['bus', 'bus stand', 'transport', 'adda'],
    ur: ['بس', 'بس اڈا', 'ٹرانسپورٹ', 'ویگن'],
    ps: ['بس', 'اډه', 'ټرانسپورټ'],
  },
  {
    label: 'Mosque',
    en: ['mosque', 'masjid'],
    ur: ['مسجد', 'جامع مسجد'],
    ps: ['جومات', 'مسجد'],
  },
  {
    label: 'Market',
    en: ['market', 'bazaar', 'bazar'],
    ur: ['بازار', 'مارکیٹ'],
    ps: ['بازار', 'مارکېټ'],
  },
  {
    label: 'Ambulance and rescue',
    en: ['ambulance', 'rescue', 'Rescue 1122', 'emergency'],
    ur: ['ایمبولینس', 'ریسکیو', 'ہنگامی'],
    ps: ['امبولانس', 'ژغورنه', 'بیړنی'],
  },
  {
    label: 'Refugees',
    en: ['refugee', 'refugees', 'Afghan refugees'],
    ur: ['مہاجر', 'مہاجرین', 'افغان مہاجرین'],
    ps: ['کډوال', 'کډوالو', 'افغان کډوال'],
  },
  {
    label: 'Jobs',
    en: ['job', 'jobs', 'employment'],
    ur: ['روزگار', 'نوکری', 'ملازمت'],
    ps: ['دنده', 'دندې', 'روزګار'],
  },
  {
    label: 'Toilets',
    en: ['toilet', 'toilets', 'latrine', 'washroom'],
    ur: ['بیت الخلا', 'ٹوائلٹ', 'غسل خانہ'],
    ps: ['تشناب', 'تشنابونه'],
  },
  {
    label: 'Free of charge',
    en: ['free', 'free of charge', 'no fee'],
    ur: ['مفت', 'بلا معاوضہ'],
    ps: ['وړیا', 'بې له فیس'],
  },
  {
    label: 'Hujra and community centre',
    en: ['hujra', 'community centre', 'community center', 'jirga'],
    ur: ['حجرہ', 'کمیونٹی سنٹر', 'جرگہ'],
    ps: ['حجره', 'ټولنیز مرکز', 'جرګه'],
  },
]
