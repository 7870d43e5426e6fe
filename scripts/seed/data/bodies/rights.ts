import type { BodySeed } from '../types'

/** Bodies of the legal aid, protection and documents templates, keyed by English title. */
export const rightsBodies: Record<string, BodySeed> = {
  'Legal Aid Desk, District Courts {district}': {
    en: [
      'The desk is in the court building, near the entrance to the civil courts. A lawyer on duty explains the case, the next hearing and what papers are needed, and can draft a bail application or a petition on the spot.',
      'People who cannot afford a lawyer can ask the District Legal Empowerment Committee to appoint one free of charge. Bring your CNIC and every document you have about the case: FIR copy, court notices, agreements.',
    ],
    ur: [
      'ڈیسک عدالت کی عمارت میں سول عدالتوں کے داخلی راستے کے قریب ہے۔ ڈیوٹی پر موجود وکیل مقدمہ، اگلی پیشی اور درکار کاغذات سمجھاتا ہے اور وہیں ضمانت کی درخواست یا عرضی تیار کر سکتا ہے۔',
      'جو لوگ وکیل کا خرچ نہیں اٹھا سکتے وہ ڈسٹرکٹ لیگل ایمپاورمنٹ کمیٹی سے مفت وکیل مقرر کرنے کی درخواست کر سکتے ہیں۔ اپنا شناختی کارڈ اور مقدمے کی تمام دستاویزات لائیں: ایف آئی آر کی کاپی، عدالتی نوٹس اور معاہدے۔',
    ],
    ps: [
      'مېز د محکمې په ودانۍ کې، د مدني محکمو د ننوتو ځای ته نږدې دی. په دنده وکیل قضیه، راتلونکې اورېدنه او اړین کاغذونه درته تشریح کوي او همالته د ضمانت غوښتنلیک یا عریضه لیکلای شي.',
      'هغه خلک چې د وکیل لګښت نه شي ورکولای د ضلعي قانوني پیاوړتیا کمېټې څخه د وړیا وکیل د ټاکلو غوښتنه کولای شي. خپل د پېژندنې کارت او د قضیې ټول اسناد راوړئ: د ایف آی آر کاپي، د محکمې خبرتیاوې او تړونونه.',
    ],
  },
  "Women's Legal Help Centre, {place}": {
    en: [
      'Women lawyers explain a woman’s rights under family and inheritance law, help her recover dower and maintenance, and take cases to the family court where needed. Counsellors are on hand for women who have faced violence.',
      'A first meeting is private and free, and a woman may bring a relative or come alone. Bring your CNIC and any nikah nama, court papers or land records you have; if you have none, come anyway.',
    ],
    ur: [
      'خواتین وکلاء عائلی اور وراثتی قوانین کے تحت عورت کے حقوق سمجھاتی ہیں، حق مہر اور نان نفقہ دلوانے میں مدد کرتی ہیں، اور ضرورت ہو تو مقدمہ فیملی کورٹ میں لے جاتی ہیں۔ تشدد کا سامنا کرنے والی خواتین کے لیے مشیر موجود ہیں۔',
      'پہلی ملاقات نجی اور مفت ہے، اور عورت کسی رشتہ دار کے ساتھ یا اکیلی آ سکتی ہے۔ اپنا شناختی کارڈ اور نکاح نامہ، عدالتی کاغذات یا زمین کا ریکارڈ جو بھی ہو لائیں؛ کچھ نہ ہو تب بھی آئیں۔',
    ],
    ps: [
      'ښځینه وکیلانې د کورنۍ او میراث د قوانینو له مخې د ښځې حقونه تشریح کوي، د مهر او نفقې په ترلاسه کولو کې مرسته کوي، او که اړتیا وي قضیه د کورنۍ محکمې ته وړي. د تاوتریخوالي ځپلو ښځو لپاره مشاورې شته.',
      'لومړۍ لیدنه پټه او وړیا ده، او ښځه له یوه خپلوان سره یا یوازې راتلای شي. خپل د پېژندنې کارت او نکاح نامه، د محکمې کاغذونه یا د ځمکې اسناد چې لرئ راوړئ؛ که هېڅ نه لرئ، بیا هم راشئ.',
    ],
  },
  'Refugee Legal Assistance Centre, {place}': {
    en: [
      'Lawyers explain what documents an Afghan family needs to stay, work, study or return, and help when a PoR card has expired or been lost. If a relative has been arrested or detained, the centre can send a lawyer to the police station.',
      'Advice is free and confidential, in Dari, Pashto and Urdu. Bring every document you have, including photocopies and photographs of papers; come even if you have no documents at all.',
    ],
    ur: [
      'وکلاء بتاتے ہیں کہ افغان خاندان کو رہنے، کام کرنے، پڑھنے یا واپس جانے کے لیے کون سی دستاویزات درکار ہیں، اور پی او آر کارڈ کی مدت ختم ہونے یا گم ہونے پر مدد کرتے ہیں۔ کسی رشتہ دار کی گرفتاری یا حراست کی صورت میں مرکز تھانے میں وکیل بھیج سکتا ہے۔',
      'مشورہ مفت اور راز دارانہ ہے، دری، پشتو اور اردو میں۔ جو بھی دستاویزات ہوں لائیں، بشمول فوٹو کاپیاں اور کاغذات کی تصویریں؛ کوئی دستاویز نہ ہو تب بھی آئیں۔',
    ],
    ps: [
      'وکیلان تشریح کوي چې یوه افغان کورنۍ د اوسېدو، کار، زده کړې یا بېرته تګ لپاره کوم اسناد ته اړتیا لري، او کله چې د پي او آر کارډ موده پای ته ورسي یا ورک شي مرسته کوي. که یو خپلوان نیول شوی یا بندي شوی وي، مرکز تھانې ته وکیل لېږلای شي.',
      'مشوره وړیا او پټه ده، په دري، پښتو او اردو ژبو. هر سند چې لرئ راوړئ، د کاغذونو فوټو کاپي او عکسونه هم؛ که هېڅ سند نه لرئ هم راشئ.',
    ],
  },
  'Dispute Resolution Council, {place}': {
    en: [
      'The council sits on Tuesdays and Saturdays at the police station. A panel of respected elders, lawyers and retired officials hears both sides together and proposes a settlement; nothing is decided without both parties’ agreement.',
      'Apply in writing at the station, or ask the police to refer your case. Both sides bring their CNICs and any witnesses or papers. Agreed settlements are written down and signed; criminal cases still go to court.',
    ],
    ur: [
      'کونسل منگل اور ہفتے کو تھانے میں بیٹھتی ہے۔ معزز بزرگوں، وکلاء اور ریٹائرڈ افسران کا پینل دونوں فریقوں کو اکٹھے سنتا ہے اور تصفیہ تجویز کرتا ہے؛ دونوں کی رضامندی کے بغیر کوئی فیصلہ نہیں ہوتا۔',
      'تھانے میں تحریری درخواست دیں، یا پولیس سے اپنا معاملہ کونسل کو بھیجنے کا کہیں۔ دونوں فریق شناختی کارڈ اور گواہ یا کاغذات ساتھ لائیں۔ طے شدہ تصفیہ لکھ کر دستخط کیا جاتا ہے؛ فوجداری مقدمات پھر بھی عدالت میں جاتے ہیں۔',
    ],
    ps: [
      'شورا د درېنۍ او اونۍ په ورځو په تھانه کې کېني. د درنو مشرانو، وکیلانو او تقاعد شویو چارواکو پینل دواړه غاړې یوځای اوري او روغه جوړه وړاندیز کوي؛ د دواړو غاړو له رضا پرته هېڅ پرېکړه نه کېږي.',
      'په تھانه کې لیکلی غوښتنلیک ورکړئ، یا له پولیسو وغواړئ چې ستاسو قضیه شورا ته ولېږي. دواړه غاړې دې خپل د پېژندنې کارتونه او شاهدان یا کاغذونه راوړي. منل شوې روغه جوړه لیکل کېږي او لاسلیک کېږي؛ جنايي قضیې بیا هم محکمې ته ځي.',
    ],
  },
  'Free Legal Clinic, {district} Bar Association': {
    en: [
      'Every Thursday afternoon, volunteer advocates sit in the bar room and see people in order of arrival. They explain what the law says, write applications to government offices, and help draft a police complaint when a station refuses to register one.',
      'The clinic does not take fees or cases of its own, but can refer you to a lawyer who takes cases free. Bring your CNIC and any papers; women can ask to see a woman advocate.',
    ],
    ur: [
      'ہر جمعرات سہ پہر رضاکار وکلاء بار روم میں بیٹھ کر آمد کی ترتیب سے لوگوں سے ملتے ہیں۔ وہ قانون سمجھاتے ہیں، سرکاری دفاتر کے لیے درخواستیں لکھتے ہیں، اور تھانہ رپورٹ درج نہ کرے تو پولیس شکایت تیار کرنے میں مدد دیتے ہیں۔',
      'کلینک فیس نہیں لیتا اور خود مقدمات نہیں لڑتا، لیکن آپ کو ایسے وکیل کے پاس بھیج سکتا ہے جو مفت مقدمہ لیتا ہو۔ شناختی کارڈ اور کاغذات لائیں؛ خواتین کسی خاتون وکیل سے ملنے کا کہہ سکتی ہیں۔',
    ],
    ps: [
      'هره پنجشنبه ماسپښین رضاکار وکیلان د بار په خونه کې کېني او خلک د راتګ په ترتیب ګوري. هغوی قانون تشریح کوي، دولتي دفترونو ته غوښتنلیکونه لیکي، او کله چې تھانه شکایت نه ثبتوي د پولیسو شکایت په لیکلو کې مرسته کوي.',
      'کلینیک فیس نه اخلي او پخپله قضیې نه پرمخ وړي، خو تاسو داسې وکیل ته لېږلای شي چې وړیا قضیې اخلي. د پېژندنې کارت او کاغذونه راوړئ؛ ښځې کولای شي د ښځینه وکیلې د لیدو غوښتنه وکړي.',
    ],
  },
  'Women and Girls Safe Space, {place}': {
    en: [
      'Only women and girls come in. They meet for tea, support groups, sewing and literacy classes and talks on health and rights, and a case worker is there to listen privately to anyone who has faced violence or is afraid at home.',
      'With her agreement, a woman can be referred to a doctor, a lawyer, a shelter or the police, and a case worker can go with her. Nothing is shared without her consent. No documents are needed.',
    ],
    ur: [
      'یہاں صرف خواتین اور لڑکیاں آتی ہیں۔ وہ چائے، معاون گروپوں، سلائی اور خواندگی کی کلاسوں اور صحت و حقوق پر گفتگو کے لیے ملتی ہیں، اور کیس ورکر ہر اس عورت کی بات الگ سے سنتی ہے جسے تشدد کا سامنا ہو یا گھر میں خوف ہو۔',
      'اس کی رضامندی سے عورت کو ڈاکٹر، وکیل، پناہ گاہ یا پولیس کے پاس بھیجا جا سکتا ہے، اور کیس ورکر ساتھ جا سکتی ہے۔ اس کی اجازت کے بغیر کچھ نہیں بتایا جاتا۔ کسی دستاویز کی ضرورت نہیں۔',
    ],
    ps: [
      'دلته یوازې ښځې او نجونې راځي. هغوی د چای، ملاتړي ډلو، ګنډلو او سواد ټولګیو او د روغتیا او حقونو په اړه خبرو لپاره سره ګوري، او د قضیو کارکوونکې د هرې هغې ښځې خبرې په جلا توګه اوري چې له تاوتریخوالي سره مخ وي یا په کور کې وېرېږي.',
      'د هغې په رضا ښځه ډاکټر، وکیل، پناه ځای یا پولیسو ته لېږل کېدای شي، او د قضیو کارکوونکې ورسره تللای شي. د هغې له اجازې پرته هېڅ نه ویل کېږي. هېڅ سند ته اړتیا نشته.',
    ],
  },
  'Child Protection Unit, {district}': {
    en: [
      'Social welfare officers follow up every report about a child at risk: they visit the family, work out a safety plan and can place a child in temporary care. They also trace families of lost children and take children out of harmful work.',
      'Anyone can report a child in danger, and the reporter’s name is kept confidential. Call the unit or come to the social welfare office in {district}; in an emergency, call the police on 15.',
    ],
    ur: [
      'سماجی بہبود کے افسران خطرے میں کسی بچے کی ہر اطلاع پر کارروائی کرتے ہیں: خاندان سے ملتے ہیں، حفاظتی منصوبہ بناتے ہیں اور بچے کو عارضی نگہداشت میں رکھوا سکتے ہیں۔ وہ گمشدہ بچوں کے خاندانوں کو بھی تلاش کرتے ہیں اور بچوں کو نقصان دہ مشقت سے نکالتے ہیں۔',
      'کوئی بھی خطرے میں بچے کی اطلاع دے سکتا ہے، اور اطلاع دینے والے کا نام خفیہ رکھا جاتا ہے۔ یونٹ کو فون کریں یا {district} میں سماجی بہبود کے دفتر آئیں؛ ہنگامی صورت میں پولیس کو 15 پر کال کریں۔',
    ],
    ps: [
      'د ټولنیزې هوساینې افسران د خطر سره مخ ماشوم د هر راپور تعقیب کوي: له کورنۍ سره ګوري، د خوندیتوب پلان جوړوي او ماشوم لنډمهاله ساتنې ته سپارلای شي. هغوی د ورکو ماشومانو کورنۍ هم پیدا کوي او ماشومان له زیانمنو کارونو باسي.',
      'هر څوک کولای شي د خطر سره مخ ماشوم راپور ورکړي، او د راپور ورکوونکي نوم پټ ساتل کېږي. یونټ ته زنګ ووهئ یا په {district} کې د ټولنیزې هوساینې دفتر ته راشئ؛ په بیړني حالت کې پولیسو ته په 15 زنګ ووهئ.',
    ],
  },
  'Women Police Desk, {place} Police Station': {
    en: [
      'The desk has its own entrance and a room where a woman can speak to a woman officer without men present. Officers register complaints of harassment, domestic violence and threats, and can arrange a medical examination and protection.',
      'A woman may bring a relative, a lawyer or a case worker. Ask for a copy of the FIR or the complaint receipt; it costs nothing. If the desk does not help, call the police helpline 15 or the women’s helpline.',
    ],
    ur: [
      'ڈیسک کا اپنا داخلی راستہ اور ایک کمرہ ہے جہاں عورت مردوں کی موجودگی کے بغیر خاتون اہلکار سے بات کر سکتی ہے۔ اہلکار ہراسانی، گھریلو تشدد اور دھمکیوں کی شکایات درج کرتی ہیں اور طبی معائنے اور تحفظ کا انتظام کر سکتی ہیں۔',
      'عورت کسی رشتہ دار، وکیل یا کیس ورکر کو ساتھ لا سکتی ہے۔ ایف آئی آر یا شکایت کی رسید کی کاپی مانگیں؛ اس کی کوئی فیس نہیں۔ ڈیسک مدد نہ کرے تو پولیس ہیلپ لائن 15 یا خواتین ہیلپ لائن پر کال کریں۔',
    ],
    ps: [
      'مېز خپله دروازه او یوه خونه لري چې ښځه پکې د نارینه وو له شتون پرته له ښځینه افسرې سره خبرې کولای شي. افسرانې د ځورونې، کورني تاوتریخوالي او ګواښونو شکایتونه ثبتوي او طبي معاینه او ساتنه برابرولای شي.',
      'ښځه کولای شي یو خپلوان، وکیل یا د قضیو کارکوونکې له ځانه سره راولي. د ایف آی آر یا د شکایت د رسید کاپي وغواړئ؛ هېڅ پیسې نه لګي. که مېز مرسته ونه کړي، د پولیسو مرستندوی لیکې 15 یا د ښځو مرستندوی لیکې ته زنګ ووهئ.',
    ],
  },
  'Child Friendly Space, {place}': {
    en: [
      'Trained facilitators run games, drawing, storytelling, sport and basic reading and maths in a safe, fenced space. Younger and older children, and girls and boys where families prefer, have separate sessions.',
      'Parents register their children at the gate; no documents are needed. Facilitators notice children who seem very withdrawn, frightened or unwell and, with the parents, refer them to a counsellor or health worker.',
    ],
    ur: [
      'تربیت یافتہ سہولت کار ایک محفوظ، چار دیواری والی جگہ میں کھیل، ڈرائنگ، کہانیاں، کھیل کود اور بنیادی پڑھائی اور حساب کراتے ہیں۔ چھوٹے اور بڑے بچوں کی، اور خاندان چاہیں تو لڑکیوں اور لڑکوں کی، الگ نشستیں ہوتی ہیں۔',
      'والدین دروازے پر بچوں کا اندراج کرواتے ہیں؛ کسی دستاویز کی ضرورت نہیں۔ سہولت کار ان بچوں پر نظر رکھتے ہیں جو بہت خاموش، خوفزدہ یا بیمار لگیں، اور والدین کے ساتھ مل کر انہیں مشیر یا ہیلتھ ورکر کے پاس بھیجتے ہیں۔',
    ],
    ps: [
      'روزل شوي اسانتیا برابروونکي په یوه خوندي، کلابند ځای کې لوبې، انځورګري، کیسې، ورزش او د لوستلو او حساب اساسات ترسره کوي. کوچني او لوی ماشومان، او که کورنۍ وغواړي نجونې او هلکان، جلا غونډې لري.',
      'مور و پلار په دروازه کې د خپلو ماشومانو نومونه لیکي؛ هېڅ سند ته اړتیا نشته. اسانتیا برابروونکي هغه ماشومان پېژني چې ډېر ګوښه، وېرېدلي یا ناروغه ښکاري، او د مور و پلار په مرسته یې مشاور یا روغتیايي کارکوونکي ته لېږي.',
    ],
  },
  'Harassment Complaints Office, {district}': {
    en: [
      'The office helps women and men write a complaint of harassment at the workplace, in a market, on public transport or online, and forwards it to the Provincial Ombudsperson, who can order an inquiry and penalties. Hearings are held in private.',
      'Bring your CNIC and whatever evidence you have: messages, screenshots, witnesses’ names, dates. You can also file online or by phone, and you can ask for your name to be kept from the other side until the hearing.',
    ],
    ur: [
      'دفتر خواتین اور مردوں کو کام کی جگہ، بازار، پبلک ٹرانسپورٹ یا آن لائن ہراسانی کی شکایت لکھنے میں مدد دیتا ہے اور اسے صوبائی محتسب کو بھیجتا ہے، جو انکوائری اور سزا کا حکم دے سکتی ہیں۔ سماعت نجی طور پر ہوتی ہے۔',
      'شناختی کارڈ اور جو بھی ثبوت ہو لائیں: پیغامات، اسکرین شاٹس، گواہوں کے نام اور تاریخیں۔ آپ آن لائن یا فون پر بھی شکایت کر سکتے ہیں، اور سماعت تک اپنا نام دوسرے فریق سے چھپانے کی درخواست کر سکتے ہیں۔',
    ],
    ps: [
      'دفتر له ښځو او نارینه وو سره د کار ځای، بازار، عامه ټرانسپورټ یا انټرنېټ کې د ځورونې د شکایت په لیکلو کې مرسته کوي او صوبايي محتسبې ته یې لېږي، چې د تحقیق او سزا امر کولای شي. اورېدنې په پټه کېږي.',
      'د پېژندنې کارت او هر ثبوت چې لرئ راوړئ: پیغامونه، سکرین شاټونه، د شاهدانو نومونه او نېټې. تاسو کولای شئ آنلاین یا په ټیلیفون هم شکایت وکړئ، او تر اورېدنې پورې د خپل نوم د پټ ساتلو غوښتنه وکړئ.',
    ],
  },
  'NADRA Registration Centre, {place}': {
    en: [
      'Take a token at the entrance; your photograph, fingerprints and details are recorded at the counter. A first CNIC at 18 is free at normal speed, while renewals, changes and urgent or executive cards carry a fee paid at the centre.',
      'For a first CNIC, bring your B-form or birth certificate and a parent’s CNIC; the parent or a close relative should come with you. Women have a separate counter, and people with disabilities and the elderly are served first.',
    ],
    ur: [
      'داخلی دروازے پر ٹوکن لیں؛ کاؤنٹر پر آپ کی تصویر، انگلیوں کے نشان اور کوائف درج کیے جاتے ہیں۔ 18 سال کی عمر میں پہلا شناختی کارڈ عام رفتار سے مفت ہے، جبکہ تجدید، تبدیلی اور ارجنٹ یا ایگزیکٹو کارڈ کی فیس مرکز پر ادا ہوتی ہے۔',
      'پہلے شناختی کارڈ کے لیے اپنا ب فارم یا پیدائشی سرٹیفکیٹ اور والدین میں سے کسی کا شناختی کارڈ لائیں؛ والد، والدہ یا کوئی قریبی رشتہ دار ساتھ آئے۔ خواتین کا الگ کاؤنٹر ہے، اور معذور افراد اور بزرگوں کو پہلے نمٹایا جاتا ہے۔',
    ],
    ps: [
      'په دروازه کې ټوکن واخلئ؛ په کاونټر کې ستاسو عکس، د ګوتو نښې او معلومات ثبتېږي. په 18 کلنۍ کې لومړی د پېژندنې کارت په عادي سرعت وړیا دی، خو نوي کول، بدلونونه او بیړني یا اجرايي کارتونه فیس لري چې په مرکز کې ورکول کېږي.',
      'د لومړي کارت لپاره خپل ب فارم یا د زېږون سند او د مور یا پلار د پېژندنې کارت راوړئ؛ مور، پلار یا نږدې خپلوان دې درسره راشي. ښځې جلا کاونټر لري، او معلولو او زړو خلکو ته لومړیتوب ورکول کېږي.',
    ],
  },
  'Union Council {place}: Birth and Marriage Registration': {
    en: [
      'The secretary of the union council enters births, deaths, marriages and divorces in the local register and issues a computerised certificate. Registering a birth is free within the first months; later registration needs an affidavit and a small fee.',
      'For a birth, bring both parents’ CNICs and the hospital slip or the midwife’s note. For a marriage, bring the nikah nama and both spouses’ CNICs. Ask for the certificate in English too if you will need it abroad.',
    ],
    ur: [
      'یونین کونسل کا سیکریٹری پیدائش، وفات، نکاح اور طلاق مقامی رجسٹر میں درج کرتا ہے اور کمپیوٹرائزڈ سرٹیفکیٹ جاری کرتا ہے۔ پہلے چند مہینوں میں پیدائش کا اندراج مفت ہے؛ بعد میں اندراج کے لیے حلف نامہ اور معمولی فیس درکار ہے۔',
      'پیدائش کے لیے والدین دونوں کے شناختی کارڈ اور ہسپتال کی پرچی یا دائی کا لکھا ہوا نوٹ لائیں۔ نکاح کے لیے نکاح نامہ اور میاں بیوی دونوں کے شناختی کارڈ لائیں۔ بیرونِ ملک ضرورت ہو تو سرٹیفکیٹ انگریزی میں بھی مانگیں۔',
    ],
    ps: [
      'د یونین کونسل سکرتر زېږونونه، مړینې، نکاحونه او طلاقونه په سیمه ییز راجستر کې ثبتوي او کمپیوټري سند ورکوي. د زېږون ثبت په لومړیو میاشتو کې وړیا دی؛ وروسته ثبت حلف نامې او لږ فیس ته اړتیا لري.',
      'د زېږون لپاره د مور او پلار دواړو د پېژندنې کارتونه او د روغتون پرچه یا د قابلې لیکلی یادښت راوړئ. د نکاح لپاره نکاح نامه او د مېړه او مېرمنې د پېژندنې کارتونه راوړئ. که بهر ته یې اړتیا وي، سند په انګرېزي هم وغواړئ.',
    ],
  },
  'PoR Card Modification Centre, {place}': {
    en: [
      'Staff update the family record of registered Afghan refugees: adding children born in Pakistan, recording marriages and deaths, correcting names and renewing cards when the government extends their validity.',
      'The head of family must come in person with the family’s PoR cards. For a newborn, bring the birth slip from the hospital or the union council certificate. Check announcements for the current deadlines before you travel.',
    ],
    ur: [
      'عملہ رجسٹرڈ افغان مہاجرین کا خاندانی ریکارڈ تازہ کرتا ہے: پاکستان میں پیدا ہونے والے بچوں کا اندراج، نکاح اور وفات کا اندراج، ناموں کی درستی، اور حکومت مدت بڑھائے تو کارڈوں کی تجدید۔',
      'خاندان کے سربراہ کو خاندان کے پی او آر کارڈوں کے ساتھ خود آنا ضروری ہے۔ نومولود کے لیے ہسپتال کی پیدائشی پرچی یا یونین کونسل کا سرٹیفکیٹ لائیں۔ سفر سے پہلے موجودہ آخری تاریخوں کے اعلانات دیکھ لیں۔',
    ],
    ps: [
      'کارکوونکي د ثبت شویو افغان کډوالو کورنی ریکارډ تازه کوي: په پاکستان کې د زېږېدلو ماشومانو ورزیاتول، د نکاحونو او مړینو ثبت، د نومونو سمول، او کله چې حکومت موده وغځوي د کارډونو نوي کول.',
      'د کورنۍ مشر باید د کورنۍ د پي او آر کارډونو سره پخپله راشي. د نوي زېږېدلي ماشوم لپاره د روغتون د زېږون پرچه یا د یونین کونسل سند راوړئ. له سفر مخکې د اوسنیو وروستیو نېټو اعلانونه وګورئ.',
    ],
  },
  'Domicile and Certificates Counter, {district}': {
    en: [
      'A domicile certificate proves which district you belong to and is needed for admissions, government jobs and quota seats. The counter also attests copies of documents and issues other certificates signed by the Deputy Commissioner.',
      'Bring your CNIC, a parent’s domicile or CNIC, two photographs and proof of residence such as a utility bill. Forms are filled at the counter; you can also apply online and collect the certificate here.',
    ],
    ur: [
      'ڈومیسائل سرٹیفکیٹ ثابت کرتا ہے کہ آپ کس ضلع سے تعلق رکھتے ہیں، اور داخلوں، سرکاری ملازمتوں اور کوٹے کی نشستوں کے لیے ضروری ہے۔ کاؤنٹر دستاویزات کی کاپیوں کی تصدیق بھی کرتا ہے اور ڈپٹی کمشنر کے دستخط سے دیگر سرٹیفکیٹ جاری کرتا ہے۔',
      'اپنا شناختی کارڈ، والد یا والدہ کا ڈومیسائل یا شناختی کارڈ، دو تصویریں اور رہائش کا ثبوت جیسے بجلی کا بل لائیں۔ فارم کاؤنٹر پر بھرے جاتے ہیں؛ آپ آن لائن درخواست دے کر سرٹیفکیٹ یہاں سے بھی لے سکتے ہیں۔',
    ],
    ps: [
      'د ډومیسایل سند ثابتوي چې تاسو د کومې ضلعې یاست، او د داخلو، دولتي دندو او د کوټې څوکیو لپاره اړین دی. کاونټر د اسنادو د کاپیو تصدیق هم کوي او د ډپټي کمشنر په لاسلیک نور سندونه ورکوي.',
      'خپل د پېژندنې کارت، د پلار یا مور ډومیسایل یا د پېژندنې کارت، دوه عکسونه او د اوسېدو ثبوت لکه د بریښنا بل راوړئ. فورمې په کاونټر کې ډکېږي؛ تاسو کولای شئ آنلاین غوښتنلیک ورکړئ او سند له دې ځایه واخلئ.',
    ],
  },
  'NADRA Mobile Registration Van, {place}': {
    en: [
      'The van carries the same equipment as a registration centre and parks for the day near the union council, a school or the hujra. The visit is announced in advance through the mosque, the local councillor and lady health workers.',
      'It is the easiest way for women, older people and people with disabilities in remote villages to get a first CNIC or a B-form for their children. Bring the same documents as at a centre; queues are long, so come early.',
    ],
    ur: [
      'وین میں رجسٹریشن مرکز جیسا ہی سامان ہوتا ہے اور یہ دن بھر یونین کونسل، کسی اسکول یا حجرے کے پاس کھڑی رہتی ہے۔ دورے کا اعلان پہلے سے مسجد، مقامی کونسلر اور لیڈی ہیلتھ ورکرز کے ذریعے کیا جاتا ہے۔',
      'دور دراز دیہات کی خواتین، بزرگوں اور معذور افراد کے لیے پہلا شناختی کارڈ یا بچوں کا ب فارم بنوانے کا یہ سب سے آسان طریقہ ہے۔ وہی دستاویزات لائیں جو مرکز میں درکار ہیں؛ قطاریں لمبی ہوتی ہیں، اس لیے جلدی آئیں۔',
    ],
    ps: [
      'موټر د ثبت د مرکز په څېر ټول سامان لري او ټوله ورځ د یونین کونسل، کوم ښوونځي یا حجرې سره ودرېږي. د راتګ اعلان مخکې له مخکې د جومات، سیمه ییز کونسلر او ښځینه روغتیايي کارکوونکو له لارې کېږي.',
      'د لرې پرتو کلیو ښځو، زړو خلکو او معلولو کسانو لپاره د لومړي پېژندنې کارت یا د ماشومانو د ب فارم د ترلاسه کولو تر ټولو اسانه لاره ده. هماغه اسناد راوړئ چې په مرکز کې غوښتل کېږي؛ کتارونه اوږده وي، نو وختي راشئ.',
    ],
  },
}
