import type { Locale } from './messages'

export interface CallMessages {
  title: string
  intro: string
  guestIntro: string
  signInFirst: string
  preview: string
  camera: string
  microphone: string
  level: string
  checking: string
  permissionRefused: string
  noDevice: string
  notSupported: string
  displayName: string
  displayNameHelp: string
  nameTooShort: string
  nameTooLong: string
  join: string
  joining: string
  meetingFailed: string
  hostTools: string
  inviteGuest: string
  inviteMinutes: string
  inviteCreated: string
  inviteLink: string
  copy: string
  copied: string
  revoke: string
  revoked: string
  endCall: string
  callEnded: string
  callStarted: string
  backToRoom: string
  noScript: string
}

export const callMessages: Record<Locale, CallMessages> = {
  en: {
    title: 'Video call',
    intro: 'Check your camera and microphone, choose the name others will see, then join.',
    guestIntro: 'You were invited to this call. Check your camera and microphone, then join.',
    signInFirst: 'Sign in on the chat page first, or open the invite link you were sent.',
    preview: 'Your camera',
    camera: 'Camera',
    microphone: 'Microphone',
    level: 'Microphone level',
    checking: 'Asking for your camera and microphone…',
    permissionRefused:
      'The browser was not allowed to use your camera or microphone. Allow it in the address bar, then reload.',
    noDevice: 'No camera or microphone was found. Connect one, then reload; you can still join to listen.',
    notSupported: 'This browser cannot use a camera here (it needs a secure https page).',
    displayName: 'Your name in the call',
    displayNameHelp: '2 to 60 characters; a host’s name cannot be used by anyone else.',
    nameTooShort: 'Your name needs at least 2 characters.',
    nameTooLong: 'Your name can have at most 60 characters.',
    join: 'Join the call',
    joining: 'Joining…',
    meetingFailed: 'The meeting could not be loaded. Check your connection and try again.',
    hostTools: 'For hosts',
    inviteGuest: 'Invite a guest to this call only',
    inviteMinutes: 'Valid for (minutes)',
    inviteCreated: 'Send this link to your guest; it works once.',
    inviteLink: 'Invite link',
    copy: 'Copy',
    copied: 'Copied',
    revoke: 'Withdraw the invite',
    revoked: 'The invite was withdrawn.',
    endCall: 'End the call for everyone',
    callEnded: 'The call has ended.',
    callStarted: 'A host has started the call: you can join.',
    backToRoom: 'Back to the room',
    noScript: 'Video calls need JavaScript.',
  },
  ur: {
    title: 'ویڈیو کال',
    intro: 'اپنا کیمرا اور مائیکروفون جانچیں، وہ نام چنیں جو دوسرے دیکھیں گے، پھر شامل ہوں۔',
    guestIntro: 'آپ کو اس کال میں مدعو کیا گیا ہے۔ اپنا کیمرا اور مائیکروفون جانچیں، پھر شامل ہوں۔',
    signInFirst: 'پہلے گفتگو کے صفحے پر سائن ان کریں، یا آپ کو بھیجا گیا دعوتی لنک کھولیں۔',
    preview: 'آپ کا کیمرا',
    camera: 'کیمرا',
    microphone: 'مائیکروفون',
    level: 'مائیکروفون کی آواز کی سطح',
    checking: 'آپ کے کیمرے اور مائیکروفون کی اجازت مانگی جا رہی ہے…',
    permissionRefused:
      'براؤزر کو آپ کا کیمرا یا مائیکروفون استعمال کرنے کی اجازت نہیں ملی۔ پتے کی پٹی میں اجازت دیں، پھر صفحہ دوبارہ کھولیں۔',
    noDevice:
      'کوئی کیمرا یا مائیکروفون نہیں ملا۔ ایک لگائیں اور صفحہ دوبارہ کھولیں؛ آپ پھر بھی سننے کے لیے شامل ہو سکتے ہیں۔',
    notSupported: 'یہ براؤزر یہاں کیمرا استعمال نہیں کر سکتا (اس کے لیے محفوظ https صفحہ درکار ہے)۔',
    displayName: 'کال میں آپ کا نام',
    displayNameHelp: '2 سے 60 حروف؛ میزبان کا نام کوئی اور استعمال نہیں کر سکتا۔',
    nameTooShort: 'نام کم از کم 2 حروف کا ہونا چاہیے۔',
    nameTooLong: 'نام زیادہ سے زیادہ 60 حروف کا ہو سکتا ہے۔',
    join: 'کال میں شامل ہوں',
    joining: 'شامل ہو رہے ہیں…',
    meetingFailed: 'ملاقات نہیں کھل سکی۔ اپنا انٹرنیٹ کنکشن جانچیں اور دوبارہ کوشش کریں۔',
    hostTools: 'میزبانوں کے لیے',
    inviteGuest: 'کسی مہمان کو صرف اس کال میں مدعو کریں',
    inviteMinutes: 'مدت (منٹ)',
    inviteCreated: 'یہ لنک اپنے مہمان کو بھیجیں؛ یہ ایک بار کام کرے گا۔',
    inviteLink: 'دعوتی لنک',
    copy: 'نقل کریں',
    copied: 'نقل ہو گیا',
    revoke: 'دعوت واپس لیں',
    revoked: 'دعوت واپس لے لی گئی۔',
    endCall: 'سب کے لیے کال ختم کریں',
    callEnded: 'کال ختم ہو گئی ہے۔',
    callStarted: 'میزبان نے کال شروع کر دی ہے: آپ شامل ہو سکتے ہیں۔',
    backToRoom: 'کمرے میں واپس',
    noScript: 'ویڈیو کال کے لیے جاوا اسکرپٹ درکار ہے۔',
  },
  ps: {
    title: 'ویډیويي اړیکه',
    intro: 'خپله کمره او مایکروفون وګورئ، هغه نوم وټاکئ چې نور به یې ویني، بیا ګډون وکړئ.',
    guestIntro: 'تاسو دې اړیکې ته رابلل شوي یاست. خپله کمره او مایکروفون وګورئ، بیا ګډون وکړئ.',
    signInFirst: 'لومړی د خبرو په پاڼه کې ننوځئ، یا هغه د بلنې لینک پرانیزئ چې تاسو ته لېږل شوی.',
    preview: 'ستاسو کمره',
    camera: 'کمره',
    microphone: 'مایکروفون',
    level: 'د مایکروفون د غږ کچه',
    checking: 'ستاسو د کمرې او مایکروفون اجازه غوښتل کېږي…',
    permissionRefused:
      'براوزر ته ستاسو د کمرې یا مایکروفون د کارولو اجازه ور نه کړل شوه. د پتې په پټه کې اجازه ورکړئ، بیا پاڼه بیا پرانیزئ.',
    noDevice:
      'هېڅ کمره یا مایکروفون ونه موندل شو. یو یې ونښلوئ او پاڼه بیا پرانیزئ؛ تاسو بیا هم د اورېدو لپاره ګډون کولی شئ.',
    notSupported: 'دا براوزر دلته کمره نه شي کارولی (خوندي https پاڼې ته اړتیا ده).',
    displayName: 'په اړیکه کې ستاسو نوم',
    displayNameHelp: 'له 2 تر 60 تورو؛ د کوربه نوم بل څوک نه شي کارولی.',
    nameTooShort: 'نوم باید لږ تر لږه 2 توري ولري.',
    nameTooLong: 'نوم تر ډېره 60 توري لرلی شي.',
    join: 'اړیکې سره یوځای شئ',
    joining: 'یوځای کېږئ…',
    meetingFailed: 'غونډه پرانیستل نه شوه. خپل انټرنیټ وګورئ او بیا هڅه وکړئ.',
    hostTools: 'د کوربه لپاره',
    inviteGuest: 'یو مېلمه یوازې دې اړیکې ته راوبلئ',
    inviteMinutes: 'موده (دقیقې)',
    inviteCreated: 'دا لینک خپل مېلمه ته ولېږئ؛ یوازې یو ځل کار کوي.',
    inviteLink: 'د بلنې لینک',
    copy: 'کاپي',
    copied: 'کاپي شو',
    revoke: 'بلنه بېرته واخلئ',
    revoked: 'بلنه بېرته واخیستل شوه.',
    endCall: 'د ټولو لپاره اړیکه پای ته ورسوئ',
    callEnded: 'اړیکه پای ته ورسېده.',
    callStarted: 'کوربه اړیکه پیل کړه: تاسو ګډون کولی شئ.',
    backToRoom: 'خونې ته بېرته',
    noScript: 'ویډیويي اړیکو ته جاواسکرېپټ اړین دی.',
  },
}
