import type { BodySeed } from '../types'

/** Bodies of the water and sanitation and the shelter templates, keyed by English title. */
export const waterShelterBodies: Record<string, BodySeed> = {
  'Water Filtration Plant {place}': {
    en: [
      'The plant pumps groundwater through sand and carbon filters and an ultraviolet lamp, and the water is safe to drink straight from the tap. An operator from the water committee keeps it running and changes the filters on schedule.',
      'Bring clean containers with lids; jerrycans are not sold here. Queues are longest in the early evening, so come in the morning if you can. If the water tastes or smells odd, tell the operator before filling.',
    ],
    ur: [
      'پلانٹ زیرِ زمین پانی کو ریت اور کاربن کے فلٹروں اور الٹرا وائلٹ لیمپ سے گزارتا ہے، اور نل سے نکلا پانی براہِ راست پینے کے قابل ہوتا ہے۔ واٹر کمیٹی کا آپریٹر اسے چلاتا ہے اور وقت پر فلٹر بدلتا ہے۔',
      'ڈھکن والے صاف برتن ساتھ لائیں؛ یہاں کین نہیں بکتے۔ شام کے شروع میں سب سے لمبی قطار ہوتی ہے، اس لیے ممکن ہو تو صبح آئیں۔ پانی کا ذائقہ یا بو عجیب لگے تو بھرنے سے پہلے آپریٹر کو بتائیں۔',
    ],
    ps: [
      'پلانټ د ځمکې لاندې اوبه د شګو او کاربن له فلټرونو او الټرا وایلټ څراغ تېروي، او له نل راوتلې اوبه نېغ په نېغه څښل کېدای شي. د اوبو د کمېټې چلوونکی یې چلوي او فلټرونه په خپل وخت بدلوي.',
      'پاک لوښي له سرپوښ سره راوړئ؛ دلته ګېلنونه نه پلورل کېږي. د ماښام په پیل کې تر ټولو اوږده کتار وي، نو که کېدای شي سهار راشئ. که د اوبو خوند یا بوی عجیب وو، له ډکولو مخکې چلوونکي ته ووایاست.',
    ],
  },
  'Community Hand Pump, {place}': {
    en: [
      'The pump draws water from a sealed borehole into a small tank with taps, so families can fill containers without touching the source. The committee collects a small monthly contribution from each household for spare parts and repairs.',
      'Keep animals and washing away from the platform, and do not leave stagnant water around it. If the pump breaks, tell the committee chairman; the caretaker can usually repair it within a day or two.',
    ],
    ur: [
      'پمپ بند بور سے پانی نکال کر نلکوں والی چھوٹی ٹینکی میں ڈالتا ہے، تاکہ گھر والے منبع کو ہاتھ لگائے بغیر برتن بھر سکیں۔ کمیٹی پرزوں اور مرمت کے لیے ہر گھر سے معمولی ماہانہ چندہ جمع کرتی ہے۔',
      'مویشیوں اور کپڑے دھونے کو چبوترے سے دور رکھیں اور اس کے گرد کھڑا پانی نہ چھوڑیں۔ پمپ خراب ہو جائے تو کمیٹی کے چیئرمین کو بتائیں؛ نگران عموماً ایک دو دن میں اسے ٹھیک کر دیتا ہے۔',
    ],
    ps: [
      'پمپ له تړلي بور څخه اوبه د نلونو لرونکې کوچنۍ ټانکۍ ته اچوي، څو کورنۍ د سرچینې له لمس پرته لوښي ډک کړي. کمېټه د پرزو او ترمیم لپاره له هرې کورنۍ لږه میاشتنۍ ونډه راټولوي.',
      'څاروي او د جامو وینځل له چبوترې لرې وساتئ، او شاوخوا یې ولاړې اوبه مه پرېږدئ. که پمپ خراب شو، د کمېټې مشر ته ووایاست؛ ساتونکی یې معمولاً په یوه یا دوو ورځو کې جوړوي.',
    ],
  },
  'Public Toilets, {place}': {
    en: [
      'The block has separate entrances for women and men, clean water in every cubicle, soap at the basins and a wider cubicle with grab rails for people who use a wheelchair. A caretaker cleans it several times a day.',
      'Use is free for children, older people and people with disabilities; others pay a few rupees, which goes to cleaning. Report a broken tap or a blocked drain to the caretaker or to the number on the door.',
    ],
    ur: [
      'عمارت میں خواتین اور مردوں کے الگ داخلی راستے ہیں، ہر بیت الخلا میں صاف پانی، بیسن پر صابن، اور وہیل چیئر استعمال کرنے والوں کے لیے سہارے کی ریلنگ والا کشادہ بیت الخلا ہے۔ نگران دن میں کئی بار صفائی کرتا ہے۔',
      'بچوں، بزرگوں اور معذور افراد کے لیے استعمال مفت ہے؛ باقی چند روپے دیتے ہیں جو صفائی پر خرچ ہوتے ہیں۔ ٹوٹا نل یا بند نالی نگران کو یا دروازے پر لکھے نمبر پر بتائیں۔',
    ],
    ps: [
      'ودانۍ د ښځو او نارینه وو لپاره جلا دروازې لري، په هر تشناب کې پاکې اوبه، په بېسن کې صابون، او د ویلچیر کاروونکو لپاره د لاسنیوي لرونکی پراخ تشناب شته. ساتونکی یې ورځ کې څو ځله پاکوي.',
      'د ماشومانو، زړو خلکو او معلولو کسانو لپاره کارول وړیا دي؛ نور یو څو روپۍ ورکوي چې په پاکولو لګېږي. مات نل یا بنده ناله ساتونکي ته یا په دروازه لیکل شوي شمېرې ته ووایاست.',
    ],
  },
  'Hygiene Kit Distribution, {place}': {
    en: [
      'Each kit holds bath and laundry soap, two jerrycans, a bucket, sanitary pads, toothbrushes and water purification tablets, enough for a family for about a month. Staff show how to use the tablets and how to keep drinking water clean.',
      'Distribution is by token, given out beforehand by the registration team. Bring your token and CNIC; a family member can collect for you with a signed note. Women collect at a separate counter.',
    ],
    ur: [
      'ہر کٹ میں نہانے اور کپڑے دھونے کا صابن، دو کین، ایک بالٹی، سینیٹری پیڈ، ٹوتھ برش اور پانی صاف کرنے کی گولیاں ہوتی ہیں، جو ایک خاندان کے لیے تقریباً ایک مہینے کے لیے کافی ہیں۔ عملہ گولیوں کا استعمال اور پینے کا پانی صاف رکھنے کا طریقہ سکھاتا ہے۔',
      'تقسیم ٹوکن کے ذریعے ہوتی ہے جو رجسٹریشن ٹیم پہلے دیتی ہے۔ اپنا ٹوکن اور شناختی کارڈ لائیں؛ آپ کی دستخط شدہ پرچی کے ساتھ گھر کا کوئی فرد بھی وصول کر سکتا ہے۔ خواتین الگ کاؤنٹر سے وصول کرتی ہیں۔',
    ],
    ps: [
      'په هره کڅوړه کې د لمبلو او جامو وینځلو صابون، دوه ګېلنونه، یوه سطل، صحي پېډونه، د غاښونو برشونه او د اوبو پاکولو ګولۍ وي، چې یوې کورنۍ ته نږدې یوه میاشت بس دي. کارکوونکي د ګولیو کارول او د څښاک د اوبو پاکې ساتل ښيي.',
      'وېش د ټوکن له لارې کېږي چې د ثبت ټیم یې مخکې ورکوي. خپل ټوکن او د پېژندنې کارت راوړئ؛ ستاسو د لاسلیک شوې پرچې سره د کورنۍ بل غړی هم اخیستلای شي. ښځې له جلا کاونټر اخلي.',
    ],
  },
  'Water Supply Scheme {place}': {
    en: [
      'Water is pumped to an overhead tank and supplied through the pipes twice a day, in the early morning and the evening; keep a tank or drum at home for the hours in between. Supply stops during long power cuts.',
      'To apply for a connection, bring a copy of your CNIC, proof of ownership or a rent agreement and the connection fee to the scheme office. Report leaks, dirty water or unpaid-bill disconnections at the same office.',
    ],
    ur: [
      'پانی اوور ہیڈ ٹینکی میں پمپ کر کے پائپوں کے ذریعے دن میں دو بار، صبح سویرے اور شام کو، فراہم کیا جاتا ہے؛ درمیانی اوقات کے لیے گھر میں ٹینکی یا ڈرم رکھیں۔ بجلی کی طویل بندش میں فراہمی رک جاتی ہے۔',
      'کنکشن کے لیے اسکیم کے دفتر میں شناختی کارڈ کی کاپی، ملکیت کا ثبوت یا کرایہ نامہ اور کنکشن فیس لائیں۔ رساؤ، گندے پانی یا بل کی وجہ سے کٹے کنکشن کی شکایت بھی اسی دفتر میں کریں۔',
    ],
    ps: [
      'اوبه لوړې ټانکۍ ته پمپ کېږي او د پایپونو له لارې ورځ کې دوه ځله، سهار وختي او ماښام، رسول کېږي؛ د منځنیو ساعتونو لپاره په کور کې ټانکۍ یا ډرم وساتئ. د بریښنا په اوږده بندېدو کې رسونه درېږي.',
      'د نښلون لپاره د پروژې دفتر ته د پېژندنې کارت کاپي، د ملکیت ثبوت یا د کرایې تړون او د نښلون فیس راوړئ. د اوبو د څڅېدو، خړو اوبو یا د بل له امله د پرې شوي نښلون شکایت هم په همدې دفتر کې وکړئ.',
    ],
  },
  "Dar-ul-Aman Women's Shelter, {district}": {
    en: [
      'Women can stay with their children while they decide what to do next. The shelter gives meals, clothing, medical care and counselling, and a lawyer helps with protection orders, maintenance and custody cases. The address is kept private and visitors are screened.',
      'A woman can come on her own, or be referred by the police, a court or the women’s desk. She does not need documents to be admitted, and she can leave whenever she chooses.',
    ],
    ur: [
      'خواتین اپنے بچوں کے ساتھ یہاں رہ سکتی ہیں جب تک وہ آگے کا فیصلہ کریں۔ پناہ گاہ کھانا، کپڑے، طبی امداد اور مشاورت دیتی ہے، اور وکیل تحفظ کے احکامات، نان نفقے اور بچوں کی حوالگی کے مقدمات میں مدد کرتا ہے۔ پتہ خفیہ رکھا جاتا ہے اور ملاقاتیوں کی جانچ ہوتی ہے۔',
      'عورت خود آ سکتی ہے، یا پولیس، عدالت یا خواتین ڈیسک اسے بھیج سکتے ہیں۔ داخلے کے لیے کسی دستاویز کی ضرورت نہیں، اور وہ جب چاہے جا سکتی ہے۔',
    ],
    ps: [
      'ښځې له خپلو ماشومانو سره دلته پاتې کېدای شي، تر هغه چې د راتلونکي پرېکړه وکړي. پناه ځای خواړه، جامې، طبي پاملرنه او مشوره ورکوي، او وکیل د ساتنې حکمونو، نفقې او د ماشومانو د سرپرستۍ په قضیو کې مرسته کوي. پته پټه ساتل کېږي او د لیدونکو پلټنه کېږي.',
      'ښځه پخپله راتلای شي، یا پولیس، محکمه یا د ښځو مېز یې رالېږلای شي. د داخلې لپاره هېڅ سند ته اړتیا نشته، او هر کله یې چې وغواړي تللای شي.',
    ],
  },
  'Emergency Shelter Camp, {place}': {
    en: [
      'Each family is given a tent or a space in a shared hall, bedding and a kitchen set. The camp has water points, separate latrines and bathing areas for women and men, lighting at night and a health post in the mornings.',
      'Register at the desk at the camp entrance with your CNIC, or the names and ages of your family if documents were lost. Tell the staff about pregnant women, older people and anyone with a disability so they are housed near the facilities.',
    ],
    ur: [
      'ہر خاندان کو خیمہ یا مشترکہ ہال میں جگہ، بستر اور برتنوں کا سیٹ دیا جاتا ہے۔ کیمپ میں پانی کے مقامات، خواتین اور مردوں کے الگ بیت الخلا اور غسل خانے، رات کو روشنی اور صبح کے وقت طبی چوکی موجود ہے۔',
      'کیمپ کے داخلی دروازے پر ڈیسک پر شناختی کارڈ کے ساتھ اندراج کروائیں، یا دستاویزات گم ہو گئی ہوں تو گھر والوں کے نام اور عمریں بتائیں۔ حاملہ خواتین، بزرگوں اور معذور افراد کے بارے میں عملے کو بتائیں تاکہ انہیں سہولیات کے قریب ٹھہرایا جائے۔',
    ],
    ps: [
      'هرې کورنۍ ته خېمه یا په ګډ تالار کې ځای، بستره او د لوښو سېټ ورکول کېږي. کمپ د اوبو ځایونه، د ښځو او نارینه وو جلا تشنابونه او غسل خانې، د شپې رڼا او سهار روغتیايي پوسته لري.',
      'د کمپ د ننوتو په مېز کې له خپل د پېژندنې کارت سره نوم ولیکئ، یا که اسناد مو ورک شوي، د کورنۍ د غړو نومونه او عمرونه ووایاست. کارکوونکو ته د امیندوارو ښځو، زړو خلکو او معلولو کسانو په اړه ووایاست څو اسانتیاوو ته نږدې ځای ورکړل شي.',
    ],
  },
  'Panahgah Night Shelter, {place}': {
    en: [
      'The shelter opens its doors at 18:00 and guests leave after breakfast in the morning. Each guest gets a bed, clean bedding, a hot dinner and tea, and there are washrooms with hot water in winter.',
      'No fee is charged and no questions are asked beyond a name and, if you have one, a CNIC number for the register. There is a separate room for older people and the sick. In bad weather the shelter fills early, so come before 20:00.',
    ],
    ur: [
      'پناہ گاہ شام 18:00 بجے کھلتی ہے اور مہمان صبح ناشتے کے بعد رخصت ہوتے ہیں۔ ہر مہمان کو بستر، صاف بستر کی چادریں، گرم رات کا کھانا اور چائے ملتی ہے، اور سردیوں میں گرم پانی والے غسل خانے ہیں۔',
      'کوئی فیس نہیں اور رجسٹر کے لیے نام اور، اگر ہو تو، شناختی کارڈ نمبر کے سوا کچھ نہیں پوچھا جاتا۔ بزرگوں اور بیماروں کے لیے الگ کمرہ ہے۔ خراب موسم میں پناہ گاہ جلد بھر جاتی ہے، اس لیے 20:00 سے پہلے آئیں۔',
    ],
    ps: [
      'پناځی د ماښام په 18:00 بجو پرانیستل کېږي او مېلمانه سهار له ناشتې وروسته ځي. هر مېلمه ته بستره، پاکې بړستنې، ګرمه د شپې ډوډۍ او چای ورکول کېږي، او په ژمي کې د ګرمو اوبو غسل خانې شته.',
      'هېڅ فیس نه اخیستل کېږي او د راجستر لپاره له نوم او، که وي، د پېژندنې کارت له شمېرې پرته څه نه پوښتل کېږي. د زړو او ناروغانو لپاره جلا خونه شته. په بد موسم کې پناځی ژر ډکېږي، نو له 20:00 بجو مخکې راشئ.',
    ],
  },
  'House Repair Support, {place}': {
    en: [
      'An engineer visits first to assess the damage and photograph the house. Depending on the damage, the family receives a cash grant in two or three instalments, building materials such as roofing sheets, cement and timber, or both.',
      'Households are taught safer building — stronger corners, a raised plinth against floodwater — and the next instalment is paid once the engineer checks the work. Bring your CNIC and any proof that you own or live in the house.',
    ],
    ur: [
      'پہلے انجینئر آ کر نقصان کا جائزہ لیتا ہے اور گھر کی تصویریں بناتا ہے۔ نقصان کے لحاظ سے خاندان کو دو یا تین قسطوں میں نقد امداد، چھت کی چادریں، سیمنٹ اور لکڑی جیسا تعمیراتی سامان، یا دونوں ملتے ہیں۔',
      'گھرانوں کو محفوظ تعمیر سکھائی جاتی ہے، جیسے مضبوط کونے اور سیلابی پانی سے بچاؤ کے لیے اونچی کرسی، اور انجینئر کے کام دیکھنے کے بعد اگلی قسط دی جاتی ہے۔ اپنا شناختی کارڈ اور گھر کی ملکیت یا رہائش کا کوئی ثبوت لائیں۔',
    ],
    ps: [
      'لومړی انجنیر راځي، زیان ارزوي او د کور عکسونه اخلي. د زیان له کچې سره سم کورنۍ ته په دوو یا درېیو قسطونو کې نغدي مرسته، د چت چادرونه، سمنټ او لرګي غوندې ودانیز توکي، یا دواړه ورکول کېږي.',
      'کورنیو ته خوندي جوړونه ورزده کېږي، لکه ټینګ کونجونه او د سېلاب د اوبو پر وړاندې لوړه بنسټیزه برخه، او انجنیر چې کار وګوري نو بل قسط ورکول کېږي. خپل د پېژندنې کارت او د کور د ملکیت یا اوسېدو کوم ثبوت راوړئ.',
    ],
  },
  'Refugee Village Support Office, {place}': {
    en: [
      'Staff keep a record of the village’s households and pass on problems with water, drainage, schools and health services to the agencies responsible. They also share news of registration drives, relief distributions and changes to government policy.',
      'Come with your Proof of Registration card or other documents. Interpreters speak Dari and Pashto, and women can ask to speak with a woman staff member in a separate room.',
    ],
    ur: [
      'عملہ بستی کے گھرانوں کا ریکارڈ رکھتا ہے اور پانی، نکاسی، اسکولوں اور صحت کی خدمات کے مسائل متعلقہ اداروں تک پہنچاتا ہے۔ وہ اندراج کی مہمات، امدادی تقسیم اور حکومتی پالیسی میں تبدیلیوں کی خبر بھی دیتا ہے۔',
      'اپنا پی او آر کارڈ یا دیگر دستاویزات لے کر آئیں۔ مترجم دری اور پشتو بولتے ہیں، اور خواتین الگ کمرے میں کسی خاتون اہلکار سے بات کرنے کا کہہ سکتی ہیں۔',
    ],
    ps: [
      'کارکوونکي د کلي د کورنیو ثبت ساتي او د اوبو، ویالو، ښوونځیو او روغتیايي خدمتونو ستونزې اړوندو ادارو ته رسوي. هغوی د نوم لیکنې د کمپاینونو، د مرستو د وېش او د حکومت په پالیسۍ کې د بدلونونو خبرونه هم شریکوي.',
      'خپل د پي او آر کارډ یا نور اسناد راوړئ. ژباړونکي په دري او پښتو خبرې کوي، او ښځې کولای شي په جلا خونه کې له یوې ښځینه کارکوونکې سره د خبرو غوښتنه وکړي.',
    ],
  },
}
