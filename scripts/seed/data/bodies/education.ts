import type { BodySeed } from '../types'

/** Bodies of the education and community templates, keyed by English title. */
export const educationBodies: Record<string, BodySeed> = {
  'Government Girls Primary School {place}': {
    en: [
      'Lessons run from 08:00 to 13:30, six days a week, in Urdu and Pashto with English from class one. Girls receive free textbooks at the start of the year, and under the girls’ stipend programme families of regular pupils in some districts receive a small allowance.',
      'Admissions open in March. Bring the girl’s B-form and a parent’s CNIC; a girl without a B-form can still be admitted while the family registers her at NADRA.',
    ],
    ur: [
      'کلاسیں ہفتے میں چھ دن صبح 08:00 سے 13:30 تک اردو اور پشتو میں ہوتی ہیں، اور پہلی جماعت سے انگریزی پڑھائی جاتی ہے۔ سال کے آغاز میں طالبات کو مفت کتابیں ملتی ہیں، اور بعض اضلاع میں باقاعدہ حاضری والی بچیوں کے خاندانوں کو وظیفہ بھی دیا جاتا ہے۔',
      'داخلے مارچ میں ہوتے ہیں۔ بچی کا ب فارم اور والدین میں سے کسی کا شناختی کارڈ لائیں؛ ب فارم نہ ہو تب بھی داخلہ ہو جاتا ہے جب تک خاندان نادرا میں اندراج کرواتا ہے۔',
    ],
    ps: [
      'ټولګي په اونۍ کې شپږ ورځې له 08:00 څخه تر 13:30 پورې په اردو او پښتو کېږي، او له لومړي ټولګي انګرېزي ښودل کېږي. د کال په پیل کې نجونو ته وړیا کتابونه ورکول کېږي، او په ځینو ضلعو کې د منظمو زده کوونکو کورنیو ته وظیفه هم ورکول کېږي.',
      'داخلې په مارچ کې کېږي. د نجلۍ ب فارم او د مور یا پلار د پېژندنې کارت راوړئ؛ که ب فارم نه وي هم داخله کېږي، تر هغه چې کورنۍ یې په نادرا کې ثبت کړي.',
    ],
  },
  'Government Boys High School {place}': {
    en: [
      'The school teaches classes six to ten in science and arts groups, with a science laboratory, a small library and a playground. Students sit the matriculation examination of the district’s Board of Intermediate and Secondary Education at the end of class ten.',
      'New admissions are taken in March and after the summer holidays. Bring the boy’s B-form, the father’s or guardian’s CNIC and the leaving certificate of his last school.',
    ],
    ur: [
      'اسکول میں چھٹی سے دسویں جماعت تک سائنس اور آرٹس گروپ پڑھائے جاتے ہیں، اور سائنس لیبارٹری، چھوٹی لائبریری اور کھیل کا میدان موجود ہے۔ دسویں جماعت کے آخر میں طلبہ تعلیمی بورڈ کا میٹرک کا امتحان دیتے ہیں۔',
      'نئے داخلے مارچ میں اور گرمیوں کی چھٹیوں کے بعد ہوتے ہیں۔ لڑکے کا ب فارم، والد یا سرپرست کا شناختی کارڈ اور پچھلے اسکول کا سرٹیفکیٹ ساتھ لائیں۔',
    ],
    ps: [
      'په ښوونځي کې له شپږم تر لسم ټولګي پورې د ساینس او هنر ډلې تدریسېږي، او د ساینس لابراتوار، کوچنی کتابتون او د لوبو ډګر لري. د لسم ټولګي په پای کې زده کوونکي د تعلیمي بورډ د مېټرک ازموینه ورکوي.',
      'نوې داخلې په مارچ کې او د دوبي له رخصتیو وروسته کېږي. د هلک ب فارم، د پلار یا سرپرست د پېژندنې کارت او د پخواني ښوونځي سند له ځانه سره راوړئ.',
    ],
  },
  'Community School {place}': {
    en: [
      'One teacher from the village teaches children of several ages together, usually in the mornings. Boys and girls both attend, and many girls who could not walk to a distant school study here, following the government primary curriculum.',
      'There are no fees and books are provided. Talk to the teacher or the village education committee to enrol a child; pupils who finish class five can move on to a government middle school.',
    ],
    ur: [
      'گاؤں کا ایک استاد مختلف عمر کے بچوں کو اکٹھے، عموماً صبح کے وقت پڑھاتا ہے۔ لڑکے اور لڑکیاں دونوں آتے ہیں، اور بہت سی بچیاں جو دور کے اسکول پیدل نہیں جا سکتیں یہاں سرکاری پرائمری نصاب پڑھتی ہیں۔',
      'کوئی فیس نہیں اور کتابیں مہیا کی جاتی ہیں۔ بچے کو داخل کرانے کے لیے استاد یا گاؤں کی تعلیمی کمیٹی سے بات کریں؛ پانچویں جماعت پاس کرنے والے بچے سرکاری مڈل اسکول میں جا سکتے ہیں۔',
    ],
    ps: [
      'د کلي یو ښوونکی د بېلابېلو عمرونو ماشومانو ته یوځای، معمولاً سهار، درس ورکوي. هلکان او نجونې دواړه راځي، او ډېرې نجونې چې لرې ښوونځي ته پلې نه شي تللای دلته د دولتي لومړني ښوونځي نصاب لولي.',
      'فیس نشته او کتابونه ورکول کېږي. د ماشوم د داخلې لپاره له ښوونکي یا د کلي له تعلیمي کمېټې سره خبرې وکړئ؛ هغه ماشومان چې پنځم ټولګی پای ته ورسوي دولتي منځني ښوونځي ته تللای شي.',
    ],
  },
  'Adult Literacy Centre {place}': {
    en: [
      'Classes meet in the afternoon, when housework and fieldwork are done. Learners start with the alphabet and numbers and, by the end of the course, can read a letter, write their name and address, and do the sums needed for shopping and a mobile wallet.',
      'Women’s classes are held in a home or the girls’ school. There is no fee, and learners who pass the final test receive a certificate. Bring a copy of your CNIC to register.',
    ],
    ur: [
      'کلاسیں سہ پہر کو ہوتی ہیں جب گھر اور کھیت کا کام ختم ہو چکا ہو۔ سیکھنے والے حروف تہجی اور گنتی سے شروع کرتے ہیں اور کورس کے آخر تک خط پڑھنا، اپنا نام اور پتہ لکھنا اور خریداری اور موبائل والٹ کا حساب کرنا سیکھ لیتے ہیں۔',
      'خواتین کی کلاسیں کسی گھر یا گرلز اسکول میں ہوتی ہیں۔ کوئی فیس نہیں، اور آخری امتحان پاس کرنے والوں کو سرٹیفکیٹ ملتا ہے۔ اندراج کے لیے شناختی کارڈ کی کاپی لائیں۔',
    ],
    ps: [
      'ټولګي ماسپښین کېږي، کله چې د کور او پټي کار خلاص وي. زده کوونکي له الفبې او شمېرو پیل کوي او د کورس تر پایه لیک لوستل، خپل نوم او پته لیکل، او د سودا او موبایل والټ حساب کول زده کوي.',
      'د ښځو ټولګي په یوه کور یا د نجونو په ښوونځي کې کېږي. فیس نشته، او هغوی چې وروستۍ ازموینه بریالۍ کړي سند ترلاسه کوي. د نوم لیکنې لپاره د خپل د پېژندنې کارت کاپي راوړئ.',
    ],
  },
  'Accelerated Learning Centre {place}': {
    en: [
      'The programme condenses the five primary classes into three levels, so children who dropped out or never enrolled can catch up quickly. Classes are small, taught by trained local teachers, and last about three hours a day.',
      'Children who pass the final test can join class six in a government school. Bring the child’s B-form if there is one; the teacher helps families who have none to register with NADRA.',
    ],
    ur: [
      'یہ پروگرام پرائمری کی پانچ جماعتوں کو تین درجوں میں سمو دیتا ہے، تاکہ اسکول چھوڑ دینے والے یا کبھی داخل نہ ہونے والے بچے جلد کمی پوری کر سکیں۔ کلاسیں چھوٹی ہیں، مقامی تربیت یافتہ اساتذہ پڑھاتے ہیں اور روزانہ تقریباً تین گھنٹے ہوتی ہیں۔',
      'آخری امتحان پاس کرنے والے بچے سرکاری اسکول کی چھٹی جماعت میں داخل ہو سکتے ہیں۔ بچے کا ب فارم ہو تو ساتھ لائیں؛ جن کے پاس نہیں، استاد نادرا میں اندراج میں مدد کرتے ہیں۔',
    ],
    ps: [
      'دا پروګرام د لومړنیو پنځو ټولګیو زده کړه په درېیو کچو کې راټولوي، څو هغه ماشومان چې ښوونځی یې پرېښی یا هېڅ نه وي شامل شوي ژر خپله زده کړه پوره کړي. ټولګي کوچني دي، سیمه ییز روزل شوي ښوونکي یې لري او هره ورځ نږدې درې ساعته کېږي.',
      'هغه ماشومان چې وروستۍ ازموینه بریالۍ کړي د دولتي ښوونځي شپږم ټولګي ته تللای شي. که د ماشوم ب فارم وي راوړئ یې؛ د هغو کورنیو سره چې نه یې لري ښوونکي په نادرا کې د ثبت مرسته کوي.',
    ],
  },
  'Village Hujra, {place}': {
    en: [
      'The hujra is open to visitors and travellers, who are offered tea and a place to rest. Elders meet here to settle disputes, plan village work and share news; weddings, funerals and condolence gatherings are often hosted here too.',
      'Health workers, vaccinators and aid teams use the hujra to meet people, so announcements are often made here first. Ask for the elder (malik) who looks after it before holding a gathering.',
    ],
    ur: [
      'حجرہ مہمانوں اور مسافروں کے لیے کھلا رہتا ہے جنہیں چائے اور آرام کی جگہ پیش کی جاتی ہے۔ بزرگ یہاں تنازعات نمٹانے، گاؤں کے کاموں کی منصوبہ بندی اور خبروں کے تبادلے کے لیے ملتے ہیں؛ شادی، جنازے اور تعزیت کی محفلیں بھی اکثر یہیں ہوتی ہیں۔',
      'ہیلتھ ورکرز، ویکسینیٹرز اور امدادی ٹیمیں لوگوں سے ملنے کے لیے حجرہ استعمال کرتی ہیں، اس لیے اعلانات اکثر پہلے یہیں ہوتے ہیں۔ کوئی اجتماع کرنے سے پہلے حجرے کی دیکھ بھال کرنے والے ملک سے بات کریں۔',
    ],
    ps: [
      'حجره د مېلمنو او مسافرو لپاره پرانیستې وي چې چای او د دمې ځای ورته وړاندې کېږي. مشران دلته د شخړو د هوارولو، د کلي د کارونو د پلان او د خبرونو د شریکولو لپاره سره راټولېږي؛ وادونه، جنازې او تعزیې هم ډېری وخت دلته کېږي.',
      'روغتیايي کارکوونکي، واکسیناتوران او د مرستې ټیمونه له خلکو سره د لیدو لپاره حجره کاروي، نو اعلانونه ډېری وخت لومړی دلته کېږي. د کومې غونډې له جوړولو مخکې له هغه ملک سره خبرې وکړئ چې د حجرې پاملرنه کوي.',
    ],
  },
  'Public Library {district}': {
    en: [
      'Anyone may read in the library free of charge. There are separate reading areas for women and for students preparing for exams, a children’s corner with picture books in Urdu and Pashto, and computers with internet access.',
      'To borrow books, become a member with your CNIC, two photographs and a small refundable deposit. Students can use the Wi-Fi with their student card. Bags are left at the counter.',
    ],
    ur: [
      'کوئی بھی لائبریری میں مفت مطالعہ کر سکتا ہے۔ خواتین اور امتحان کی تیاری کرنے والے طلبہ کے لیے الگ حصے ہیں، بچوں کا گوشہ ہے جس میں اردو اور پشتو کی تصویری کتابیں ہیں، اور انٹرنیٹ والے کمپیوٹر بھی موجود ہیں۔',
      'کتابیں گھر لے جانے کے لیے شناختی کارڈ، دو تصویروں اور معمولی قابلِ واپسی زرِ ضمانت کے ساتھ رکن بنیں۔ طلبہ اپنے اسٹوڈنٹ کارڈ سے وائی فائی استعمال کر سکتے ہیں۔ بستے کاؤنٹر پر رکھوائے جاتے ہیں۔',
    ],
    ps: [
      'هر څوک په کتابتون کې وړیا مطالعه کولای شي. د ښځو او د ازموینو لپاره د چمتو کېدونکو زده کوونکو جلا برخې شته، د ماشومانو کونج په اردو او پښتو انځوریزو کتابونو سره، او د انټرنېټ لرونکي کمپیوټرونه هم شته.',
      'کور ته د کتابونو وړلو لپاره له خپل د پېژندنې کارت، دوو عکسونو او لږې بېرته ورکېدونکې ضمانت پیسې سره غړیتوب واخلئ. زده کوونکي د خپل زده کوونکي کارت سره وای فای کارولای شي. بکسې په کاونټر کې ایښودل کېږي.',
    ],
  },
  'Youth Centre {place}': {
    en: [
      'Young people come after school and work for cricket, football and volleyball, short computer courses, debates and study circles. Volunteers run sessions on careers, first aid and civic rights, and the centre organises tree planting and clean-up days.',
      'Membership is free for anyone aged 15 to 29; register with your CNIC or B-form. Some courses have a small fee and limited seats, so sign up early at the front desk.',
    ],
    ur: [
      'نوجوان اسکول اور کام کے بعد کرکٹ، فٹ بال اور والی بال، کمپیوٹر کے مختصر کورسز، مباحثوں اور مطالعاتی حلقوں کے لیے آتے ہیں۔ رضاکار روزگار، ابتدائی طبی امداد اور شہری حقوق پر نشستیں کرتے ہیں، اور مرکز شجرکاری اور صفائی کے دن بھی مناتا ہے۔',
      '15 سے 29 سال کے ہر فرد کے لیے رکنیت مفت ہے؛ شناختی کارڈ یا ب فارم کے ساتھ اندراج کروائیں۔ کچھ کورسز کی معمولی فیس ہے اور نشستیں محدود ہیں، اس لیے استقبالیہ پر جلد نام لکھوائیں۔',
    ],
    ps: [
      'ځوانان له ښوونځي او کار وروسته د کرکټ، فوټبال او والیبال، د کمپیوټر لنډو کورسونو، مناظرو او مطالعوي حلقو لپاره راځي. رضاکاران د دندو، لومړنیو مرستو او مدني حقونو په اړه غونډې کوي، او مرکز د ونو کرلو او پاکولو ورځې هم جوړوي.',
      'د 15 څخه تر 29 کلونو هر چا لپاره غړیتوب وړیا دی؛ له خپل د پېژندنې کارت یا ب فارم سره نوم ولیکئ. ځیني کورسونه لږ فیس او محدود ځایونه لري، نو په استقبالیه کې ژر نوم ولیکئ.',
    ],
  },
  "Women's Community Centre {place}": {
    en: [
      'Women meet here for health talks by lady health workers, savings groups, literacy and sewing classes, and to borrow books from a small library. Staff can help with CNIC applications, BISP registration and referrals to legal aid.',
      'Men do not enter beyond the reception. Children under six may come with their mothers, and a quiet room is kept for breastfeeding. Ask at the desk for this month’s programme.',
    ],
    ur: [
      'خواتین یہاں لیڈی ہیلتھ ورکرز کی صحت سے متعلق باتوں، بچت گروپوں، خواندگی اور سلائی کی کلاسوں کے لیے ملتی ہیں اور چھوٹی لائبریری سے کتابیں لیتی ہیں۔ عملہ شناختی کارڈ کی درخواست، بی آئی ایس پی میں اندراج اور قانونی امداد کے ریفرل میں مدد کرتا ہے۔',
      'مرد استقبالیہ سے آگے نہیں جاتے۔ چھ سال سے کم عمر بچے ماؤں کے ساتھ آ سکتے ہیں، اور دودھ پلانے کے لیے ایک پرسکون کمرہ رکھا گیا ہے۔ اس مہینے کے پروگرام کے لیے ڈیسک پر پوچھیں۔',
    ],
    ps: [
      'ښځې دلته د ښځینه روغتیايي کارکوونکو د روغتیايي خبرو، د سپما ډلو، د سواد او ګنډلو ټولګیو لپاره سره ګوري او له کوچني کتابتون کتابونه اخلي. کارکوونکي د پېژندنې کارت په غوښتنلیک، په بي آی ایس پي کې نوم لیکنه او قانوني مرستې ته لېږلو کې مرسته کوي.',
      'نارینه له استقبالیې اخوا نه ځي. له شپږو کلونو کم عمره ماشومان له میندو سره راتلای شي، او د تي ورکولو لپاره یوه ارامه خونه شته. د دې میاشتې د پروګرام لپاره له مېز وپوښتئ.',
    ],
  },
}
