import type { BodySeed } from '../types'

/** Bodies of the food, livelihoods and cash assistance templates, keyed by English title. */
export const supportBodies: Record<string, BodySeed> = {
  'Ration Distribution Point, {place}': {
    en: [
      'Baskets are handed out in the first week of each month to households on the register: widows, families with a disabled member, and families whose income was lost in a flood or illness. The committee checks the list every six months.',
      'Bring your ration card and CNIC; a relative can collect for an older or sick person with their card. The basket is heavy, so bring a bag or someone to help carry it. Women and older people have their own queue.',
    ],
    ur: [
      'راشن ہر مہینے کے پہلے ہفتے میں رجسٹر میں درج گھرانوں کو دیا جاتا ہے: بیوائیں، معذور فرد والے خاندان، اور وہ خاندان جن کی آمدنی سیلاب یا بیماری سے ختم ہو گئی۔ کمیٹی ہر چھ ماہ بعد فہرست کی جانچ کرتی ہے۔',
      'اپنا راشن کارڈ اور شناختی کارڈ لائیں؛ بزرگ یا بیمار کے کارڈ کے ساتھ کوئی رشتہ دار بھی وصول کر سکتا ہے۔ راشن بھاری ہوتا ہے، اس لیے تھیلا یا اٹھانے میں مدد کے لیے کسی کو ساتھ لائیں۔ خواتین اور بزرگوں کی الگ قطار ہے۔',
    ],
    ps: [
      'راشن د هرې میاشتې په لومړۍ اونۍ کې په راجستر کې ثبت شویو کورنیو ته ورکول کېږي: کونډې، هغه کورنۍ چې معلول غړی لري، او هغه کورنۍ چې عاید یې په سېلاب یا ناروغۍ کې له منځه تللی. کمېټه هر شپږ میاشتې لړلیک ګوري.',
      'خپل د راشن کارت او د پېژندنې کارت راوړئ؛ د زاړه یا ناروغ کس له کارت سره یو خپلوان هم اخیستلای شي. راشن دروند وي، نو کڅوړه یا د وړلو لپاره مرستندوی راوړئ. ښځې او زاړه خلک خپل جلا کتار لري.',
    ],
  },
  'Langar Khana (Free Kitchen), {place}': {
    en: [
      'Lunch is served from 12:30 and dinner from 19:00, every day including Fridays and holidays: usually bread with lentils or a vegetable curry, and rice with meat once a week. The kitchen is run by a local trust on donations.',
      'Anyone may eat, and no one is asked who they are. Food can be taken away for a sick family member in your own container. Volunteers and donations of flour, rice or cooking oil are welcome at the kitchen door.',
    ],
    ur: [
      'دوپہر کا کھانا 12:30 اور رات کا کھانا 19:00 بجے سے، جمعہ اور چھٹیوں سمیت ہر روز ملتا ہے: عموماً روٹی کے ساتھ دال یا سبزی کا سالن، اور ہفتے میں ایک بار گوشت والے چاول۔ لنگر ایک مقامی ٹرسٹ عطیات سے چلاتا ہے۔',
      'کوئی بھی کھا سکتا ہے، اور کسی سے یہ نہیں پوچھا جاتا کہ وہ کون ہے۔ بیمار گھر والے کے لیے اپنے برتن میں کھانا لے جایا جا سکتا ہے۔ رضاکاروں اور آٹے، چاول یا گھی کے عطیات کا باورچی خانے کے دروازے پر خیرمقدم ہے۔',
    ],
    ps: [
      'د غرمې ډوډۍ له 12:30 او د شپې ډوډۍ له 19:00 بجو، د جمعې او رخصتیو په ګډون هره ورځ ورکول کېږي: معمولاً ډوډۍ له دال یا د سبزیو له ښوروا سره، او په اونۍ کې یو ځل وریجې له غوښې سره. لنګر یو سیمه ییز ټرسټ په بسپنو چلوي.',
      'هر څوک خوړلای شي، او له هېچا نه پوښتل کېږي چې څوک دی. د ناروغ غړي لپاره په خپل لوښي کې ډوډۍ وړل کېدای شي. د رضاکارانو او د اوړو، وریجو یا غوړیو بسپنو هرکلی د پخلنځي په دروازه کېږي.',
    ],
  },
  'Child Nutrition Centre, {place}': {
    en: [
      'A nutrition assistant measures each child’s arm and weight. A child found to be severely malnourished gets packets of therapeutic paste to eat at home and comes back every week or two for a check until recovered; mothers receive supplements and feeding advice.',
      'Children with fever, swelling or who will not eat are sent on to the hospital’s stabilisation ward. Bring the child’s vaccination card and your CNIC, and come before 12:00, as registration closes then.',
    ],
    ur: [
      'غذائیت کی معاون ہر بچے کے بازو کا ناپ اور وزن لیتی ہے۔ شدید غذائی قلت کے شکار بچے کو گھر پر کھانے کے لیے علاجی پیسٹ کے پیکٹ ملتے ہیں اور وہ صحت یاب ہونے تک ہر ایک دو ہفتے بعد معائنے کے لیے آتا ہے؛ ماؤں کو غذائی سپلیمنٹ اور خوراک کے مشورے ملتے ہیں۔',
      'بخار، سوجن والے یا کھانا نہ کھانے والے بچوں کو ہسپتال کے اسٹیبلائزیشن وارڈ بھیجا جاتا ہے۔ بچے کا حفاظتی ٹیکوں کا کارڈ اور اپنا شناختی کارڈ لائیں، اور 12:00 سے پہلے آئیں کیونکہ اس وقت اندراج بند ہو جاتا ہے۔',
    ],
    ps: [
      'د تغذیې مرستیاله د هر ماشوم د لاس اندازه او وزن اخلي. هغه ماشوم چې سخته خوارځواکي ولري په کور کې د خوړلو لپاره د درملیز پیسټ پاکټونه اخلي او تر روغېدو پورې هره یوه یا دوه اونۍ د معاینې لپاره راځي؛ میندو ته غذايي مکملات او د تغذیې مشورې ورکول کېږي.',
      'هغه ماشومان چې تبه، پړسوب لري یا خواړه نه خوري د روغتون د ثبات وارډ ته لېږل کېږي. د ماشوم د واکسین کارت او خپل د پېژندنې کارت راوړئ، او له 12:00 بجو مخکې راشئ ځکه چې نوم لیکنه بیا بندېږي.',
    ],
  },
  'Subsidised Flour Sale Point, {place}': {
    en: [
      'Flour is sold from a government-licensed truck or shop at a price fixed by the Food Department, well below the market rate. Supplies arrive a few times a week and sell out quickly, so the queue forms early.',
      'Each CNIC can buy one bag per visit. The price is written on a board at the point; if you are charged more or given an underweight bag, note the time and report it to the Food Department or the Assistant Commissioner’s office.',
    ],
    ur: [
      'آٹا حکومت سے لائسنس یافتہ ٹرک یا دکان سے محکمہ خوراک کی مقرر کردہ قیمت پر بکتا ہے، جو بازار سے کافی کم ہے۔ سپلائی ہفتے میں چند بار آتی ہے اور جلد ختم ہو جاتی ہے، اس لیے قطار صبح سویرے لگ جاتی ہے۔',
      'ہر شناختی کارڈ پر ایک بار میں ایک تھیلا ملتا ہے۔ قیمت مقام پر بورڈ پر لکھی ہوتی ہے؛ زیادہ پیسے لیے جائیں یا تھیلا کم وزن ہو تو وقت نوٹ کریں اور محکمہ خوراک یا اسسٹنٹ کمشنر کے دفتر میں شکایت کریں۔',
    ],
    ps: [
      'اوړه د حکومت له جواز لرونکي ټرک یا دوکان څخه د خوراکي توکو د ریاست په ټاکلې بیه پلورل کېږي، چې له بازار ډېره ټیټه ده. توکي په اونۍ کې څو ځله راځي او ژر خلاصېږي، نو کتار سهار وختي جوړېږي.',
      'په هر د پېژندنې کارت یو ځل یوه بوجۍ اخیستل کېږي. بیه په ځای کې په تخته لیکل شوې وي؛ که ډېرې پیسې درنه واخیستل شوې یا بوجۍ کم وزن وه، وخت ولیکئ او د خوراکي توکو ریاست یا د اسسټنټ کمشنر دفتر ته شکایت وکړئ.',
    ],
  },
  'Ramadan Food Package Distribution, {place}': {
    en: [
      'Each package holds flour, rice, sugar, lentils, dates, cooking oil and tea, enough for a family for most of the month. Packages are delivered in the first days of Ramadan, at the distribution point or to homes of people who cannot come out.',
      'Names are collected by the mosque committee during Shaban and checked by volunteers. Register with your CNIC and, for widows and orphans, a death certificate or a letter from the union council.',
    ],
    ur: [
      'ہر پیکج میں آٹا، چاول، چینی، دالیں، کھجوریں، گھی اور چائے ہوتی ہے، جو ایک خاندان کے لیے مہینے کے بیشتر حصے کو کافی ہے۔ پیکج رمضان کے ابتدائی دنوں میں تقسیم کے مقام پر، یا باہر نہ نکل سکنے والوں کے گھروں پر پہنچائے جاتے ہیں۔',
      'مسجد کمیٹی شعبان میں نام جمع کرتی ہے اور رضاکار ان کی جانچ کرتے ہیں۔ اپنے شناختی کارڈ کے ساتھ اندراج کروائیں، اور بیواؤں اور یتیموں کے لیے وفات کا سرٹیفکیٹ یا یونین کونسل کا خط لائیں۔',
    ],
    ps: [
      'په هر پکېج کې اوړه، وریجې، بوره، دالونه، خرما، غوړي او چای وي، چې یوې کورنۍ ته د میاشتې ډېره برخه بس دي. پکېجونه د روژې په لومړیو ورځو کې د وېش په ځای کې، یا د هغو کسانو کورونو ته چې نه شي راوتلای، رسول کېږي.',
      'د جومات کمېټه په شعبان کې نومونه راټولوي او رضاکاران یې ګوري. له خپل د پېژندنې کارت سره نوم ولیکئ، او د کونډو او یتیمانو لپاره د مړینې سند یا د یونین کونسل لیک راوړئ.',
    ],
  },
  'Government Technical and Vocational Centre, {place}': {
    en: [
      'Courses mix classroom lessons with practical work in the centre’s workshops, and end with a test set by the provincial trade testing board. Trainees who attend regularly receive a monthly stipend, and the best are placed in apprenticeships.',
      'New batches start in January and July. Applicants should be 16 to 35 and have passed at least middle school for most trades. Bring your CNIC or B-form, school certificates and two photographs to the admissions office.',
    ],
    ur: [
      'کورسز میں کلاس روم کے اسباق کے ساتھ مرکز کی ورکشاپوں میں عملی کام ہوتا ہے، اور آخر میں صوبائی ٹریڈ ٹیسٹنگ بورڈ کا امتحان ہوتا ہے۔ باقاعدہ حاضری والے زیرِ تربیت افراد کو ماہانہ وظیفہ ملتا ہے، اور بہترین کو اپرنٹس شپ دلوائی جاتی ہے۔',
      'نئے بیچ جنوری اور جولائی میں شروع ہوتے ہیں۔ امیدوار کی عمر 16 سے 35 سال ہو اور زیادہ تر شعبوں کے لیے کم از کم مڈل پاس ہو۔ داخلہ دفتر میں شناختی کارڈ یا ب فارم، تعلیمی اسناد اور دو تصویریں لائیں۔',
    ],
    ps: [
      'کورسونه د ټولګي درسونه د مرکز په ورکشاپونو کې له عملي کار سره ګډوي، او په پای کې د صوبايي مسلکي ازموینې بورډ ازموینه وي. هغه زده کوونکي چې منظم حاضرېږي میاشتنۍ وظیفه اخلي، او غوره یې د کار زده کړې ځایونو ته لېږل کېږي.',
      'نوې ډلې په جنوري او جولای کې پیلېږي. غوښتونکي دې له 16 تر 35 کلونو وي او د ډېرو مسلکونو لپاره لږ تر لږه منځنی ښوونځی یې پای ته رسولی وي. د داخلې دفتر ته د پېژندنې کارت یا ب فارم، ښوونیز سندونه او دوه عکسونه راوړئ.',
    ],
  },
  "Women's Skills and Embroidery Centre, {place}": {
    en: [
      'Women learn cutting and stitching, machine and hand embroidery, and how to price, package and sell what they make. Each course ends with a small exhibition, and traders from the bazaar come to place orders.',
      'Classes are held in the afternoon, and a room is kept for young children. Women who finish the course can borrow a sewing machine or apply for a small loan to start work at home. Bring your CNIC to register.',
    ],
    ur: [
      'خواتین کٹائی اور سلائی، مشین اور ہاتھ کی کڑھائی، اور اپنی بنائی ہوئی چیزوں کی قیمت لگانا، پیکنگ اور فروخت سیکھتی ہیں۔ ہر کورس کے آخر میں چھوٹی نمائش ہوتی ہے، اور بازار کے تاجر آرڈر دینے آتے ہیں۔',
      'کلاسیں سہ پہر کو ہوتی ہیں، اور چھوٹے بچوں کے لیے ایک کمرہ رکھا گیا ہے۔ کورس مکمل کرنے والی خواتین سلائی مشین ادھار لے سکتی ہیں یا گھر پر کام شروع کرنے کے لیے چھوٹے قرض کی درخواست دے سکتی ہیں۔ اندراج کے لیے شناختی کارڈ لائیں۔',
    ],
    ps: [
      'ښځې پرې کول او ګنډل، د ماشین او لاس ګلدوزي، او د خپلو جوړو شویو توکو بیه ټاکل، بسته بندي او پلورل زده کوي. د هر کورس په پای کې کوچنی نندارتون جوړېږي، او د بازار سوداګر د فرمایش لپاره راځي.',
      'ټولګي ماسپښین کېږي، او د وړو ماشومانو لپاره یوه خونه ځانګړې شوې ده. هغه ښځې چې کورس پای ته ورسوي د ګنډلو ماشین په پور اخیستلای شي یا په کور کې د کار پیلولو لپاره د کوچني پور غوښتنه کولای شي. د نوم لیکنې لپاره د پېژندنې کارت راوړئ.',
    ],
  },
  'Job Placement Desk, {district}': {
    en: [
      'Staff help you write a CV, register on the provincial and overseas employment portals, and prepare for interviews. Local employers send vacancies and apprenticeships to the desk, which are pinned on the notice board every week.',
      'Bring your CNIC, certificates and any letters from past employers. For work abroad, ask about the Overseas Employment Promoters licensed by the government, and never pay an agent who cannot show a licence.',
    ],
    ur: [
      'عملہ سی وی لکھنے، صوبائی اور بیرونِ ملک روزگار کے پورٹلز پر اندراج اور انٹرویو کی تیاری میں مدد کرتا ہے۔ مقامی آجر خالی آسامیاں اور اپرنٹس شپس ڈیسک کو بھیجتے ہیں، جو ہر ہفتے نوٹس بورڈ پر لگائی جاتی ہیں۔',
      'شناختی کارڈ، اسناد اور پچھلے آجروں کے خطوط لائیں۔ بیرونِ ملک کام کے لیے حکومت سے لائسنس یافتہ اوورسیز ایمپلائمنٹ پروموٹرز کے بارے میں پوچھیں، اور کسی ایسے ایجنٹ کو کبھی پیسے نہ دیں جو لائسنس نہ دکھا سکے۔',
    ],
    ps: [
      'کارکوونکي د سي وي لیکلو، د صوبايي او بهرني کار په پورټلونو کې نوم لیکنې او د مرکې چمتووالي کې مرسته کوي. سیمه ییز کارګمارونکي تشې دندې او د کار زده کړې ځایونه مېز ته لېږي، چې هره اونۍ د خبرتیا په تخته لګول کېږي.',
      'د پېژندنې کارت، سندونه او د پخوانیو کارګمارونکو لیکونه راوړئ. د بهر د کار لپاره د حکومت د جواز لرونکو بهرني کار ګمارونکو په اړه وپوښتئ، او هېڅکله هغه اجنټ ته پیسې مه ورکوئ چې جواز نه شي ښودلای.',
    ],
  },
  'Interest-free Loans Office, {place}': {
    en: [
      'Loans are given to buy a sewing machine, livestock, a handcart or stock for a small shop. A loan officer visits the home and business first, and repayments are collected each month at the office or through a mobile wallet.',
      'Apply with your CNIC, a simple plan of what the money is for, and two guarantors from the community. Women can apply in their own name. There is no interest and no fee; anyone asking for money to approve a loan should be reported.',
    ],
    ur: [
      'قرض سلائی مشین، مویشی، ریڑھی یا چھوٹی دکان کا سامان خریدنے کے لیے دیا جاتا ہے۔ لون آفیسر پہلے گھر اور کاروبار دیکھنے آتا ہے، اور اقساط ہر مہینے دفتر میں یا موبائل والٹ کے ذریعے وصول کی جاتی ہیں۔',
      'شناختی کارڈ، رقم کے استعمال کا سادہ منصوبہ اور برادری سے دو ضامنوں کے ساتھ درخواست دیں۔ خواتین اپنے نام پر درخواست دے سکتی ہیں۔ کوئی سود یا فیس نہیں؛ قرض منظور کرنے کے لیے پیسے مانگنے والے کی شکایت کریں۔',
    ],
    ps: [
      'پورونه د ګنډلو ماشین، څارویو، لاسي ګاډي یا د کوچني دوکان د توکو د اخیستلو لپاره ورکول کېږي. د پور افسر لومړی کور او کاروبار ګوري، او قسطونه هره میاشت په دفتر کې یا د موبایل والټ له لارې اخیستل کېږي.',
      'له خپل د پېژندنې کارت، د پیسو د لګولو له ساده پلان او د ټولنې له دوو ضامنانو سره غوښتنلیک ورکړئ. ښځې په خپل نوم غوښتنلیک ورکولای شي. سود او فیس نشته؛ څوک چې د پور د منظورۍ لپاره پیسې غواړي شکایت یې وکړئ.',
    ],
  },
  'Agriculture Extension Office, {place}': {
    en: [
      'Field assistants visit villages to advise on sowing dates, seed varieties, fertiliser, irrigation and pests, and run demonstration plots. The office sells certified wheat and maize seed at subsidised prices before each sowing season.',
      'Livestock vaccination camps are announced at the office and through village elders. Bring your CNIC and, for subsidies, proof of land or a tenancy agreement. Samples of diseased plants can be brought for advice.',
    ],
    ur: [
      'فیلڈ اسسٹنٹ دیہات کا دورہ کر کے بوائی کے وقت، بیج کی اقسام، کھاد، آبپاشی اور کیڑوں کے بارے میں مشورہ دیتے ہیں اور نمائشی کھیت لگاتے ہیں۔ دفتر ہر بوائی کے موسم سے پہلے گندم اور مکئی کا تصدیق شدہ بیج رعایتی قیمت پر بیچتا ہے۔',
      'مویشیوں کو حفاظتی ٹیکے لگانے کے کیمپوں کا اعلان دفتر اور گاؤں کے بزرگوں کے ذریعے ہوتا ہے۔ شناختی کارڈ اور رعایت کے لیے زمین کا ثبوت یا مزارعت کا معاہدہ لائیں۔ مشورے کے لیے بیمار پودوں کے نمونے بھی لائے جا سکتے ہیں۔',
    ],
    ps: [
      'ساحوي مرستیالان کلیو ته ځي او د کرلو د وخت، د تخم ډولونو، سرې، اوبو لګولو او آفتونو په اړه مشوره ورکوي، او نمایشي پټي جوړوي. دفتر د هر کرلو موسم مخکې د غنمو او جوارو تصدیق شوی تخم په ارزانه بیه پلوري.',
      'د څارویو د واکسین کمپونو اعلان په دفتر کې او د کلي د مشرانو له لارې کېږي. د پېژندنې کارت او د مرستې لپاره د ځمکې ثبوت یا د بزګرۍ تړون راوړئ. د مشورې لپاره د ناروغو بوټو نمونې هم راوړل کېدای شي.',
    ],
  },
  'Benazir Income Support Programme Centre, {district}': {
    en: [
      'Staff carry out the survey that decides eligibility, update family details, and tell women whether they qualify for Kafaalat payments, education stipends for their children or the nutrition programme. Payments are collected from partner banks or retailers with a fingerprint.',
      'The woman herself must come, with her CNIC. You can first check your status by sending your CNIC number by SMS to 8171. Never give your PIN or pay anyone who promises to get you enrolled.',
    ],
    ur: [
      'عملہ اہلیت طے کرنے والا سروے کرتا ہے، خاندانی کوائف تازہ کرتا ہے، اور خواتین کو بتاتا ہے کہ آیا وہ کفالت کی ادائیگیوں، بچوں کے تعلیمی وظائف یا غذائیت کے پروگرام کی اہل ہیں۔ ادائیگیاں انگوٹھے کے نشان سے شراکت دار بینکوں یا دکانداروں سے وصول ہوتی ہیں۔',
      'عورت کو خود اپنے شناختی کارڈ کے ساتھ آنا ضروری ہے۔ پہلے اپنا شناختی کارڈ نمبر 8171 پر ایس ایم ایس کر کے حیثیت معلوم کر سکتی ہیں۔ کسی کو اپنا پن نہ بتائیں اور اندراج کا وعدہ کرنے والے کسی شخص کو پیسے نہ دیں۔',
    ],
    ps: [
      'کارکوونکي هغه سروې کوي چې وړتیا ټاکي، د کورنۍ معلومات تازه کوي، او ښځو ته وايي چې ایا د کفالت تادیاتو، د ماشومانو د ښوونیزو وظیفو یا د تغذیې پروګرام وړ دي. تادیات د ګوتې په نښه له همکارو بانکونو یا دوکاندارانو اخیستل کېږي.',
      'ښځه باید پخپله له خپل د پېژندنې کارت سره راشي. لومړی کولای شئ خپل د پېژندنې کارت شمېره 8171 ته د اېس اېم اېس په توګه ولېږئ او خپل حالت معلوم کړئ. خپل پن چا ته مه ورکوئ او هغه چا ته پیسې مه ورکوئ چې د نوم لیکنې ژمنه کوي.',
    ],
  },
  'Mobile Wallet Help Desk, {place}': {
    en: [
      'Staff help you open a mobile wallet or a basic bank account with just your CNIC and a phone SIM in your own name, then show you how to check the balance, withdraw at a shop, pay bills and send money to family.',
      'Women can be helped by a woman staff member. Keep your PIN secret: no bank or programme will ever call asking for it. If money goes missing, report it at once through the wallet’s helpline and at this desk.',
    ],
    ur: [
      'عملہ صرف شناختی کارڈ اور اپنے نام کی سم کے ساتھ موبائل والٹ یا بنیادی بینک اکاؤنٹ کھولنے میں مدد کرتا ہے، پھر بیلنس دیکھنا، دکان سے رقم نکالنا، بل ادا کرنا اور گھر والوں کو پیسے بھیجنا سکھاتا ہے۔',
      'خواتین کی مدد خاتون عملہ کرتی ہے۔ اپنا پن خفیہ رکھیں: کوئی بینک یا پروگرام کبھی فون کر کے پن نہیں مانگتا۔ رقم غائب ہو جائے تو فوراً والٹ کی ہیلپ لائن اور اس ڈیسک پر شکایت کریں۔',
    ],
    ps: [
      'کارکوونکي یوازې د پېژندنې کارت او ستاسو په نوم سیم سره د موبایل والټ یا اساسي بانکي حساب په پرانیستلو کې مرسته کوي، بیا بیلانس کتل، له دوکان پیسې ایستل، بلونه ورکول او کورنۍ ته پیسې لېږل درښيي.',
      'له ښځو سره ښځینه کارکوونکې مرسته کوي. خپل پن پټ وساتئ: هېڅ بانک یا پروګرام به هېڅکله زنګ ونه وهي چې پن وغواړي. که پیسې ورکې شوې، سمدستي د والټ مرستندوی لیکې او دې مېز ته شکایت وکړئ.',
    ],
  },
  'Zakat Committee, {place}': {
    en: [
      'The committee is made up of local volunteers who identify deserving families — widows, orphans, older people without support, people who are sick or disabled — and pay the monthly allowance from the district zakat fund.',
      'Apply on the committee’s form with your CNIC and a letter from the imam or local councillor confirming your situation. Members visit applicants at home before approval. Marriage and medical grants need a separate application.',
    ],
    ur: [
      'کمیٹی مقامی رضاکاروں پر مشتمل ہے جو مستحق خاندانوں، جیسے بیواؤں، یتیموں، بے سہارا بزرگوں اور بیمار یا معذور افراد، کی نشاندہی کرتے ہیں اور ضلعی زکوٰۃ فنڈ سے ماہانہ گزارہ الاؤنس دیتے ہیں۔',
      'کمیٹی کے فارم پر اپنے شناختی کارڈ اور امام مسجد یا مقامی کونسلر کے تصدیقی خط کے ساتھ درخواست دیں۔ منظوری سے پہلے اراکین درخواست گزار کے گھر آتے ہیں۔ شادی اور علاج کی امداد کے لیے الگ درخواست دینی ہوتی ہے۔',
    ],
    ps: [
      'کمېټه له سیمه ییزو رضاکارانو جوړه ده چې مستحقې کورنۍ، لکه کونډې، یتیمان، بې سرپرسته زاړه خلک او ناروغ یا معلول کسان، پېژني او د ضلعي زکات له صندوق میاشتنۍ مرسته ورکوي.',
      'د کمېټې په فورمه له خپل د پېژندنې کارت او د امام یا سیمه ییز کونسلر له تصدیقي لیک سره غوښتنلیک ورکړئ. غړي له منظورۍ مخکې د غوښتونکي کور ته ورځي. د واده او درملنې مرستې جلا غوښتنلیک غواړي.',
    ],
  },
  'Cash Assistance for Flood-Affected Families, {place}': {
    en: [
      'A survey team visits flood-hit villages and records damaged homes and lost livelihoods. Households that are verified receive an SMS with the date and place to collect, or the money arrives directly in the woman’s mobile wallet.',
      'Keep the SMS and your CNIC ready. If you were missed by the survey or your payment has not arrived, call the complaints number on this page or come to the help desk at the union council; nobody may charge a fee or take a share.',
    ],
    ur: [
      'سروے ٹیم سیلاب زدہ دیہات کا دورہ کر کے تباہ شدہ گھروں اور ختم ہونے والے روزگار کا اندراج کرتی ہے۔ تصدیق شدہ گھرانوں کو وصولی کی تاریخ اور جگہ کا ایس ایم ایس ملتا ہے، یا رقم براہِ راست خاتون کے موبائل والٹ میں آ جاتی ہے۔',
      'ایس ایم ایس اور شناختی کارڈ سنبھال کر رکھیں۔ اگر سروے میں آپ کا نام رہ گیا یا ادائیگی نہیں پہنچی تو اس صفحے پر دیے گئے شکایتی نمبر پر کال کریں یا یونین کونسل کے ہیلپ ڈیسک پر آئیں؛ کوئی فیس یا حصہ نہیں لے سکتا۔',
    ],
    ps: [
      'د سروې ټیم سېلاب ځپلو کلیو ته ځي او وران شوي کورونه او له لاسه وتلي روزګارونه ثبتوي. تایید شوې کورنۍ د اخیستلو د نېټې او ځای اېس اېم اېس ترلاسه کوي، یا پیسې نېغ د ښځې موبایل والټ ته ورځي.',
      'اېس اېم اېس او د پېژندنې کارت تیار وساتئ. که په سروې کې پاتې شوي یاست یا پیسې مو نه دي رسېدلې، په دې پاڼه ورکړل شوې د شکایت شمېرې ته زنګ ووهئ یا د یونین کونسل مرستندوی مېز ته راشئ؛ هېڅوک فیس یا ونډه نه شي اخیستلای.',
    ],
  },
  'Old-Age Pension Help Desk, {district}': {
    en: [
      'Staff fill in pension and allowance forms, follow up applications with the social welfare and accounts offices, and help fix common problems: an expired CNIC, a name spelled differently on two documents, or a bank account closed for inactivity.',
      'Bring your CNIC, your pension book or last payment slip, and for widows the husband’s death certificate. Older people are seated and served first; a relative may come on their behalf with a signed authority letter.',
    ],
    ur: [
      'عملہ پنشن اور الاؤنس کے فارم بھرتا ہے، سماجی بہبود اور اکاؤنٹس کے دفاتر میں درخواستوں کی پیروی کرتا ہے، اور عام مسائل حل کرنے میں مدد دیتا ہے: میعاد ختم شناختی کارڈ، دو دستاویزات پر نام کے مختلف ہجے، یا غیر فعال ہونے پر بند بینک اکاؤنٹ۔',
      'شناختی کارڈ، پنشن بک یا آخری ادائیگی کی رسید، اور بیواؤں کے لیے شوہر کا وفات کا سرٹیفکیٹ لائیں۔ بزرگوں کو بٹھا کر پہلے نمٹایا جاتا ہے؛ دستخط شدہ اختیار نامے کے ساتھ کوئی رشتہ دار ان کی جگہ آ سکتا ہے۔',
    ],
    ps: [
      'کارکوونکي د تقاعد او مرستو فورمې ډکوي، د ټولنیزې هوساینې او حسابونو په دفترونو کې د غوښتنلیکونو تعقیب کوي، او د عامو ستونزو په حل کې مرسته کوي: د پېژندنې تېر شوی کارت، په دوو اسنادو کې په بېل ډول لیکل شوی نوم، یا د نه کارولو له امله تړل شوی بانکي حساب.',
      'د پېژندنې کارت، د تقاعد کتابچه یا د وروستي تادیې رسید، او د کونډو لپاره د مېړه د مړینې سند راوړئ. زاړه خلک کېنول کېږي او لومړی یې کار کېږي؛ یو خپلوان د لاسلیک شوي واک لیک سره د هغوی پر ځای راتلای شي.',
    ],
  },
}
