import type { CategorySlug } from './categories'
import type { AttributeSchemaSeed, LocalizedText } from './types'

/*
 * What each category's resources record beyond the HSDS profile, as
 * `categories.attributeSchema` rows: readers see the label (and unit) in
 * their language, never the key. Every attribute key a template of the
 * category writes is declared here with its type (checked by
 * tests/int/seed-content.test.ts).
 */

const PKR: LocalizedText = { en: 'PKR', ur: 'روپے', ps: 'روپۍ' }
const MONTHS: LocalizedText = { en: 'months', ur: 'ماہ', ps: 'میاشتې' }
const YEARS: LocalizedText = { en: 'years', ur: 'سال', ps: 'کاله' }

const number = (key: string, label: LocalizedText, unit?: LocalizedText): AttributeSchemaSeed => ({
  key,
  type: 'number',
  label,
  ...(unit && { unit }),
})

const beds = number('beds', { en: 'Beds', ur: 'بستروں کی تعداد', ps: 'د بسترونو شمېر' })
const enrolment = number('enrolment', { en: 'Pupils enrolled', ur: 'داخل طلبہ', ps: 'شامل زده کوونکي' })
const grades: AttributeSchemaSeed = {
  key: 'grades',
  type: 'text',
  label: { en: 'Classes', ur: 'جماعتیں', ps: 'ټولګي' },
}
const ageRange: AttributeSchemaSeed = {
  key: 'ageRange',
  type: 'text',
  label: { en: 'Ages', ur: 'عمر', ps: 'عمرونه' },
  unit: YEARS,
}
const courseLength = number(
  'courseLengthMonths',
  { en: 'Course length', ur: 'کورس کا دورانیہ', ps: 'د کورس موده' },
  MONTHS,
)
const households = number('households', {
  en: 'Households served',
  ur: 'مستفید گھرانے',
  ps: 'ګټه اخیستونکې کورنۍ',
})
const families = number('families', { en: 'Families hosted', ur: 'مقیم خاندان', ps: 'مېشتې کورنۍ' })
const familiesServed = number('familiesServed', {
  en: 'Families helped',
  ur: 'امداد پانے والے خاندان',
  ps: 'مرسته شوې کورنۍ',
})
const capacity = number('capacity', { en: 'Places', ur: 'گنجائش (افراد)', ps: 'ظرفیت (کسان)' })
const members = number('members', { en: 'Members', ur: 'اراکین', ps: 'غړي' })
const counters = number('counters', { en: 'Service counters', ur: 'کاؤنٹر', ps: 'کاونټرونه' })
const caseWorkers = number('caseWorkers', { en: 'Case workers', ur: 'کیس ورکرز', ps: 'د قضیو کارکوونکي' })
const seats = number('seats', { en: 'Seats', ur: 'نشستیں', ps: 'څوکۍ' })

export const attributeSchemas: Record<CategorySlug, readonly AttributeSchemaSeed[]> = {
  health: [
    number('staff', { en: 'Health staff', ur: 'طبی عملہ', ps: 'روغتیايي کارکوونکي' }),
    beds,
    {
      key: 'labourRoom',
      type: 'boolean',
      label: { en: 'Labour room', ur: 'زچگی کا کمرہ', ps: 'د زېږون خونه' },
    },
    number('specialistClinics', { en: 'Specialist clinics', ur: 'ماہرین کے کلینک', ps: 'متخصص کلینیکونه' }),
    number('midwives', { en: 'Midwives', ur: 'مڈوائفس', ps: 'قابلې' }),
    number('villagesCovered', { en: 'Villages visited', ur: 'زیرِ احاطہ دیہات', ps: 'پوښل شوي کلي' }),
    number('vaccinators', { en: 'Vaccinators', ur: 'ویکسینیٹرز', ps: 'واکسیناتوران' }),
  ],
  education: [
    grades,
    enrolment,
    number('teachers', { en: 'Teachers', ur: 'اساتذہ', ps: 'ښوونکي' }),
    {
      key: 'scienceLab',
      type: 'boolean',
      label: { en: 'Science laboratory', ur: 'سائنس لیبارٹری', ps: 'د ساینس لابراتوار' },
    },
    courseLength,
    ageRange,
  ],
  'water-sanitation': [
    number(
      'litresPerDay',
      { en: 'Clean water a day', ur: 'روزانہ صاف پانی', ps: 'ورځنۍ پاکې اوبه' },
      { en: 'litres', ur: 'لیٹر', ps: 'لیتره' },
    ),
    number(
      'depthMetres',
      { en: 'Well depth', ur: 'کنویں کی گہرائی', ps: 'د څاه ژوروالی' },
      {
        en: 'metres',
        ur: 'میٹر',
        ps: 'متره',
      },
    ),
    households,
    number('cubicles', { en: 'Toilet cubicles', ur: 'بیت الخلا', ps: 'تشنابونه' }),
    number('kitsPerFamily', { en: 'Kits per family', ur: 'فی خاندان کٹس', ps: 'هرې کورنۍ ته کڅوړې' }),
    familiesServed,
    number('connections', { en: 'Household connections', ur: 'گھریلو کنکشن', ps: 'کورني نښلونونه' }),
    {
      key: 'supplyHours',
      type: 'list',
      label: { en: 'Water supply times', ur: 'پانی کی فراہمی کے اوقات', ps: 'د اوبو رسولو وختونه' },
    },
  ],
  shelter: [
    capacity,
    number('tents', { en: 'Tents', ur: 'خیمے', ps: 'خېمې' }),
    families,
    beds,
    number('grantPkr', { en: 'Repair grant', ur: 'مرمت کی امدادی رقم', ps: 'د ترمیم مرسته' }, PKR),
    households,
  ],
  'legal-aid': [
    number('lawyersOnDuty', { en: 'Lawyers on duty', ur: 'ڈیوٹی پر وکلاء', ps: 'په دنده وکیلان' }),
    members,
  ],
  food: [
    number(
      'basketKg',
      { en: 'Food basket', ur: 'راشن کا وزن', ps: 'د راشن وزن' },
      { en: 'kg', ur: 'کلو', ps: 'کیلو' },
    ),
    number('householdsServed', { en: 'Households served', ur: 'مستفید گھرانے', ps: 'ګټه اخیستونکې کورنۍ' }),
    number('mealsPerDay', { en: 'Meals a day', ur: 'روزانہ کھانے', ps: 'ورځني خواړه' }),
    {
      key: 'ageMonths',
      type: 'text',
      label: { en: 'Children’s ages', ur: 'بچوں کی عمر', ps: 'د ماشومانو عمر' },
      unit: MONTHS,
    },
    {
      key: 'bagSizesKg',
      type: 'list',
      label: { en: 'Bag sizes', ur: 'تھیلوں کا وزن', ps: 'د بوجیو وزن' },
      unit: { en: 'kg', ur: 'کلو', ps: 'کیلو' },
    },
    number('bagsPerCnic', { en: 'Bags per CNIC', ur: 'فی شناختی کارڈ تھیلے', ps: 'په هر پېژندپاڼه بوجۍ' }),
    number('packagesPerYear', { en: 'Packages a year', ur: 'سالانہ پیکج', ps: 'کلني پکېجونه' }),
  ],
  livelihoods: [
    courseLength,
    seats,
    number('stipendPkr', { en: 'Monthly stipend', ur: 'ماہانہ وظیفہ', ps: 'میاشتنۍ وظیفه' }, PKR),
    number('trainees', {
      en: 'Trainees per course',
      ur: 'فی کورس تربیت حاصل کرنے والے',
      ps: 'په هر کورس کې زده کوونکي',
    }),
    number('loanPkr', { en: 'Loan amount', ur: 'قرض کی رقم', ps: 'د پور اندازه' }, PKR),
    number(
      'repaymentMonths',
      { en: 'Repayment period', ur: 'واپسی کی مدت', ps: 'د بېرته ورکړې موده' },
      MONTHS,
    ),
    number('fieldAssistants', { en: 'Field assistants', ur: 'فیلڈ اسسٹنٹ', ps: 'ساحوي مرستیالان' }),
  ],
  protection: [
    caseWorkers,
    number('officers', { en: 'Women officers', ur: 'خواتین اہلکار', ps: 'ښځینه افسرانې' }),
    ageRange,
  ],
  disability: [
    {
      key: 'limbWorkshop',
      type: 'boolean',
      label: { en: 'Artificial limb workshop', ur: 'مصنوعی اعضاء کی ورکشاپ', ps: 'د مصنوعي غړو ورکشاپ' },
    },
    enrolment,
    grades,
    number('householdsVisited', { en: 'Homes visited', ur: 'گھروں کے دورے', ps: 'لیدل شوي کورونه' }),
  ],
  'mental-health': [
    number('psychologists', { en: 'Psychologists', ur: 'ماہرینِ نفسیات', ps: 'ارواپوهان' }),
    beds,
    number(
      'programmeWeeks',
      { en: 'Programme length', ur: 'پروگرام کا دورانیہ', ps: 'د پروګرام موده' },
      {
        en: 'weeks',
        ur: 'ہفتے',
        ps: 'اونۍ',
      },
    ),
  ],
  'emergency-relief': [
    number('ambulances', { en: 'Ambulances', ur: 'ایمبولینسیں', ps: 'امبولانسونه' }),
    number('fireVehicles', { en: 'Fire engines', ur: 'فائر بریگیڈ گاڑیاں', ps: 'د اور وژنې موټرونه' }),
    families,
    familiesServed,
    number('volunteers', { en: 'Trained volunteers', ur: 'تربیت یافتہ رضاکار', ps: 'روزل شوي رضاکاران' }),
  ],
  transport: [
    number('vehicles', { en: 'Vehicles', ur: 'گاڑیاں', ps: 'موټرونه' }),
    number('farePkr', { en: 'Fare', ur: 'کرایہ', ps: 'کرایه' }, PKR),
    number('routes', { en: 'Routes', ur: 'روٹ', ps: 'لارې' }),
    seats,
  ],
  'cash-assistance': [
    counters,
    number(
      'monthlyAllowancePkr',
      { en: 'Monthly allowance', ur: 'ماہانہ گزارہ الاؤنس', ps: 'میاشتنۍ مرسته' },
      PKR,
    ),
    number('amountPkr', { en: 'One-off grant', ur: 'یکمشت امدادی رقم', ps: 'یو ځلي مرسته' }, PKR),
  ],
  documentation: [
    counters,
    number(
      'processingDays',
      { en: 'Processing time', ur: 'کارروائی کا وقت', ps: 'د کار موده' },
      {
        en: 'days',
        ur: 'دن',
        ps: 'ورځې',
      },
    ),
    number('visitsPerMonth', { en: 'Visits a month', ur: 'ماہانہ دورے', ps: 'میاشتني سفرونه' }),
  ],
  community: [capacity, number('books', { en: 'Books', ur: 'کتابیں', ps: 'کتابونه' }), members],
}
