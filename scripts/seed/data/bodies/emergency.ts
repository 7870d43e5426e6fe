import type { BodySeed } from '../types'

/** Bodies of the emergency relief and transport templates, keyed by English title. */
export const emergencyBodies: Record<string, BodySeed> = {
  'Rescue 1122 Station, {place}': {
    en: [
      'Trained rescuers answer road accidents, fires, building collapses, drowning and medical emergencies, and take patients to the nearest hospital able to treat them. Ambulances carry oxygen and first-aid equipment, and every call is free.',
      'When you call, say clearly where you are — the nearest landmark, mosque or school helps — and what has happened. Stay on the line and keep the road clear for the ambulance. Never make a false call: it takes an ambulance away from someone who needs it.',
    ],
    ur: [
      'تربیت یافتہ ریسکیورز سڑک حادثات، آگ، عمارت گرنے، ڈوبنے اور طبی ہنگامی حالات میں پہنچتے ہیں اور مریضوں کو قریب ترین ایسے ہسپتال لے جاتے ہیں جہاں علاج ممکن ہو۔ ایمبولینسوں میں آکسیجن اور ابتدائی طبی امداد کا سامان ہوتا ہے، اور ہر کال مفت ہے۔',
      'کال کرتے وقت صاف بتائیں کہ آپ کہاں ہیں، قریبی نشانی، مسجد یا اسکول بتانا مددگار ہے، اور کیا ہوا ہے۔ لائن پر رہیں اور ایمبولینس کے لیے راستہ صاف رکھیں۔ کبھی جھوٹی کال نہ کریں: اس سے ایمبولینس کسی ضرورت مند سے دور ہو جاتی ہے۔',
    ],
    ps: [
      'روزل شوي ژغورونکي د سړک پېښو، اور، د ودانیو ړنګېدو، ډوبېدو او طبي بیړنیو حالاتو ته رسېږي او ناروغان تر ټولو نږدې هغه روغتون ته وړي چې درملنه یې کولای شي. امبولانسونه اکسیجن او د لومړنیو مرستو سامان لري، او هر زنګ وړیا دی.',
      'کله چې زنګ وهئ، په ښکاره ووایاست چې چېرته یاست، نږدې نښه، جومات یا ښوونځی ویل ګټور دي، او څه پېښ شوي. په لیکه پاتې شئ او د امبولانس لپاره لاره خلاصه وساتئ. هېڅکله دروغ زنګ مه وهئ: دا امبولانس له هغه چا لرې کوي چې اړتیا ورته لري.',
    ],
  },
  'Flood Relief Camp, {place}': {
    en: [
      'The camp is set up on high ground in a school or government building once floodwater reaches homes. Families get cooked meals twice a day, clean water, blankets and a place to sleep, and a medical team checks for diarrhoea, skin infections and snakebite.',
      'Register at the desk so relatives can find you and you are counted for later help. Keep children away from floodwater and drink only the water provided. Livestock are kept in a separate area nearby.',
    ],
    ur: [
      'سیلابی پانی گھروں تک پہنچتے ہی کیمپ کسی اونچی جگہ پر اسکول یا سرکاری عمارت میں لگایا جاتا ہے۔ خاندانوں کو دن میں دو بار پکا ہوا کھانا، صاف پانی، کمبل اور سونے کی جگہ ملتی ہے، اور طبی ٹیم اسہال، جلدی بیماریوں اور سانپ کے کاٹے کا معائنہ کرتی ہے۔',
      'ڈیسک پر اندراج کروائیں تاکہ رشتہ دار آپ کو ڈھونڈ سکیں اور بعد کی امداد میں آپ شمار ہوں۔ بچوں کو سیلابی پانی سے دور رکھیں اور صرف فراہم کردہ پانی پئیں۔ مویشیوں کے لیے قریب ہی الگ جگہ رکھی گئی ہے۔',
    ],
    ps: [
      'کله چې د سېلاب اوبه کورونو ته ورسي، کمپ په لوړه ځمکه کې په کوم ښوونځي یا دولتي ودانۍ کې جوړېږي. کورنیو ته ورځ کې دوه ځله پاخه خواړه، پاکې اوبه، کمپلې او د خوب ځای ورکول کېږي، او طبي ټیم د اسهال، پوستکي ناروغیو او د مار چیچلو معاینه کوي.',
      'په مېز کې نوم ولیکئ څو خپلوان مو پیدا کړای شي او په راتلونکو مرستو کې حساب شئ. ماشومان د سېلاب له اوبو لرې وساتئ او یوازې ورکړل شوې اوبه وڅښئ. د څارویو لپاره نږدې جلا ځای ټاکل شوی.',
    ],
  },
  'District Emergency Operations Centre, {district}': {
    en: [
      'The centre brings together the district administration, Rescue 1122, the police, health and irrigation departments during floods, earthquakes, heavy snow and other emergencies. It decides where rescue teams, boats, machinery and relief go first.',
      'Call the centre to report a blocked road, a breached embankment, people trapped or a village cut off. After a disaster, damage to homes, crops and livestock is recorded here for compensation; bring your CNIC and photographs if you have them.',
    ],
    ur: [
      'سیلاب، زلزلے، شدید برفباری اور دیگر ہنگامی حالات میں مرکز ضلعی انتظامیہ، ریسکیو 1122، پولیس، صحت اور آبپاشی کے محکموں کو اکٹھا کرتا ہے۔ یہی طے کرتا ہے کہ ریسکیو ٹیمیں، کشتیاں، مشینری اور امداد پہلے کہاں جائیں۔',
      'بند سڑک، ٹوٹے پشتے، پھنسے ہوئے لوگوں یا کٹے ہوئے گاؤں کی اطلاع کے لیے مرکز کو فون کریں۔ آفت کے بعد گھروں، فصلوں اور مویشیوں کے نقصان کا اندراج معاوضے کے لیے یہیں ہوتا ہے؛ شناختی کارڈ اور تصویریں ہوں تو ساتھ لائیں۔',
    ],
    ps: [
      'د سېلاب، زلزلې، سختو واورو او نورو بیړنیو حالاتو پر مهال مرکز ضلعي اداره، ریسکیو 1122، پولیس، د روغتیا او اوبو لګولو ریاستونه سره راټولوي. همدا ټاکي چې د ژغورنې ټیمونه، کښتۍ، ماشینونه او مرستې لومړی چېرته ولاړ شي.',
      'د بند سړک، مات شوي پشتې، ګیر پاتې خلکو یا پرې شوي کلي د خبر ورکولو لپاره مرکز ته زنګ ووهئ. له ناورین وروسته د کورونو، فصلونو او څارویو زیان د جبران لپاره دلته ثبتېږي؛ د پېژندنې کارت او عکسونه که لرئ راوړئ.',
    ],
  },
  'Relief Items Distribution, {place}': {
    en: [
      'Families on the distribution list receive a kit chosen for the season: blankets, quilts and warm clothes in winter; mosquito nets, tarpaulins and a solar lamp in the monsoon; and a kitchen set for families who lost their belongings.',
      'Tokens are given out by the survey team a few days before; bring the token and your CNIC on the day. Older people and people with disabilities can send a relative. Report any demand for money to the helpline on the token.',
    ],
    ur: [
      'تقسیم کی فہرست میں شامل خاندانوں کو موسم کے لحاظ سے کٹ ملتی ہے: سردیوں میں کمبل، رضائیاں اور گرم کپڑے؛ مون سون میں مچھر دانیاں، ترپال اور سولر لیمپ؛ اور سامان کھو دینے والے خاندانوں کو برتنوں کا سیٹ۔',
      'سروے ٹیم چند دن پہلے ٹوکن دیتی ہے؛ تقسیم کے دن ٹوکن اور شناختی کارڈ لائیں۔ بزرگ اور معذور افراد کسی رشتہ دار کو بھیج سکتے ہیں۔ پیسوں کے کسی بھی مطالبے کی اطلاع ٹوکن پر درج ہیلپ لائن پر دیں۔',
    ],
    ps: [
      'هغه کورنۍ چې د وېش په لړلیک کې دي د موسم سره سم کڅوړه اخلي: په ژمي کې کمپلې، بړستنې او ګرمې جامې؛ په برشکال کې د غوماشو جالۍ، ترپالونه او لمریز څراغ؛ او هغو کورنیو ته چې سامان یې له لاسه ورکړی د لوښو سېټ.',
      'د سروې ټیم څو ورځې مخکې ټوکنونه ورکوي؛ د وېش په ورځ ټوکن او د پېژندنې کارت راوړئ. زاړه او معلول کسان یو خپلوان لېږلای شي. د پیسو هره غوښتنه په ټوکن لیکل شوې مرستندوی لیکې ته خبر کړئ.',
    ],
  },
  'Community Emergency Response Team, {place}': {
    en: [
      'Volunteers are trained by Rescue 1122 and PDMA in first aid, safe evacuation, search and rescue, and setting up early-warning chains. They keep a list of families who need help to move — older people, people with disabilities, pregnant women.',
      'When a flood or landslide warning comes, the team spreads it house to house and through the mosque and guides people to the safe place agreed in advance. Young women and men from the village can join; training is free.',
    ],
    ur: [
      'رضاکاروں کو ریسکیو 1122 اور پی ڈی ایم اے ابتدائی طبی امداد، محفوظ انخلا، تلاش و بچاؤ اور قبل از وقت انتباہ کا نظام بنانے کی تربیت دیتے ہیں۔ وہ ان خاندانوں کی فہرست رکھتے ہیں جنہیں منتقلی میں مدد درکار ہو، جیسے بزرگ، معذور افراد اور حاملہ خواتین۔',
      'سیلاب یا لینڈ سلائیڈ کی وارننگ آنے پر ٹیم گھر گھر اور مسجد کے ذریعے اطلاع پہنچاتی ہے اور لوگوں کو پہلے سے طے شدہ محفوظ جگہ تک لے جاتی ہے۔ گاؤں کی نوجوان خواتین اور مرد شامل ہو سکتے ہیں؛ تربیت مفت ہے۔',
    ],
    ps: [
      'رضاکاران د ریسکیو 1122 او پي ډي ایم اې له خوا په لومړنیو مرستو، خوندي وتلو، لټون او ژغورنه، او د مخکینیو خبرتیاوو د لړۍ په جوړولو کې روزل کېږي. هغوی د هغو کورنیو لړلیک ساتي چې د لېږد لپاره مرستې ته اړتیا لري، لکه زاړه خلک، معلول کسان او امیندوارې ښځې.',
      'کله چې د سېلاب یا ښوییدنې خبرتیا راشي، ټیم یې کور په کور او د جومات له لارې خپروي او خلک مخکې ټاکل شوي خوندي ځای ته بیایي. د کلي ځوانې ښځې او نارینه ګډون کولای شي؛ روزنه وړیا ده.',
    ],
  },
  'Free Patient Transport, {district}': {
    en: [
      'The service takes patients from home to the district hospital and back for appointments, dialysis sessions, deliveries and check-ups after discharge. Vehicles have a stretcher or wheelchair lift and a driver trained in first aid.',
      'Book by phone at least a day ahead, giving the patient’s name, address, landmark and appointment time. One family member may travel with the patient. For emergencies, call Rescue 1122 instead.',
    ],
    ur: [
      'یہ سروس مریضوں کو ملاقات کے وقت، ڈائیلاسز، زچگی اور ہسپتال سے فارغ ہونے کے بعد معائنے کے لیے گھر سے ضلعی ہسپتال اور واپس لے جاتی ہے۔ گاڑیوں میں اسٹریچر یا وہیل چیئر لفٹ اور ابتدائی طبی امداد کا تربیت یافتہ ڈرائیور ہوتا ہے۔',
      'کم از کم ایک دن پہلے فون پر مریض کا نام، پتہ، قریبی نشانی اور ملاقات کا وقت بتا کر بکنگ کروائیں۔ گھر کا ایک فرد مریض کے ساتھ سفر کر سکتا ہے۔ ہنگامی صورت میں ریسکیو 1122 پر کال کریں۔',
    ],
    ps: [
      'دا خدمت ناروغان د لیدنې، ډیالیز، زېږون او له روغتون وروسته معاینو لپاره له کوره ضلعي روغتون ته او بېرته وړي. موټرونه سټرېچر یا د ویلچیر لفټ او د لومړنیو مرستو روزل شوی چلوونکی لري.',
      'لږ تر لږه یوه ورځ مخکې په ټیلیفون د ناروغ نوم، پته، نږدې نښه او د لیدنې وخت ووایاست او ځای ونیسئ. د کورنۍ یو غړی له ناروغ سره سفر کولای شي. په بیړني حالت کې ریسکیو 1122 ته زنګ ووهئ.',
    ],
  },
  "Women's Van Service, {place}": {
    en: [
      'Vans run on fixed routes between the main stops in the morning and afternoon, timed for school, college and office hours and hospital clinics. Only women and children travel, and a woman conductor collects fares and helps passengers on and off.',
      'Wait at the marked stops; the van does not stop elsewhere. Monthly passes are cheaper for students and working women — ask the conductor. Complaints can be made on the number painted on the van.',
    ],
    ur: [
      'وینیں صبح اور سہ پہر کو بڑے اسٹاپوں کے درمیان مقررہ راستوں پر چلتی ہیں، جن کے اوقات اسکول، کالج، دفاتر اور ہسپتال کے کلینکوں کے مطابق ہیں۔ صرف خواتین اور بچے سفر کرتے ہیں، اور خاتون کنڈکٹر کرایہ لیتی اور سواریوں کو چڑھنے اترنے میں مدد دیتی ہے۔',
      'نشان زدہ اسٹاپوں پر انتظار کریں؛ وین کہیں اور نہیں رکتی۔ طالبات اور ملازمت پیشہ خواتین کے لیے ماہانہ پاس سستا ہے، کنڈکٹر سے پوچھیں۔ شکایت وین پر لکھے نمبر پر کی جا سکتی ہے۔',
    ],
    ps: [
      'وینونه سهار او ماسپښین د لویو تمځایونو ترمنځ په ټاکلو لارو ځي، چې وختونه یې د ښوونځي، کالج، دفترونو او د روغتون د کلینیکونو سره برابر دي. یوازې ښځې او ماشومان سفر کوي، او ښځینه کنډکټره کرایه اخلي او له سپرلیو سره په ختلو او کوزېدو کې مرسته کوي.',
      'په نښه شویو تمځایونو کې انتظار وکړئ؛ وین بل ځای نه درېږي. د زده کوونکو نجونو او کارکوونکو ښځو لپاره میاشتنی پاس ارزانه دی، له کنډکټرې وپوښتئ. شکایت په وین لیکل شوې شمېرې ته کېدای شي.',
    ],
  },
  'Girls’ School Transport, {place}': {
    en: [
      'A van or small bus collects registered girls from agreed stops in the morning and brings them home after school, with a woman attendant on board. Routes are planned with parents each year so no girl walks more than a short distance.',
      'Parents apply through the head teacher at the start of the school year with the girl’s B-form and proof of address. Tell the school if your daughter will be absent, so the van does not wait.',
    ],
    ur: [
      'وین یا چھوٹی بس صبح طے شدہ اسٹاپوں سے رجسٹرڈ طالبات کو لیتی اور چھٹی کے بعد گھر چھوڑتی ہے، اور اس میں ایک خاتون نگران ہوتی ہیں۔ ہر سال والدین کے ساتھ مل کر راستے طے کیے جاتے ہیں تاکہ کسی بچی کو زیادہ پیدل نہ چلنا پڑے۔',
      'والدین تعلیمی سال کے آغاز میں بچی کے ب فارم اور پتے کے ثبوت کے ساتھ ہیڈ ٹیچر کے ذریعے درخواست دیں۔ بیٹی غیر حاضر ہو تو اسکول کو بتائیں تاکہ وین انتظار نہ کرے۔',
    ],
    ps: [
      'وین یا کوچنی بس سهار له ټاکلو تمځایونو ثبت شوې نجونې راټولوي او له ښوونځي وروسته یې کور ته رسوي، او یوه ښځینه څارونکې پکې وي. هر کال له مور و پلار سره لارې ټاکل کېږي څو هېڅ نجلۍ ډېره پلې لاره ونه وهي.',
      'مور و پلار دې د ښوونیز کال په پیل کې د نجلۍ له ب فارم او د پتې له ثبوت سره د ښوونځي د مشر له لارې غوښتنلیک ورکړي. که لور مو غیر حاضره وي ښوونځي ته ووایاست، څو وین انتظار ونه باسي.',
    ],
  },
  'General Bus Stand Information Desk, {place}': {
    en: [
      'Staff tell you which company runs buses, coaches and wagons to each city, when they leave and what the fare should be, and help travellers with disabilities board. Fare lists approved by the transport authority are displayed at the desk.',
      'A waiting area with seats, water and toilets is kept for women and families. Keep your ticket until the end of the journey. Report overcharging, overloading or harassment at the desk or to the traffic police.',
    ],
    ur: [
      'عملہ بتاتا ہے کہ ہر شہر کے لیے کون سی کمپنی بسیں، کوچز اور ویگنیں چلاتی ہے، وہ کب روانہ ہوتی ہیں اور کرایہ کتنا ہونا چاہیے، اور معذور مسافروں کو سوار ہونے میں مدد دیتا ہے۔ ٹرانسپورٹ اتھارٹی کے منظور شدہ کرایہ نامے ڈیسک پر آویزاں ہیں۔',
      'خواتین اور خاندانوں کے لیے نشستوں، پانی اور بیت الخلا والی انتظار گاہ ہے۔ سفر ختم ہونے تک ٹکٹ سنبھال کر رکھیں۔ زیادہ کرایہ، گنجائش سے زیادہ سواریاں یا ہراسانی کی شکایت ڈیسک پر یا ٹریفک پولیس کو کریں۔',
    ],
    ps: [
      'کارکوونکي وايي چې کوم شرکت هر ښار ته بسونه، کوچونه او ویګنونه چلوي، کله ځي او کرایه باید څومره وي، او معلولو مسافرو سره په سپرېدو کې مرسته کوي. د ټرانسپورټ ادارې منظور شوي کرایه لیکونه په مېز کې ځوړند دي.',
      'د ښځو او کورنیو لپاره د څوکیو، اوبو او تشناب لرونکی د انتظار ځای شته. تر سفر پایه خپل ټکټ وساتئ. د ډېرې کرایې، له ظرفیت ډېرو سپرلیو یا ځورونې شکایت په مېز کې یا ټرافیک پولیسو ته وکړئ.',
    ],
  },
}
