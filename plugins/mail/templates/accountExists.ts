import { z } from 'zod'

import { defineTemplate, greeting, linkField, nameField } from './define'

/**
 * To the owner of an address someone tried to sign up with: the sign-up
 * route answers the same for a taken address as for a new one, so the owner
 * hears of it here instead (collections/users/tokens/signup.ts). `link` is
 * the sign-in page; `resetLink` the forgot-password page, written out after
 * the button (the layout has one button).
 */
export const accountExists = defineTemplate({
  data: z.object({ name: nameField, link: linkField, resetLink: linkField }),
  content: {
    en: (d) => ({
      subject: 'Someone tried to create a Hujra account with your address',
      greeting: greeting('en', d.name),
      paragraphs: [
        'Someone just tried to create a new Hujra account with this email address. You already have an account, so no new one was made.',
        'If it was you, sign in with the button below.',
      ],
      action: { label: 'Sign in', url: d.link },
      notes: [
        'Forgotten your password? Choose a new one here:',
        d.resetLink,
        'If it was not you, you can ignore this mail: nothing was changed on your account.',
      ],
    }),
    ur: (d) => ({
      subject: 'کسی نے آپ کے پتے سے حجرہ اکاؤنٹ بنانے کی کوشش کی',
      greeting: greeting('ur', d.name),
      paragraphs: [
        'کسی نے ابھی اس ای میل پتے سے حجرہ کا نیا اکاؤنٹ بنانے کی کوشش کی۔ آپ کا اکاؤنٹ پہلے سے موجود ہے، اس لیے کوئی نیا اکاؤنٹ نہیں بنا۔',
        'اگر یہ آپ تھے تو نیچے دیے گئے بٹن سے سائن ان کریں۔',
      ],
      action: { label: 'سائن ان کریں', url: d.link },
      notes: [
        'پاس ورڈ بھول گئے ہیں؟ یہاں نیا چنیں:',
        d.resetLink,
        'اگر یہ آپ نہیں تھے تو اس ای میل کو نظر انداز کر دیں: آپ کے اکاؤنٹ میں کچھ نہیں بدلا۔',
      ],
    }),
    ps: (d) => ({
      subject: 'چا هڅه وکړه چې ستاسو په پته د حجره حساب جوړ کړي',
      greeting: greeting('ps', d.name),
      paragraphs: [
        'چا همدا اوس هڅه وکړه چې په دې برېښنالیک پته د حجره نوی حساب جوړ کړي. ستاسو حساب دمخه شته، نو نوی حساب جوړ نه شو.',
        'که دا تاسو وئ، د لاندې تڼۍ له لارې ننوځئ.',
      ],
      action: { label: 'ننوځئ', url: d.link },
      notes: [
        'پټنوم مو هېر کړی؟ دلته نوی وټاکئ:',
        d.resetLink,
        'که دا تاسو نه وئ، دا برېښنالیک له پامه وغورځوئ: ستاسو په حساب کې هېڅ بدلون نه دی راغلی.',
      ],
    }),
  },
})
