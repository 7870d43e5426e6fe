import type { Locale } from './messages'

/** What the chat and the call lobby say about their connection to the realtime server; `{reason}` is filled in. */
export interface RealtimeMessages {
  unreachable: string
  refused: string
  signedOut: string
  busy: string
  lost: string
  retry: string
  retrying: string
  notSent: string
}

export const realtimeMessages: Record<Locale, RealtimeMessages> = {
  en: {
    unreachable:
      'The chat server cannot be reached, so messages can be neither sent nor received. It may be down, or your connection may be offline.',
    refused: 'The chat server refused the connection ({reason}).',
    signedOut: 'The chat server did not accept your session. Sign out, sign in again, then try again.',
    busy: 'The chat server is busy with too many connection attempts. Wait a minute, then try again.',
    lost: 'The connection to the chat server was lost. Trying to reconnect…',
    retry: 'Try again',
    retrying: 'Connecting again…',
    notSent: 'Your message was not sent; it is still in the box.',
  },
  ur: {
    unreachable:
      'چیٹ سرور سے رابطہ نہیں ہو پا رہا، اس لیے پیغامات نہ بھیجے جا سکتے ہیں نہ موصول ہو سکتے ہیں۔ ہو سکتا ہے سرور بند ہو یا آپ کا انٹرنیٹ منقطع ہو۔',
    refused: 'چیٹ سرور نے رابطہ قبول نہیں کیا ({reason})۔',
    signedOut:
      'چیٹ سرور نے آپ کا سیشن قبول نہیں کیا۔ سائن آؤٹ کر کے دوبارہ سائن ان کریں، پھر دوبارہ کوشش کریں۔',
    busy: 'چیٹ سرور پر رابطے کی بہت زیادہ کوششیں ہو رہی ہیں۔ ایک منٹ انتظار کر کے دوبارہ کوشش کریں۔',
    lost: 'چیٹ سرور سے رابطہ ٹوٹ گیا۔ دوبارہ جوڑنے کی کوشش ہو رہی ہے…',
    retry: 'دوبارہ کوشش کریں',
    retrying: 'دوبارہ رابطہ کیا جا رہا ہے…',
    notSent: 'آپ کا پیغام نہیں بھیجا گیا؛ وہ ابھی خانے میں موجود ہے۔',
  },
  ps: {
    unreachable:
      'د چیټ سرور سره اړیکه نه کېږي، نو پیغامونه نه لېږل کېدای شي او نه ترلاسه کېدای شي. کېدای شي سرور بند وي، یا ستاسو انټرنیټ پرې وي.',
    refused: 'د چیټ سرور اړیکه ونه منله ({reason}).',
    signedOut: 'د چیټ سرور ستاسو ناسته ونه منله. ووځئ، بیا ننوځئ، او بیا هڅه وکړئ.',
    busy: 'د چیټ سرور ته د نښلولو ډېرې هڅې کېږي. یوه دقیقه انتظار وکړئ، بیا هڅه وکړئ.',
    lost: 'له چیټ سرور سره اړیکه پرې شوه. د بیا نښلولو هڅه کېږي…',
    retry: 'بیا هڅه وکړئ',
    retrying: 'بیا نښلول کېږي…',
    notSent: 'ستاسو پیغام ونه لېږل شو؛ لا هم په خانه کې دی.',
  },
}
