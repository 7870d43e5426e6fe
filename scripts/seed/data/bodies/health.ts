import type { BodySeed } from '../types'

/** Bodies of the health, mental health and disability templates, keyed by English title. */
export const healthBodies: Record<string, BodySeed> = {
  'Basic Health Unit {place}': {
    en: [
      'The unit is run by a medical officer or medical technician with a lady health visitor, a dispenser and a vaccinator. Coughs, fevers, diarrhoea, wounds and blood pressure are seen here; serious cases are referred to the Rural Health Centre or the district hospital.',
      'Arrive early: tokens are given in order of arrival and often run out by 11:00. Bring your CNIC, your child’s vaccination card and any old prescriptions. Women are seen by the lady health visitor in a separate room.',
    ],
    ur: [
      'یہاں میڈیکل آفیسر یا میڈیکل ٹیکنیشن کے ساتھ لیڈی ہیلتھ وزیٹر، ڈسپنسر اور ویکسینیٹر کام کرتے ہیں۔ کھانسی، بخار، اسہال، زخموں اور بلڈ پریشر کا معائنہ ہوتا ہے؛ سنگین مریضوں کو دیہی مرکز صحت یا ضلعی ہسپتال بھیجا جاتا ہے۔',
      'جلدی آئیں: ٹوکن آمد کی ترتیب سے ملتے ہیں اور اکثر گیارہ بجے تک ختم ہو جاتے ہیں۔ اپنا شناختی کارڈ، بچے کا حفاظتی ٹیکوں کا کارڈ اور پرانے نسخے ساتھ لائیں۔ خواتین کا معائنہ لیڈی ہیلتھ وزیٹر الگ کمرے میں کرتی ہیں۔',
    ],
    ps: [
      'دلته طبي افسر یا طبي تکنیشن له ښځینه روغتیايي لیدونکې، درملوال او واکسیناتور سره کار کوي. د ټوخي، تبې، اسهال، ټپونو او د وینې د فشار معاینه کېږي؛ سخت ناروغان کلیوال روغتیايي مرکز یا ضلعي روغتون ته لېږل کېږي.',
      'وختي راشئ: ټوکنونه د راتګ په ترتیب ورکول کېږي او ډېری وخت تر یوولسو بجو خلاصېږي. خپل د پېژندنې کارت، د ماشوم د واکسین کارت او زړې نسخې له ځانه سره راوړئ. د ښځو معاینه ښځینه روغتیايي لیدونکې په جلا خونه کې کوي.',
    ],
  },
  'Rural Health Centre {place}': {
    en: [
      'Besides the outpatient clinic, the centre has a small ward for patients who stay a night or two, a laboratory for blood, urine and malaria tests, and an X-ray on weekdays. A woman medical officer or trained midwives handle deliveries at any hour.',
      'Sehat Card holders are treated free in the ward. In an emergency at night, go straight to the emergency room; the guard at the gate will show you the way.',
    ],
    ur: [
      'او پی ڈی کے علاوہ مرکز میں ایک دو راتیں ٹھہرنے والے مریضوں کے لیے چھوٹا وارڈ، خون، پیشاب اور ملیریا کے ٹیسٹ کی لیبارٹری اور کام کے دنوں میں ایکسرے کی سہولت ہے۔ زچگی کسی بھی وقت لیڈی میڈیکل آفیسر یا تربیت یافتہ مڈوائف کرواتی ہیں۔',
      'صحت کارڈ رکھنے والوں کا وارڈ میں علاج مفت ہے۔ رات کو ہنگامی صورت میں سیدھے ایمرجنسی روم جائیں؛ گیٹ پر موجود چوکیدار راستہ بتا دے گا۔',
    ],
    ps: [
      'له سرپایي کلینیک پرته مرکز د هغو ناروغانو لپاره چې یوه یا دوه شپې پاتې کېږي کوچنی وارډ، د وینې، ادرار او ملاریا د ازموینو لابراتوار، او د کار په ورځو کې اکسرې لري. زېږونونه په هر وخت کې ښځینه طبي افسره یا روزل شوې قابلې کوي.',
      'د صحت کارډ لرونکو درملنه په وارډ کې وړیا ده. د شپې په بیړني حالت کې نېغ بیړنۍ څانګې ته ورشئ؛ په دروازه کې چوکیدار به درته لاره وښيي.',
    ],
  },
  'District Headquarters Hospital {district}': {
    en: [
      'Specialists hold outpatient clinics every morning; medicine, surgery, gynaecology and the children’s ward are the busiest. The hospital has a laboratory, X-ray and ultrasound, a blood bank and a pharmacy where medicines on the essential list are free.',
      'Get your outpatient slip at the registration counter by the main gate before joining a clinic queue. Women have their own queue and waiting hall. Sehat Card holders go to the Sehat Card desk before admission.',
    ],
    ur: [
      'ماہر ڈاکٹر ہر صبح او پی ڈی کرتے ہیں؛ میڈیسن، سرجری، گائنی اور بچوں کے شعبوں میں سب سے زیادہ رش ہوتا ہے۔ ہسپتال میں لیبارٹری، ایکسرے، الٹراساؤنڈ، بلڈ بینک اور فارمیسی ہے جہاں ضروری ادویات کی فہرست کی دوائیں مفت ملتی ہیں۔',
      'کسی کلینک کی قطار میں لگنے سے پہلے مرکزی دروازے کے پاس رجسٹریشن کاؤنٹر سے او پی ڈی پرچی بنوائیں۔ خواتین کی الگ قطار اور انتظار گاہ ہے۔ صحت کارڈ والے داخلے سے پہلے صحت کارڈ ڈیسک پر جائیں۔',
    ],
    ps: [
      'متخصص ډاکټران هر سهار سرپایي کلینیکونه کوي؛ د داخله، جراحۍ، نسایي او ماشومانو څانګې تر ټولو ګڼې وي. روغتون لابراتوار، اکسرې، التراساونډ، د وینې بانک او درملتون لري چې د اړینو درملو د لړلیک درمل پکې وړیا ورکول کېږي.',
      'د کوم کلینیک کتار ته له ورتګ مخکې د اصلي دروازې څنګ ته د ثبت له کاونټر سرپایي پرچه واخلئ. ښځې خپل جلا کتار او د انتظار تالار لري. د صحت کارډ لرونکي دې له بستر کېدو مخکې د صحت کارډ مېز ته ورشي.',
    ],
  },
  'Mother and Child Health Centre {place}': {
    en: [
      'Pregnant women come for regular check-ups, iron and folic acid tablets, tetanus vaccination and advice on a safe birth. Normal deliveries take place in a clean labour room; complicated cases go to the district hospital by ambulance.',
      'All staff are women. Bring your CNIC and your mother-and-child health card if you have one; a new card is made at the first visit. Newborns are weighed and vaccinated before they go home.',
    ],
    ur: [
      'حاملہ خواتین باقاعدہ معائنے، آئرن اور فولک ایسڈ کی گولیوں، تشنج کے ٹیکے اور محفوظ زچگی کے مشوروں کے لیے آتی ہیں۔ عام زچگی صاف ستھرے لیبر روم میں ہوتی ہے؛ پیچیدہ کیس ایمبولینس کے ذریعے ضلعی ہسپتال بھیجے جاتے ہیں۔',
      'تمام عملہ خواتین پر مشتمل ہے۔ اپنا شناختی کارڈ اور زچہ و بچہ صحت کارڈ، اگر ہو، ساتھ لائیں؛ پہلی بار آنے پر نیا کارڈ بنا دیا جاتا ہے۔ نومولود بچوں کا وزن اور حفاظتی ٹیکے گھر جانے سے پہلے ہو جاتے ہیں۔',
    ],
    ps: [
      'امیندوارې ښځې د منظمو معاینو، د اوسپنې او فولیک اسید ګولیو، د ټیټانوس واکسین او د خوندي زېږون د مشورو لپاره راځي. عادي زېږونونه په پاکه د زېږون خونه کې کېږي؛ ستونزمنې پېښې په امبولانس کې ضلعي روغتون ته لېږل کېږي.',
      'ټول کارکوونکي ښځې دي. خپل د پېژندنې کارت او د مور او ماشوم روغتیايي کارت، که یې لرئ، راوړئ؛ په لومړي راتګ کې نوی کارت جوړېږي. نوي زېږېدلي ماشومان کور ته له تګ مخکې تلل کېږي او واکسین کېږي.',
    ],
  },
  'Mobile Health Team, {place}': {
    en: [
      'The team — a doctor, a lady health visitor and a vaccinator — sets up in a school, a hujra or a house lent by the village, usually on Mondays and Thursdays. Each visit is announced the day before from the mosque loudspeaker and by the lady health worker.',
      'Children are weighed and measured for malnutrition, and pregnant women are checked. Bring your children’s vaccination cards. Patients who need more care get a referral slip for the Rural Health Centre.',
    ],
    ur: [
      'ٹیم، یعنی ایک ڈاکٹر، لیڈی ہیلتھ وزیٹر اور ویکسینیٹر، عام طور پر پیر اور جمعرات کو کسی اسکول، حجرے یا گاؤں کے دیے ہوئے گھر میں بیٹھتی ہے۔ ہر دورے کا اعلان ایک دن پہلے مسجد کے لاؤڈ اسپیکر اور لیڈی ہیلتھ ورکر کے ذریعے ہوتا ہے۔',
      'بچوں کا وزن اور قد ناپ کر غذائی قلت کی جانچ کی جاتی ہے اور حاملہ خواتین کا معائنہ ہوتا ہے۔ بچوں کے حفاظتی ٹیکوں کے کارڈ ساتھ لائیں۔ جنہیں مزید علاج کی ضرورت ہو انہیں دیہی مرکز صحت کی ریفرل پرچی دی جاتی ہے۔',
    ],
    ps: [
      'ټیم، یعنې یو ډاکټر، ښځینه روغتیايي لیدونکې او واکسیناتور، معمولاً د دوشنبې او پنجشنبې په ورځ په ښوونځي، حجره یا د کلي په ورکړل شوي کور کې کېني. د هر راتګ اعلان یوه ورځ مخکې د جومات له لوډسپیکر او د ښځینه روغتیايي کارکوونکې له خوا کېږي.',
      'د ماشومانو وزن او قد د خوارځواکۍ لپاره اندازه کېږي او د امیندوارو ښځو معاینه کېږي. د خپلو ماشومانو د واکسین کارتونه راوړئ. هغو ناروغانو ته چې نورې درملنې ته اړتیا لري د کلیوال روغتیايي مرکز د لېږلو پرچه ورکول کېږي.',
    ],
  },
  'Vaccination Centre {place}': {
    en: [
      'Following the national EPI schedule, children are vaccinated from birth to fifteen months against tuberculosis, polio, measles, pneumonia and other diseases. The vaccinator writes each dose on the child’s card and tells you the date of the next one.',
      'Come in the morning, when the vaccines are fresh from the cold box. Bring the child’s vaccination card, or the B-form if the card is lost. A mild fever after a vaccine is normal.',
    ],
    ur: [
      'قومی ای پی آئی شیڈول کے مطابق بچوں کو پیدائش سے پندرہ ماہ تک تپ دق، پولیو، خسرہ، نمونیا اور دیگر بیماریوں سے بچاؤ کے ٹیکے لگائے جاتے ہیں۔ ویکسینیٹر ہر خوراک بچے کے کارڈ پر درج کرتا ہے اور اگلی خوراک کی تاریخ بتاتا ہے۔',
      'صبح کے وقت آئیں جب ویکسین کولڈ باکس سے تازہ نکلتی ہے۔ بچے کا حفاظتی ٹیکوں کا کارڈ لائیں، یا کارڈ گم ہو تو ب فارم۔ ٹیکے کے بعد ہلکا بخار معمول کی بات ہے۔',
    ],
    ps: [
      'د ملي ای پي آی مهالوېش سره سم ماشومانو ته له زېږون څخه تر پنځلسو میاشتو پورې د نري رنځ، پولیو، شري، سینه بغل او نورو ناروغیو پر ضد واکسین ورکول کېږي. واکسیناتور هر ډوز د ماشوم په کارت کې لیکي او د راتلونکي ډوز نېټه درته وايي.',
      'سهار راشئ، کله چې واکسین له سړې بکسې تازه راوتلي وي. د ماشوم د واکسین کارت راوړئ، یا که کارت ورک وي نو ب فارم. له واکسین وروسته لږه تبه عادي خبره ده.',
    ],
  },
  'Psychiatry Outpatient Clinic, {district}': {
    en: [
      'A psychiatrist sees patients on Mondays, Wednesdays and Fridays in the outpatient block of the district hospital. First visits take longer, so come early and bring earlier prescriptions, reports and the medicines the patient takes now.',
      'A family member is welcome to come along. Registered patients with epilepsy or severe mental illness receive their monthly medicines free from the hospital pharmacy. What is said in the clinic stays confidential.',
    ],
    ur: [
      'ماہر نفسیات پیر، بدھ اور جمعہ کو ضلعی ہسپتال کے او پی ڈی بلاک میں مریض دیکھتے ہیں۔ پہلی ملاقات میں زیادہ وقت لگتا ہے، اس لیے جلدی آئیں اور پرانے نسخے، رپورٹیں اور موجودہ دوائیں ساتھ لائیں۔',
      'گھر کا کوئی فرد ساتھ آ سکتا ہے۔ مرگی یا شدید ذہنی بیماری کے رجسٹرڈ مریضوں کو ماہانہ دوائیں ہسپتال کی فارمیسی سے مفت ملتی ہیں۔ کلینک میں کہی گئی ہر بات راز میں رکھی جاتی ہے۔',
    ],
    ps: [
      'رواني ډاکټر د دوشنبې، چهارشنبې او جمعې په ورځو د ضلعي روغتون په سرپایي برخه کې ناروغان ګوري. لومړۍ لیدنه ډېر وخت نیسي، نو وختي راشئ او پخوانۍ نسخې، راپورونه او هغه درمل چې ناروغ یې اوس خوري راوړئ.',
      'د کورنۍ یو غړی له ناروغ سره راتلای شي. د مرګي یا سختې رواني ناروغۍ ثبت شوي ناروغان میاشتني درمل د روغتون له درملتون وړیا اخلي. په کلینیک کې ویل شوې هره خبره پټه ساتل کېږي.',
    ],
  },
  'Psychosocial Support Centre, {place}': {
    en: [
      'Sessions last about fifty minutes and are free. People come for grief, fear after a disaster, family stress, sleeplessness or low mood; no referral or diagnosis is needed. Groups for women, young people and parents meet every week.',
      'Come in person or call to book a time. Women are seen by women counsellors in a private room, and nothing you share is passed on without your consent.',
    ],
    ur: [
      'نشستیں تقریباً پچاس منٹ کی ہوتی ہیں اور مفت ہیں۔ لوگ غم، آفت کے بعد خوف، گھریلو دباؤ، بے خوابی یا اداسی کے لیے آتے ہیں؛ کسی ریفرل یا تشخیص کی ضرورت نہیں۔ خواتین، نوجوانوں اور والدین کے گروپ ہر ہفتے ملتے ہیں۔',
      'خود آئیں یا فون کر کے وقت لیں۔ خواتین سے خواتین کونسلر الگ کمرے میں بات کرتی ہیں، اور آپ کی کوئی بات آپ کی اجازت کے بغیر کسی کو نہیں بتائی جاتی۔',
    ],
    ps: [
      'غونډې نږدې پنځوس دقیقې وي او وړیا دي. خلک د غم، له ناورین وروسته وېرې، کورني فشار، بې خوبۍ یا خپګان لپاره راځي؛ د لېږلو یا تشخیص اړتیا نشته. د ښځو، ځوانانو او مور و پلار ډلې هره اونۍ سره ګوري.',
      'پخپله راشئ یا زنګ ووهئ او وخت ونیسئ. له ښځو سره ښځینه مشاورې په جلا خونه کې خبرې کوي، او ستاسو هېڅ خبره ستاسو له اجازې پرته چا ته نه ویل کېږي.',
    ],
  },
  'Tele-counselling Service, {district}': {
    en: [
      'Trained counsellors answer in Pashto and Urdu, and you do not have to give your name. They listen, help you think through what troubles you, and can arrange a follow-up call or refer you to a clinic near {district}.',
      'If someone is in immediate danger, call Rescue 1122 first. Calls are free from most networks; if the line is busy, try again after a few minutes or send a WhatsApp message asking for a call back.',
    ],
    ur: [
      'تربیت یافتہ کونسلر پشتو اور اردو میں بات کرتے ہیں، اور اپنا نام بتانا ضروری نہیں۔ وہ آپ کی بات سنتے ہیں، پریشانی پر غور کرنے میں مدد دیتے ہیں، اور دوبارہ کال یا {district} کے قریب کسی کلینک میں ریفرل کا انتظام کر سکتے ہیں۔',
      'اگر کسی کی جان کو فوری خطرہ ہو تو پہلے ریسکیو 1122 پر کال کریں۔ زیادہ تر نیٹ ورکس سے کال مفت ہے؛ لائن مصروف ہو تو چند منٹ بعد دوبارہ کوشش کریں یا واٹس ایپ پیغام بھیج کر کال بیک کی درخواست کریں۔',
    ],
    ps: [
      'روزل شوي مشاوران په پښتو او اردو خبرې کوي، او خپل نوم ویل اړین نه دي. هغوی ستاسو خبرې اوري، ستاسو د اندېښنې په اړه په فکر کولو کې مرسته کوي، او بیا زنګ یا د {district} سره نږدې کلینیک ته لېږل برابرولای شي.',
      'که د چا ژوند سمدستي په خطر کې وي، لومړی ریسکیو 1122 ته زنګ ووهئ. له ډېرو شبکو زنګ وړیا دی؛ که لیکه بوخته وه، څو دقیقې وروسته بیا هڅه وکړئ یا د واټس اپ پیغام ولېږئ او د بیا زنګ غوښتنه وکړئ.',
    ],
  },
  'Drug Rehabilitation Centre, {district}': {
    en: [
      'Treatment starts with one to two weeks of supervised detox, followed by counselling, group therapy, prayer, sport and skills work until the programme ends. Patients live in the centre; families may visit on Fridays.',
      'Admission needs the patient’s CNIC and a family member to sign the form. Families who cannot pay should ask about free beds. Parents and spouses are invited to monthly sessions on preventing relapse.',
    ],
    ur: [
      'علاج ایک سے دو ہفتے کی نگرانی میں ڈی ٹاکس سے شروع ہوتا ہے، پھر پروگرام ختم ہونے تک مشاورت، گروپ تھراپی، نماز، کھیل اور ہنر سکھانے کا کام ہوتا ہے۔ مریض مرکز میں رہتے ہیں؛ گھر والے جمعہ کو ملاقات کر سکتے ہیں۔',
      'داخلے کے لیے مریض کا شناختی کارڈ اور فارم پر دستخط کے لیے گھر کا ایک فرد ضروری ہے۔ جو خاندان خرچ نہ اٹھا سکیں وہ مفت بستروں کے بارے میں پوچھیں۔ والدین اور شریکِ حیات کو دوبارہ نشے سے بچاؤ پر ماہانہ نشستوں میں بلایا جاتا ہے۔',
    ],
    ps: [
      'درملنه د یوې تر دوو اونیو پورې د څارنې لاندې ډیټاکس سره پیلېږي، بیا د پروګرام تر پایه مشوره، ډله ییزه درملنه، لمونځ، لوبې او د مهارتونو کار کېږي. ناروغان په مرکز کې اوسېږي؛ کورنۍ د جمعې په ورځ لیدنه کولای شي.',
      'د داخلې لپاره د ناروغ د پېژندنې کارت او د کورنۍ یو غړی اړین دی چې فورمه لاسلیک کړي. هغه کورنۍ چې لګښت نه شي ورکولای دې د وړیا بسترونو پوښتنه وکړي. مور و پلار او د ژوند ملګرو ته د بیا روږدي کېدو د مخنیوي په اړه میاشتنیو غونډو ته بلنه ورکول کېږي.',
    ],
  },
  'Physical Rehabilitation Centre, {district}': {
    en: [
      'A doctor first assesses what you need; physiotherapists and limb and brace technicians then plan the treatment. Artificial limbs and braces are made in the centre’s own workshop, which can take two to four weeks, and wheelchairs are fitted to the user.',
      'Bring your CNIC or the child’s B-form, your disability certificate if you have one, and any hospital reports. Children with cerebral palsy or clubfoot are seen on set days; ask at reception.',
    ],
    ur: [
      'پہلے ڈاکٹر آپ کی ضرورت کا جائزہ لیتا ہے؛ پھر فزیوتھراپسٹ اور مصنوعی اعضاء و بریس کے ٹیکنیشن علاج کا منصوبہ بناتے ہیں۔ مصنوعی اعضاء اور بریس مرکز کی اپنی ورکشاپ میں بنتے ہیں، جس میں دو سے چار ہفتے لگ سکتے ہیں، اور وہیل چیئر استعمال کرنے والے کے ناپ سے دی جاتی ہے۔',
      'اپنا شناختی کارڈ یا بچے کا ب فارم، معذوری کا سرٹیفکیٹ اگر ہو، اور ہسپتال کی رپورٹیں ساتھ لائیں۔ دماغی فالج یا ٹیڑھے پاؤں والے بچوں کو مقررہ دنوں میں دیکھا جاتا ہے؛ استقبالیہ سے پوچھیں۔',
    ],
    ps: [
      'لومړی ډاکټر ستاسو اړتیا ارزوي؛ بیا فزیوتراپېسټان او د مصنوعي غړو او بریسونو تکنیشنان د درملنې پلان جوړوي. مصنوعي غړي او بریسونه د مرکز په خپل ورکشاپ کې جوړېږي چې دوه تر څلور اونۍ وخت نیسي، او ویلچیر د کاروونکي له اندازې سره سم برابرېږي.',
      'خپل د پېژندنې کارت یا د ماشوم ب فارم، د معلولیت سند که یې لرئ، او د روغتون راپورونه راوړئ. هغه ماشومان چې دماغي فلج یا کږې پښې لري په ټاکلو ورځو کتل کېږي؛ له استقبالیې وپوښتئ.',
    ],
  },
  'Special Education Centre, {district}': {
    en: [
      'Classes are small and taught by trained special-education teachers, with sign language for deaf children, Braille for blind children, and speech and physiotherapy sessions. Pupils follow the school curriculum at their own pace and can sit the board examinations.',
      'A free school van collects children from the main roads of {district}. For admission, bring the child’s B-form, two photographs and a doctor’s report or disability certificate; the centre assesses every child first.',
    ],
    ur: [
      'جماعتیں چھوٹی ہوتی ہیں اور تربیت یافتہ خصوصی تعلیم کے اساتذہ پڑھاتے ہیں؛ بہرے بچوں کے لیے اشاروں کی زبان، نابینا بچوں کے لیے بریل اور بول چال و فزیوتھراپی کی نشستیں ہوتی ہیں۔ طلبہ اپنی رفتار سے اسکول کا نصاب پڑھتے ہیں اور بورڈ کے امتحانات دے سکتے ہیں۔',
      'مفت اسکول وین {district} کی بڑی سڑکوں سے بچوں کو لاتی ہے۔ داخلے کے لیے بچے کا ب فارم، دو تصویریں اور ڈاکٹر کی رپورٹ یا معذوری کا سرٹیفکیٹ لائیں؛ مرکز پہلے ہر بچے کا جائزہ لیتا ہے۔',
    ],
    ps: [
      'ټولګي کوچني دي او روزل شوي د ځانګړې زده کړې ښوونکي پکې درس ورکوي؛ کڼو ماشومانو ته د اشارو ژبه، ړندو ماشومانو ته بریل، او د خبرو او فزیوتراپۍ غونډې شته. زده کوونکي د ښوونځي نصاب په خپل سرعت لولي او د بورډ ازموینې ورکولای شي.',
      'وړیا ښوونیز موټر ماشومان د {district} له لویو سړکونو راټولوي. د داخلې لپاره د ماشوم ب فارم، دوه عکسونه او د ډاکټر راپور یا د معلولیت سند راوړئ؛ مرکز لومړی د هر ماشوم ارزونه کوي.',
    ],
  },
  'Disability Certificate Office, {district}': {
    en: [
      'The district hospital’s medical board sits on Wednesdays to assess applicants, and the certificate is usually ready within two weeks. It is needed for the special CNIC with the wheelchair logo, the two per cent job quota, and free or reduced-fare travel.',
      'Apply at the social welfare office with your CNIC (or a child’s B-form), two photographs and any medical reports. Someone who cannot travel can ask for an assessment at home.',
    ],
    ur: [
      'ضلعی ہسپتال کا میڈیکل بورڈ درخواست گزاروں کے جائزے کے لیے بدھ کو بیٹھتا ہے، اور سرٹیفکیٹ عموماً دو ہفتوں میں تیار ہو جاتا ہے۔ یہ وہیل چیئر کے نشان والے خصوصی شناختی کارڈ، ملازمتوں میں دو فیصد کوٹے اور مفت یا رعایتی سفر کے لیے ضروری ہے۔',
      'سماجی بہبود کے دفتر میں اپنے شناختی کارڈ (یا بچے کے ب فارم)، دو تصویروں اور طبی رپورٹوں کے ساتھ درخواست دیں۔ جو شخص سفر نہ کر سکے وہ گھر پر جائزے کی درخواست کر سکتا ہے۔',
    ],
    ps: [
      'د ضلعي روغتون طبي بورډ د غوښتونکو د ارزونې لپاره د چهارشنبې په ورځ کېني، او سند معمولاً په دوو اونیو کې چمتو کېږي. دا د ویلچیر د نښې لرونکي ځانګړي شناختي کارډ، په دندو کې د دوه سلنې کوټې او وړیا یا ارزانه سفر لپاره اړین دی.',
      'د ټولنیزې هوساینې دفتر ته له خپل د پېژندنې کارت (یا د ماشوم ب فارم)، دوو عکسونو او طبي راپورونو سره غوښتنلیک ورکړئ. هغه څوک چې سفر نه شي کولای په کور کې د ارزونې غوښتنه کولای شي.',
    ],
  },
  'Home-Based Rehabilitation Programme, {place}': {
    en: [
      'A community rehabilitation worker visits every week or two. They show the family simple exercises, help make the home easier to move around — a ramp, a rail, a raised toilet seat — and teach daily skills such as dressing and eating.',
      'Families are also helped to get a disability certificate, a wheelchair or a school place for the child. Ask the lady health worker or the union council to put your name on the list.',
    ],
    ur: [
      'کمیونٹی بحالی کارکن ہر ایک یا دو ہفتے بعد گھر آتا ہے۔ وہ گھر والوں کو آسان ورزشیں سکھاتا ہے، گھر میں چلنا پھرنا آسان بنانے میں مدد دیتا ہے، جیسے ریمپ، ریلنگ یا اونچی ٹوائلٹ سیٹ، اور کپڑے پہننے اور کھانا کھانے جیسے روزمرہ کام سکھاتا ہے۔',
      'خاندانوں کو معذوری کا سرٹیفکیٹ، وہیل چیئر یا بچے کے لیے اسکول میں داخلہ حاصل کرنے میں بھی مدد دی جاتی ہے۔ فہرست میں نام لکھوانے کے لیے لیڈی ہیلتھ ورکر یا یونین کونسل سے بات کریں۔',
    ],
    ps: [
      'د ټولنیزې بیارغونې کارکوونکی هره یوه یا دوه اونۍ کور ته راځي. هغه کورنۍ ته ساده تمرینونه ښيي، په کور کې ګرځېدل اسانه کوي، لکه ریمپ، لاسنیوی یا لوړ تشناب، او د ورځني ژوند کارونه لکه جامې اغوستل او ډوډۍ خوړل ورزده کوي.',
      'له کورنیو سره د معلولیت سند، ویلچیر یا ماشوم ته په ښوونځي کې ځای موندلو کې هم مرسته کېږي. د نوم لیکلو لپاره له ښځینه روغتیايي کارکوونکې یا یونین کونسل سره خبرې وکړئ.',
    ],
  },
}
