import type { Phone } from '../../lib/resources'

/** The links a phone number offers: a call, WhatsApp, a text message, by its kind. */
export const telHref = (phone: Phone) => `tel:${phone.e164}`
export const smsHref = (phone: Phone) => `sms:${phone.e164}`
/** wa.me takes the international number as digits only. */
export const whatsappHref = (phone: Phone) => `https://wa.me/${phone.e164.replace(/\D/g, '')}`

export const canCall = (phone: Phone) =>
  phone.kind === 'voice' || phone.kind === 'mobile' || phone.kind === 'whatsapp'
export const canText = (phone: Phone) => phone.kind === 'mobile' || phone.kind === 'sms'

export const geoHref = (point: { lat: number; lng: number }) => `geo:${point.lat},${point.lng}`
export const osmDirectionsHref = (point: { lat: number; lng: number }) =>
  `https://www.openstreetmap.org/directions?to=${point.lat}%2C${point.lng}`
export const osmPlaceHref = (point: { lat: number; lng: number }) =>
  `https://www.openstreetmap.org/?mlat=${point.lat}&mlon=${point.lng}#map=17/${point.lat}/${point.lng}`
